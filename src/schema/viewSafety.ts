/**
 * Whether a list view keeps working when its list holds far more than SharePoint Online's 5,000-item list view
 * threshold (100,000 is the size opsdesk plans for). SharePoint fails a view whose query has to touch more than
 * 5,000 rows, and an index only helps when the indexed clause itself is selective: `status = 公開` on an indexed
 * column still fails once 5,001 entries are published. So the rule is about what a clause can match, not only
 * whether its column is indexed:
 *
 * - unfiltered: safe when ordered by ID or by one indexed, directly stored column (SharePoint reads the first
 *   rowLimit rows along that index). A second sort column is allowed only after ID or a unique column, since
 *   ties on a non-unique first column would have to be sorted as a whole. Person and lookup columns do not
 *   count: they sort by the looked-up display value, which no index of this list holds.
 * - filtered: safe when the first (leftmost) clause is on an indexed column and bounded by construction:
 *   `= [Me]` on a person column (one person's share of the list), or `=` on a unique column (one item). The
 *   clauses after it and the order then work on that bounded set. An equality on a status or flag, a `<>`, a
 *   `Not In`, an `Or`, and a date window (`<= [Today]+N` matches every earlier date; even `[Today]..[Today]+7`
 *   matches however many items share those dates, e.g. after a bulk import) are not bounded.
 *
 * Views are written with `caml`, so the check reads the CAML it produces.
 */
import { fieldsOf } from './define';
import { IFieldDef, IListDef, IViewDef } from './types';

export type ViewSafetyBasis = 'indexedOrder' | 'perPerson' | 'uniqueMatch';

export type ViewSafety =
  | { safe: true; basis: ViewSafetyBasis; column: string }
  | { safe: false; problem: string };

export interface IViewClause {
  op: string;
  field: string;
  lookupId: boolean;
  value: string;
}

export interface IParsedViewQuery {
  /** The leftmost leaf clause of <Where>, the one SharePoint narrows by; undefined when unfiltered. */
  first?: IViewClause;
  /** Set when the top of <Where> is something other than a leaf or a chain of <And> (an <Or>, a <Not>). */
  compound?: string;
  orderBy: Array<{ field: string; ascending: boolean }>;
}

const SORTABLE_KINDS: ReadonlyArray<IFieldDef['kind']> = ['text', 'choice', 'number', 'boolean', 'dateTime', 'dateOnly'];
const PERSON_KINDS: ReadonlyArray<IFieldDef['kind']> = ['user', 'userMulti'];

/** Reads the first clause and the order of a view query written with `caml`. */
export function parseViewQuery(query: string): IParsedViewQuery {
  const orderBy: IParsedViewQuery['orderBy'] = [];
  const order = /<OrderBy>([\s\S]*?)<\/OrderBy>/.exec(query);
  if (order) {
    const re = /<FieldRef\s+Name='([^']+)'([^>]*)\/>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(order[1])) !== null) orderBy.push({ field: m[1], ascending: !/Ascending='FALSE'/i.test(m[2]) });
  }
  const where = /<Where>([\s\S]*)<\/Where>/.exec(query);
  if (!where) return { orderBy };
  let body = where[1].trim();
  while (body.indexOf('<And>') === 0) body = body.slice('<And>'.length).trim();
  const leaf = /^<(\w+)>\s*<FieldRef\s+Name='([^']+)'([^>]*)\/>\s*(?:<Value[^>]*>([\s\S]*?)<\/Value>)?\s*<\/\1>/.exec(body);
  if (!leaf) {
    const top = /^<(\w+)>/.exec(body);
    return { orderBy, compound: top ? top[1] : body.slice(0, 20) };
  }
  return { orderBy, first: { op: leaf[1], field: leaf[2], lookupId: /LookupId='TRUE'/i.test(leaf[3]), value: leaf[4] || '' } };
}

function fieldOf(list: IListDef, name: string): IFieldDef | undefined {
  for (const f of fieldsOf(list)) if (f.internalName === name) return f;
  return undefined;
}

function uniqueColumn(list: IListDef, name: string): boolean {
  const f = fieldOf(list, name);
  return name === 'ID' || (!!f && !!f.unique && !!f.indexed);
}

/** The list view threshold rule above, for one view of one list. */
export function viewSafety(list: IListDef, view: IViewDef): ViewSafety {
  const parsed = parseViewQuery(view.query);
  const where = `${list.key}/${view.key} (${view.fileName})`;
  if (parsed.compound) return { safe: false, problem: `${where}: the filter starts with <${parsed.compound}>, which no single index bounds` };
  if (!parsed.first) {
    const order = parsed.orderBy.length ? parsed.orderBy : [{ field: 'ID', ascending: true }];
    const head = order[0].field;
    const f = fieldOf(list, head);
    if (head !== 'ID') {
      if (!f || !f.indexed) return { safe: false, problem: `${where}: unfiltered but ordered by ${head}, which is not indexed` };
      if (SORTABLE_KINDS.indexOf(f.kind) < 0) return { safe: false, problem: `${where}: ordered by the ${f.kind} column ${head}; its index does not give the display order` };
    }
    if (order.length > 1 && !uniqueColumn(list, head)) {
      return { safe: false, problem: `${where}: ordered by ${head} then ${order[1].field}; ties on ${head} would have to be sorted as a whole` };
    }
    return { safe: true, basis: 'indexedOrder', column: head };
  }
  const clause = parsed.first;
  const f = fieldOf(list, clause.field);
  if (clause.field !== 'ID' && (!f || !f.indexed)) {
    return { safe: false, problem: `${where}: the first clause is on ${clause.field}, which is not indexed` };
  }
  if (clause.op === 'Eq' && f && PERSON_KINDS.indexOf(f.kind) >= 0 && clause.lookupId && /<UserID\s*\/>/.test(clause.value)) {
    return { safe: true, basis: 'perPerson', column: clause.field };
  }
  if (clause.op === 'Eq' && uniqueColumn(list, clause.field)) return { safe: true, basis: 'uniqueMatch', column: clause.field };
  return {
    safe: false,
    problem: `${where}: the first clause <${clause.op}> on ${clause.field} can match any number of items (only [Me] on a person column or = on a unique column is bounded)`
  };
}

/** Every view of the given lists that is not threshold-safe, with the reason; empty when all are. */
export function unsafeViews(lists: ReadonlyArray<IListDef>): string[] {
  const problems: string[] = [];
  for (const list of lists) {
    for (const view of list.views) {
      const s = viewSafety(list, view);
      if (!s.safe) problems.push(s.problem);
    }
  }
  return problems;
}
