import { approverFor, involvedRoles } from '../../../src/domain/roles';
import type { IssueArea, RoleKey } from '../../../src/domain/vocabulary';
import { LIST_ACCESS, vendorGroupKey } from '../../../src/schema';
import type { ItemSecurityMode, PermissionLevel } from '../../../src/schema';

/** Who a grant is for: a SharePoint group of the site schema (by group key) or a site user (by id). */
export type Principal = { group: string } | { user: number };

export interface IWantedGrant {
  principal: Principal;
  level: PermissionLevel;
}

/** What an item's permissions must be: inherited from the list, or exactly these grants (plus the service's own). */
export type DesiredSecurity = { inherit: true } | { inherit: false; grants: IWantedGrant[] };

/** The facts of an issue that decide who may see it (§8 matrix row and the vendor it is shared with). */
export interface IIssueFacts {
  area: IssueArea;
  /** The issue's vendor, else the vendor of its business system. */
  vendorKey?: string;
}

/** Facts per itemSecurity mode, read from the item (and its parent issue) by the adapter. */
export type SecurityFacts =
  | { mode: 'inherit' }
  | { mode: 'requesterVendorIct'; requesterId?: number; assigneeId?: number; vendorKey?: string }
  | { mode: 'roleMatrix'; issue: IIssueFacts }
  | { mode: 'parentIssue'; issue?: IIssueFacts }
  | { mode: 'issueRecord'; issue?: IIssueFacts }
  | { mode: 'vendorScoped'; vendorKey?: string; sharedWithAll?: boolean; restricted?: boolean; library: boolean }
  | { mode: 'ownVendorEdits'; vendorKey?: string };

/** Groups of a role: one group for ICT center, departments and CSP; for vendors only the given vendor's group. */
function groupsOfRole(role: RoleKey, vendorKey: string | undefined): string[] {
  if (role === 'vendor') return vendorKey ? [vendorGroupKey(vendorKey)] : [];
  return [role];
}

function roleOfGroup(groupKey: string): RoleKey {
  return groupKey.indexOf('vendor:') === 0 ? 'vendor' : (groupKey as RoleKey);
}

function add(grants: IWantedGrant[], principal: Principal, level: PermissionLevel): void {
  const same = grants.filter((g) => samePrincipal(g.principal, principal));
  if (same.some((g) => g.level === level)) return;
  // One level per principal: the stronger one wins, so a group both involved and approving gets contribute.
  const rank: PermissionLevel[] = ['read', 'contribute', 'edit', 'design', 'fullControl'];
  for (const g of same) {
    if (rank.indexOf(g.level) >= rank.indexOf(level)) return;
    grants.splice(grants.indexOf(g), 1);
  }
  grants.push({ principal, level });
}

export function samePrincipal(a: Principal, b: Principal): boolean {
  if ('group' in a) return 'group' in b && a.group === b.group;
  return 'user' in b && a.user === b.user;
}

/**
 * Issues (roleMatrix): the approver role's group and the ICT center write (contribute); every other role the §8
 * matrix involves for the area reads; the vendor role means only the issue's vendor's group.
 */
export function issueGrants(issue: IIssueFacts): IWantedGrant[] {
  const grants: IWantedGrant[] = [];
  const approver = approverFor(issue.area);
  for (const g of groupsOfRole(approver, issue.vendorKey)) add(grants, { group: g }, 'contribute');
  add(grants, { group: 'ictCenter' }, 'contribute');
  for (const role of involvedRoles(issue.area)) {
    for (const g of groupsOfRole(role, issue.vendorKey)) add(grants, { group: g }, 'read');
  }
  return grants;
}

/** Proposals (parentIssue): only the approver's group writes, so a non-approver cannot approve; the rest read. */
export function proposalGrants(issue: IIssueFacts): IWantedGrant[] {
  const approverGroups = groupsOfRole(approverFor(issue.area), issue.vendorKey);
  const grants: IWantedGrant[] = [];
  for (const g of approverGroups) add(grants, { group: g }, 'contribute');
  for (const g of issueGrants(issue)) {
    if (!('group' in g.principal) || approverGroups.indexOf(g.principal.group) < 0) add(grants, g.principal, 'read');
  }
  return grants;
}

/** Issue records (issueRecord): read for every group the parent issue grants; only the service writes. */
export function recordGrants(issue: IIssueFacts): IWantedGrant[] {
  return issueGrants(issue).map((g) => ({ principal: g.principal, level: 'read' as PermissionLevel }));
}

