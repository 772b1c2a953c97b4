/**
 * A sandbox site with just what the issue register needs: the opsdesk groups with the demo roster, web and
 * list grants from src/schema (LIST_ACCESS), and the issue lists created from their schema definitions.
 *
 * Stand-in: the provisioning engineer's test/support/provisionedSandbox.ts had not landed when these tests
 * were written, and the notifier's applyItemSecurity(listKey, itemId) did not exist yet. `secureIssue` and
 * `secureProposal` below set item permissions with PnPjs exactly as the rules in the doc comments of
 * src/schema/lists/issues.ts and proposals.ts say, so the tests exercise SharePoint's enforcement of those
 * rules. Replace them with the real calls when they land.
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, SPFI, spfi } from '@pnp/sp';
import {
  approverFor,
  involvedRoles,
  IssueArea,
  RoleKey
} from '../../../../src/domain';
import {
  buildGroups,
  IFieldDef,
  IGroupDef,
  IListDef,
  IssuesList,
  IssueUpdatesList,
  LIST_ACCESS,
  MeetingsList,
  PermissionLevel,
  ProposalsList,
  SystemsList
} from '../../../../src/schema';
import { DIRECTORY, loginNameOf, Sandbox, SandboxSend, sandboxToken } from '../../../../sandbox/src';
import { newSandbox, spAs } from '../../sandbox/clients';

export const SITE_CONFIG = {
  groupPrefix: 'opsdesk',
  vendors: [
    { key: 'midori-systems', name: 'みどりシステムズ株式会社', kind: 'asp' as const },
    { key: 'sakura-its', name: 'さくらITサービス株式会社', kind: 'asp' as const }
  ]
};

const ROSTER: Record<string, string[]> = {
  ictCenter: ['ict', 'ict2'],
  department: ['staffA', 'staffB'],
  'vendor:midori-systems': ['vendorA', 'vendorA2'],
  'vendor:sakura-its': ['vendorB'],
  csp: ['csp']
};

export const ROLE_DEF: Record<PermissionLevel, number> = {
  read: 1073741826,
  contribute: 1073741827,
  edit: 1073741830,
  design: 1073741828,
  fullControl: 1073741829
};

export interface IIssueSite {
  sb: Sandbox;
  service: SPFI;
  webUrl: string;
  groups: Record<string, number>;
  userId: (key: string) => Promise<number>;
  as: (key: string) => SPFI;
  close: () => void;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fieldXml(field: IFieldDef, lookupIds: Record<string, string>): string {
  const common = `Name="${field.internalName}" StaticName="${field.internalName}" DisplayName="${field.internalName}"${field.required ? ' Required="TRUE"' : ''}${field.indexed ? ' Indexed="TRUE"' : ''}${field.unique ? ' EnforceUniqueValues="TRUE"' : ''}`;
  const def = field.defaultValue !== undefined ? `<Default>${xmlEscape(field.defaultValue)}</Default>` : '';
  switch (field.kind) {
    case 'choice':
      return `<Field Type="Choice" ${common}>${def}<CHOICES>${(field.choices || []).map((c) => `<CHOICE>${xmlEscape(c.value)}</CHOICE>`).join('')}</CHOICES></Field>`;
    case 'note':
      return `<Field Type="Note" ${common}/>`;
    case 'richText':
      return `<Field Type="Note" RichText="TRUE" ${common}/>`;
    case 'boolean':
      return `<Field Type="Boolean" ${common}>${def}</Field>`;
    case 'dateOnly':
      return `<Field Type="DateTime" Format="DateOnly" ${common}/>`;
    case 'dateTime':
      return `<Field Type="DateTime" ${common}/>`;
    case 'user':
      return `<Field Type="User" UserSelectionMode="PeopleOnly" ${common}/>`;
    case 'lookup':
      return `<Field Type="Lookup" List="{${lookupIds[field.lookupList as string]}}" ShowField="Title" ${common}/>`;
    case 'number':
      return `<Field Type="Number" ${common}/>`;
    default:
      return `<Field Type="Text" ${common}/>`;
  }
}

async function createList(service: SPFI, list: IListDef, lookupIds: Record<string, string>): Promise<string> {
  const name = list.url.replace(/^Lists\//, '');
  const created = await service.web.lists.add(name, list.description.ja, list.template, false, { EnableVersioning: list.versioning });
  const id = (created as unknown as { Id: string }).Id || (await service.web.lists.getByTitle(name).select('Id')()).Id;
  lookupIds[list.key] = id;
  return id;
}

async function addFields(service: SPFI, list: IListDef, lookupIds: Record<string, string>): Promise<void> {
  const spList = service.web.lists.getById(lookupIds[list.key]);
  for (const key of Object.keys(list.fields)) {
    await spList.fields.createFieldAsXml(fieldXml(list.fields[key], lookupIds), { Options: 8 } as never);
  }
  await service.web.lists.getById(lookupIds[list.key]).update({ Title: list.title.ja });
}

/** A fresh in-memory site with groups, grants and the issue register's lists. */
export async function createIssueSite(now?: () => Date): Promise<IIssueSite> {
  const sb = newSandbox(now ? { now } : {});
  // The service's bearer token is visible to PnPjs' RequestDigest behavior, so it fetches no digest for it:
  // a digest cached for the site URL would otherwise be reused by the users' clients after a test moves
  // the sandbox clock past the digest's timeout.
  const service = spfi(sb.siteUrl).using(InjectHeaders({ Authorization: `Bearer ${sandboxToken({ app: true })}` }), SPBrowser(), SandboxSend(sb, { app: true }));
  const groups: Record<string, number> = {};
  const defs: IGroupDef[] = buildGroups(SITE_CONFIG);
  for (const g of defs) {
    const created = await service.web.siteGroups.add({ Title: g.title, Description: g.description });
    groups[g.key] = (created as unknown as { Id: number }).Id;
    for (const key of ROSTER[g.key] || []) {
      const user = DIRECTORY.filter((d) => d.key === key)[0];
      await service.web.siteGroups.getById(groups[g.key]).users.add(loginNameOf(user));
    }
    // Web access (src/schema/site.ts WEB_ACCESS): ICT full control, everyone else read.
    await service.web.roleAssignments.add(groups[g.key], g.role === 'ictCenter' ? ROLE_DEF.fullControl : ROLE_DEF.read);
  }
  const lookupIds: Record<string, string> = {};
  const lists = [SystemsList, IssuesList, ProposalsList, IssueUpdatesList, MeetingsList];
  for (const list of lists) await createList(service, list, lookupIds);
  for (const list of lists) {
    await addFields(service, list, lookupIds);
    const spList = service.web.lists.getById(lookupIds[list.key]);
    await spList.breakRoleInheritance(false, true);
    const access = LIST_ACCESS[list.key];
    for (const g of defs) {
      const level = access[g.role];
      if (level !== 'none') await spList.roleAssignments.add(groups[g.key], ROLE_DEF[level]);
    }
  }
  const webUrl = new URL(sb.siteUrl).pathname;
  return {
    sb,
    service,
    webUrl,
    groups,
    userId: async (key: string) => {
      const user = DIRECTORY.filter((d) => d.key === key)[0];
      return (await service.web.ensureUser(loginNameOf(user))).Id;
    },
    as: (key: string) => spAs(sb, key),
    close: () => sb.close()
  };
}

