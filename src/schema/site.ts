import { ROLE_LABELS } from '../domain/vocabulary';
import {
  AuditLogList,
  CalendarsList,
  DocumentsList,
  FaqList,
  FeedbackList,
  InquiriesList,
  IssuesList,
  IssueUpdatesList,
  KnowledgeList,
  MeetingsList,
  NotificationLogList,
  NotifierStateList,
  ProposalsList,
  RoutingRulesList,
  ServicesList,
  SystemsList
} from './lists';
import { IGrant, IGroupDef, IListDef, ISiteConfig, ISiteSchema, PermissionLevel, RoleKey } from './types';

/**
 * Every opsdesk list. Lookups may point either way (inquiry → FAQ draft, FAQ → source inquiry), so
 * provisioning creates all lists before any field.
 */
export const ALL_LISTS: ReadonlyArray<IListDef> = [
  SystemsList,
  CalendarsList,
  DocumentsList,
  ServicesList,
  InquiriesList,
  IssuesList,
  ProposalsList,
  FaqList,
  FeedbackList,
  KnowledgeList,
  RoutingRulesList,
  NotificationLogList,
  AuditLogList,
  NotifierStateList,
  IssueUpdatesList,
  MeetingsList
];

type Access = PermissionLevel | 'none';

/**
 * Who gets what on each list, per role (DESIGN §3, seed §6 least privilege). Item-level permissions narrow
 * this further where the list's itemSecurity says so; nothing here relies on the UI hiding anything.
 * `design` is granted where the ICT center approves content (content approval needs ApproveItems).
 */
export const LIST_ACCESS: Readonly<Record<string, Readonly<Record<RoleKey, Access>>>> = {
  systems: { ictCenter: 'edit', department: 'read', vendor: 'read', csp: 'read' },
  calendars: { ictCenter: 'edit', department: 'read', vendor: 'read', csp: 'read' },
  documents: { ictCenter: 'edit', department: 'read', vendor: 'contribute', csp: 'read' },
  services: { ictCenter: 'design', department: 'read', vendor: 'contribute', csp: 'read' },
  inquiries: { ictCenter: 'edit', department: 'contribute', vendor: 'contribute', csp: 'none' },
  issues: { ictCenter: 'edit', department: 'contribute', vendor: 'contribute', csp: 'contribute' },
  proposals: { ictCenter: 'edit', department: 'contribute', vendor: 'contribute', csp: 'contribute' },
  faq: { ictCenter: 'design', department: 'read', vendor: 'contribute', csp: 'read' },
  feedback: { ictCenter: 'edit', department: 'contribute', vendor: 'contribute', csp: 'contribute' },
  knowledge: { ictCenter: 'edit', department: 'none', vendor: 'contribute', csp: 'none' },
  routingRules: { ictCenter: 'edit', department: 'none', vendor: 'read', csp: 'none' },
  notificationLog: { ictCenter: 'read', department: 'none', vendor: 'none', csp: 'none' },
  auditLog: { ictCenter: 'read', department: 'none', vendor: 'none', csp: 'none' },
  notifierState: { ictCenter: 'read', department: 'none', vendor: 'none', csp: 'none' },
  issueUpdates: { ictCenter: 'edit', department: 'contribute', vendor: 'contribute', csp: 'contribute' },
  meetings: { ictCenter: 'edit', department: 'read', vendor: 'read', csp: 'read' }
};

const WEB_ACCESS: Readonly<Record<RoleKey, Access>> = { ictCenter: 'fullControl', department: 'read', vendor: 'read', csp: 'read' };

/** The group key of a vendor; other roles have one group each, keyed by the role. */
export function vendorGroupKey(vendorKey: string): string {
  return `vendor:${vendorKey}`;
}

export function buildGroups(config: ISiteConfig): IGroupDef[] {
  const p = config.groupPrefix;
  const groups: IGroupDef[] = [
    { key: 'ictCenter', role: 'ictCenter', title: `${p} ${ROLE_LABELS.ictCenter.ja}`, description: 'opsdesk: ICTセンター（全件の閲覧・承認）' },
    { key: 'department', role: 'department', title: `${p} ${ROLE_LABELS.department.ja}`, description: 'opsdesk: 業務所管課の職員' }
  ];
  for (const vendor of config.vendors) {
    groups.push({
      key: vendorGroupKey(vendor.key),
      role: 'vendor',
      vendorKey: vendor.key,
      title: `${p} 事業者 ${vendor.name}`,
      description: `opsdesk: ${vendor.name}（${vendor.kind === 'asp' ? 'ASP' : '運用管理補助者'}）`
    });
  }
  groups.push({ key: 'csp', role: 'csp', title: `${p} ${ROLE_LABELS.csp.ja}`, description: 'opsdesk: クラウドサービス事業者の連絡窓口' });
  return groups;
}

function grantsFor(access: Readonly<Record<RoleKey, Access>>, groups: ReadonlyArray<IGroupDef>): IGrant[] {
  const grants: IGrant[] = [];
  for (const group of groups) {
    const level = access[group.role];
    if (level !== 'none') {
      grants.push({ groupKey: group.key, level });
    }
  }
  return grants;
}

/** The whole site for one ward's configuration: lists, groups and the exact grants provisioning reconciles. */
export function buildSiteSchema(config: ISiteConfig): ISiteSchema {
  const groups = buildGroups(config);
  const listGrants: Record<string, IGrant[]> = {};
  for (const list of ALL_LISTS) {
    listGrants[list.key] = grantsFor(LIST_ACCESS[list.key], groups);
  }
  return { lists: ALL_LISTS, groups, webGrants: grantsFor(WEB_ACCESS, groups), listGrants };
}

export function listByKey(key: string): IListDef {
  for (const list of ALL_LISTS) {
    if (list.key === key) {
      return list;
    }
  }
  throw new Error(`Unknown list key: ${key}`);
}