/**
 * Public registers each vendor keeps up (ownVendorEdits): every role keeps reading what the list lets it read,
 * the ICT center keeps its list level (Design: it approves), the item's vendor group keeps Contribute (at most the
 * list's vendor level) and every other vendor group is lowered to Read. Without a vendor only the ICT center writes.
 * `vendorKeys` are the site's vendors: an item with its own permissions must name every vendor group that reads.
 * Lowering is the point: the list grants every vendor group Contribute so that each can add entries.
 */
export function ownVendorEditGrants(listKey: string, vendorKey: string | undefined, vendorKeys: ReadonlyArray<string>): IWantedGrant[] {
  const access = LIST_ACCESS[listKey];
  const grants: IWantedGrant[] = [];
  if (!access) return [{ principal: { group: 'ictCenter' }, level: 'read' }];
  const rank: PermissionLevel[] = ['read', 'contribute', 'edit', 'design', 'fullControl'];
  const readOnly = (l: PermissionLevel | 'none'): PermissionLevel | undefined => (l === 'none' ? undefined : 'read');
  if (access.ictCenter !== 'none') add(grants, { group: 'ictCenter' }, access.ictCenter);
  for (const role of ['department', 'csp'] as RoleKey[]) {
    const level = readOnly(access[role]);
    if (level) add(grants, { group: role }, level);
  }
  const vendorRead = readOnly(access.vendor);
  if (vendorRead) for (const v of vendorKeys) add(grants, { group: vendorGroupKey(v) }, vendorRead);
  // A key that names no vendor group of the site (a typo, a vendor since removed) grants nothing: ICT center only.
  if (vendorKey && vendorKeys.indexOf(vendorKey) >= 0 && access.vendor !== 'none') {
    const write: PermissionLevel = rank.indexOf(access.vendor) < rank.indexOf('contribute') ? access.vendor : 'contribute';
    add(grants, { group: vendorGroupKey(vendorKey) }, write);
  }
  return grants;
}

/**
 * The permissions an item must have, by its list's itemSecurity mode. Pure: the adapter reads the facts and
 * reconciles SharePoint to the result. An item whose facts are incomplete (no parent issue yet) is locked
 * down to the ICT center rather than left open.
 */
export function desiredSecurity(listKey: string, facts: SecurityFacts, vendorKeys: ReadonlyArray<string> = []): DesiredSecurity {
  const access = LIST_ACCESS[listKey];
  const levelOf = (role: RoleKey, fallback: PermissionLevel): PermissionLevel => {
    const l = access ? access[role] : 'none';
    return l === 'none' ? fallback : l;
  };
  const ictOnly: DesiredSecurity = { inherit: false, grants: [{ principal: { group: 'ictCenter' }, level: levelOf('ictCenter', 'read') }] };
  switch (facts.mode) {
    case 'inherit':
      return { inherit: true };
    case 'requesterVendorIct': {
      const grants: IWantedGrant[] = [];
      add(grants, { group: 'ictCenter' }, levelOf('ictCenter', 'edit'));
      if (facts.vendorKey) add(grants, { group: vendorGroupKey(facts.vendorKey) }, levelOf('vendor', 'contribute'));
      if (facts.requesterId !== undefined) add(grants, { user: facts.requesterId }, levelOf('department', 'contribute'));
      if (facts.assigneeId !== undefined) add(grants, { user: facts.assigneeId }, levelOf('vendor', 'contribute'));
      return { inherit: false, grants };
    }
    case 'roleMatrix':
      return { inherit: false, grants: issueGrants(facts.issue) };
    case 'parentIssue':
      return facts.issue ? { inherit: false, grants: proposalGrants(facts.issue) } : ictOnly;
    case 'issueRecord':
      return facts.issue ? { inherit: false, grants: recordGrants(facts.issue) } : ictOnly;
    case 'vendorScoped': {
      if (facts.library && !facts.restricted) return { inherit: true };
      const grants: IWantedGrant[] = [];
      add(grants, { group: 'ictCenter' }, levelOf('ictCenter', 'edit'));
      if (facts.vendorKey) add(grants, { group: vendorGroupKey(facts.vendorKey) }, levelOf('vendor', 'contribute'));
      if (facts.sharedWithAll) for (const v of vendorKeys) add(grants, { group: vendorGroupKey(v) }, 'read');
      return { inherit: false, grants };
    }
    case 'ownVendorEdits':
      return { inherit: false, grants: ownVendorEditGrants(listKey, facts.vendorKey, vendorKeys) };
  }
}

/** The facts mode for a list's itemSecurity (modes other registers add later fall back to ICT-only). */
export function isSecuredMode(mode: ItemSecurityMode | string): boolean {
  return mode !== 'inherit';
}

export { roleOfGroup };