function groupsOfRole(site: IIssueSite, role: RoleKey, vendorKey: string | undefined): number[] {
  if (role === 'vendor') return vendorKey ? [site.groups[`vendor:${vendorKey}`]] : [];
  return [site.groups[role]];
}

/** The level each group gets on an issue of the area (rule in src/schema/lists/issues.ts). */
export function issueGrants(site: IIssueSite, area: IssueArea, vendorKey?: string): Map<number, number> {
  const grants = new Map<number, number>();
  const approver = approverFor(area);
  for (const role of involvedRoles(area)) {
    for (const g of groupsOfRole(site, role, vendorKey)) grants.set(g, role === approver ? ROLE_DEF.contribute : ROLE_DEF.read);
  }
  for (const g of groupsOfRole(site, approver, vendorKey)) grants.set(g, ROLE_DEF.contribute);
  grants.set(site.groups.ictCenter, ROLE_DEF.contribute);
  return grants;
}

/** Stand-in for applyItemSecurity('issues', id): the `roleMatrix` rule. */
export async function secureIssue(site: IIssueSite, issueId: number, area: IssueArea, vendorKey?: string): Promise<void> {
  const item = site.service.web.getList(`${site.webUrl}/${IssuesList.url}`).items.getById(issueId);
  await item.breakRoleInheritance(false, false);
  for (const [principal, role] of issueGrants(site, area, vendorKey)) await item.roleAssignments.add(principal, role);
}

/** Stand-in for applyItemSecurity('proposals' | 'issueUpdates', id): `parentIssue` (approver writes) or `issueRecord` (read only). */
export async function secureChild(site: IIssueSite, list: IListDef, itemId: number, area: IssueArea, vendorKey?: string): Promise<void> {
  const item = site.service.web.getList(`${site.webUrl}/${list.url}`).items.getById(itemId);
  await item.breakRoleInheritance(false, false);
  const approverGroups = list.key === ProposalsList.key ? groupsOfRole(site, approverFor(area), vendorKey) : [];
  for (const [principal] of issueGrants(site, area, vendorKey)) {
    await item.roleAssignments.add(principal, approverGroups.indexOf(principal) >= 0 ? ROLE_DEF.contribute : ROLE_DEF.read);
  }
}
