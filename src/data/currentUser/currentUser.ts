import { IActor, IUserRef, RoleKey } from '../../domain';
import { buildGroups, ISiteConfig } from '../../schema';

/** The signed-in user with the roles their SharePoint group memberships give them. */
export interface ICurrentUser extends IActor {
  /** Titles of the site groups the user is a member of (for support; roles come from `roles`). */
  groupTitles: string[];
  isSiteAdmin: boolean;
}

/** Who is signed in, and who can be chosen as an assignee. */
export interface ICurrentUserRepository {
  load(): Promise<ICurrentUser>;
  /**
   * Users who may be assigned an inquiry: the members of the vendor's group, or of the ICT center group when
   * no vendor is given. Reading a group's members needs the right to see its membership.
   */
  assignableUsers(vendorKey?: string): Promise<IUserRef[]>;
}

/**
 * Roles and vendor from group titles, matched against the groups provisioning creates for the site's
 * configuration. Several vendor groups are unusual; the first one (in configuration order) is the vendor.
 */
export function rolesFromGroups(groupTitles: ReadonlyArray<string>, config: ISiteConfig): { roles: RoleKey[]; vendorKey?: string } {
  const roles: RoleKey[] = [];
  let vendorKey: string | undefined;
  for (const group of buildGroups(config)) {
    if (groupTitles.indexOf(group.title) < 0) continue;
    if (roles.indexOf(group.role) < 0) roles.push(group.role);
    if (group.role === 'vendor' && vendorKey === undefined) vendorKey = group.vendorKey;
  }
  return vendorKey === undefined ? { roles } : { roles, vendorKey };
}

/** The group title of a vendor's group, or of the ICT center group. */
export function assigneeGroupTitle(config: ISiteConfig, vendorKey?: string): string | undefined {
  const groups = buildGroups(config).filter((g) => (vendorKey ? g.vendorKey === vendorKey : g.role === 'ictCenter'));
  return groups.length ? groups[0].title : undefined;
}
