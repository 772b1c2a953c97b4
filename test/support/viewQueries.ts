/**
 * Runs what a list view asks SharePoint to do, through the real PnPjs client, so the worst-case data tests can show
 * each view of the schema stays under the list view threshold. The sandbox does not execute CAML views, so the
 * view's bounding part (`viewSafety`: its first clause, or its single indexed order when unfiltered) is put as the
 * equivalent REST query: `[Me]` becomes `<Person>Id eq <current user id>`, `=` on a unique column an equality, and
 * the view's order its $orderby. The clauses after a bounded first clause only filter rows already narrowed to a
 * bounded set, so they are left to the view.
 */
import type { SPFI } from '../../provisioning/src/pnp';
import { fieldsOf, IListDef, IViewDef, parseViewQuery, viewSafety } from '../../src/schema';

export interface IViewRun {
  view: string;
  rows: number;
}

export async function runViewEquivalent(sp: SPFI, webUrl: string, list: IListDef, view: IViewDef): Promise<IViewRun> {
  const safety = viewSafety(list, view);
  if (!safety.safe) throw new Error(safety.problem);
  const parsed = parseViewQuery(view.query);
  let items = sp.web.getList(`${webUrl}/${list.url}`).items.top(view.rowLimit);
  if (parsed.first) {
    const clause = parsed.first;
    if (safety.basis === 'perPerson') {
      const me = (await sp.web.currentUser.select('Id')()) as { Id: number };
      items = items.filter(`${clause.field}Id eq ${me.Id}`);
    } else {
      const field = fieldsOf(list).filter((f) => f.internalName === clause.field)[0];
      const literal = field && field.kind === 'number' ? clause.value : `'${clause.value.replace(/'/g, "''")}'`;
      items = items.filter(`${clause.field} eq ${literal}`);
    }
  }
  for (const o of parsed.orderBy) items = items.orderBy(o.field, o.ascending);
  const rows = (await items()) as unknown[];
  return { view: `${list.key}/${view.key}`, rows: rows.length };
}
