import { IActor, ROLE_LABELS, RoleKey } from '../../domain';
import { toDataError } from '../DataError';
import { inOwnBatch } from '../ownBatch';
import { SPFI } from '../pnp';

/** Group title → role, by the role's label at the end of the title (`<prefix> ICTセンター`, `<prefix> 事業者 <name>`). */
export function rolesFromGroupTitles(titles: ReadonlyArray<string>): RoleKey[] {
  const roles: RoleKey[] = [];
  const add = (r: RoleKey): void => {
    if (roles.indexOf(r) < 0) roles.push(r);
  };
  const endsWith = (t: string, suffix: string): boolean => t.length >= suffix.length && t.slice(t.length - suffix.length) === suffix;
  for (const t of titles) {
    if (endsWith(t, ROLE_LABELS.ictCenter.ja)) add('ictCenter');
    else if (endsWith(t, ROLE_LABELS.department.ja)) add('department');
    else if (/ CSP$/.test(t)) add('csp');
    else if (/ 事業者 /.test(t)) add('vendor');
  }
  return roles;
}

/**
 * The current user as a domain actor, from their opsdesk group memberships. Only for what the UI offers:
 * whether a user may read or write an issue is SharePoint's answer (item permissions), never this one.
 */
export async function loadCurrentActor(sp: SPFI): Promise<IActor> {
  return inOwnBatch(sp, currentActorIn);
}

/** Adds the actor's two reads to a batch the caller executes; the returned function gives the actor after it ran. */
export function currentActorIn(batched: SPFI): () => Promise<IActor> {
  const both = Promise.all([batched.web.currentUser.select('Id', 'Title', 'Email')(), batched.web.currentUser.groups.select('Title')()]);
  // If the batch itself fails, its error is the one to report; the per-request rejections follow it.
  both.catch(() => undefined);
  return async () => {
    try {
      const [me, groups] = await both;
      return { user: { id: me.Id, title: me.Title, email: me.Email || undefined }, roles: rolesFromGroupTitles(groups.map((g: { Title: string }) => g.Title)) };
    } catch (e) {
      throw toDataError(e);
    }
  };
}
