import { ISSUE_AREA_LABELS, ISSUE_STATUS_LABELS, PRIORITY_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  description: { internalName: 'OpsDescription', kind: 'richText', title: { ja: '課題内容', en: 'Description' }, required: true },
  system: { internalName: 'OpsSystem', kind: 'lookup', lookupList: 'systems', title: { ja: '業務システム', en: 'Business system' }, indexed: true },
  area: { internalName: 'OpsIssueArea', kind: 'choice', title: { ja: '課題発生個所', en: 'Where it arose' }, required: true, indexed: true, choices: choicesFrom(ISSUE_AREA_LABELS) },
  priority: { internalName: 'OpsPriority', kind: 'choice', title: { ja: '優先度', en: 'Priority' }, required: true, choices: choicesFrom(PRIORITY_LABELS), defaultValue: PRIORITY_LABELS.medium.ja },
  status: { internalName: 'OpsIssueStatus', kind: 'choice', title: { ja: '状態', en: 'Status' }, required: true, indexed: true, choices: choicesFrom(ISSUE_STATUS_LABELS), defaultValue: ISSUE_STATUS_LABELS.open.ja },
  owner: { internalName: 'OpsOwner', kind: 'user', title: { ja: '担当者', en: 'Owner' }, required: true, indexed: true },
  dueDate: { internalName: 'OpsDueDate', kind: 'dateOnly', title: { ja: '期限', en: 'Due date' }, required: true, indexed: true },
  policy: { internalName: 'OpsPolicy', kind: 'note', title: { ja: '対応方針', en: 'Response policy' } },
  progress: { internalName: 'OpsProgress', kind: 'note', title: { ja: '対応状況', en: 'Progress' } },
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: '担当事業者', en: 'Vendor' }, indexed: true, maxLength: 64 },
  pendingChange: { internalName: 'OpsPendingChange', kind: 'boolean', title: { ja: '承認待ちの変更', en: 'Change pending approval' }, indexed: true, defaultValue: '0' },
  resolvedAt: { internalName: 'OpsResolvedAt', kind: 'dateTime', title: { ja: '対応済日時', en: 'Resolved' } },
  closedAt: { internalName: 'OpsClosedAt', kind: 'dateTime', title: { ja: '完了日時', en: 'Closed' }, indexed: true },
  remindedAt: { internalName: 'OpsRemindedAt', kind: 'dateTime', title: { ja: '督促日時', en: 'Reminded' }, hidden: true }
} as const;

const STATUS = fields.status.internalName;
const DUE = fields.dueDate.internalName;
const DONE = [ISSUE_STATUS_LABELS.resolved.ja, ISSUE_STATUS_LABELS.closed.ja];
const columns = ['ID', 'LinkTitle', fields.area.internalName, STATUS, fields.owner.internalName, DUE, fields.priority.internalName, fields.pendingChange.internalName];

/**
 * 課題管理一覧 (§8): every issue has an owner and a due date; governed changes go through proposals.
 *
 * Item permissions (itemSecurity `roleMatrix`, kept by the notifier; SharePoint has no field-level security, so
 * the item is the unit): break inheritance without copying, then, for the issue's area (OpsIssueArea) in the
 * §8 matrix (`involvedRoles`, `approverFor` in src/domain/roles):
 * - Edit (contribute) for the approver role's group(s) and for the ICT center group, whatever the area: only
 *   they write the agreed owner, due date and response policy, and apply proposals and updates;
 * - Read for every other involved role's group: department; CSP where ○/△; for the vendor role, only the
 *   group of the issue's vendor (OpsVendorKey, `vendorGroupKey`), and no vendor group when the key is empty;
 * - the service identity keeps Full Control (the caller of breakroleinheritance).
 * A change of OpsIssueArea or OpsVendorKey re-applies the rule. Involved non-approvers propose governed
 * changes in `proposals` and report progress and status in `issueUpdates`.
 */
export const IssuesList = defineList({
  key: 'issues',
  url: 'Lists/OpsIssues',
  template: 100,
  title: { ja: '課題管理一覧', en: 'Issue register' },
  description: { ja: '課題の担当者・期限・対応方針と対応状況（変更は承認者の合意が必要）', en: 'Issues with owner, due date and policy; changes need approval' },
  titleField: { ja: '件名', en: 'Subject' },
  fields,
  // Threshold rule: src/schema/viewSafety.ts. Date windows and status or flag filters are not bounded on a list
  // that keeps every issue, so the list-wide views are unfiltered with one indexed sort, and the deadline views
  // are per owner ([Me]). The register web part runs the list-wide deadline views with ID-windowed queries.
  views: [
    // Safe: unfiltered, ordered by the indexed status alone (a second sort on the due date would sort every
    // issue that shares a status).
    { key: 'byStatus', fileName: 'AllItems', default: true, rowLimit: 50, title: { ja: '状態別', en: 'By status' }, fields: columns, query: caml.query('', [[STATUS, 'asc']]) },
    // Safe: narrowed first by [Me] on the indexed owner. Sorting the whole list by owner is not: a person
    // column sorts by the display name, which no index of this list holds.
    { key: 'mine', fileName: 'ByOwner', rowLimit: 50, title: { ja: '自分の担当', en: 'Mine' }, fields: columns, query: caml.query(caml.isMe(fields.owner.internalName), [[DUE, 'asc']]) },
    {
      // Safe: narrowed first by [Me] on the indexed owner; "due before today" alone matches every past issue.
      key: 'overdue', fileName: 'Overdue', rowLimit: 50, title: { ja: '自分の期限超過', en: 'My overdue' }, fields: columns,
      query: caml.query(caml.and(caml.isMe(fields.owner.internalName), caml.beforeToday(DUE), caml.notIn(STATUS, 'Choice', DONE)), [[DUE, 'asc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed owner; a week of due dates can hold any number of issues.
      key: 'dueThisWeek', fileName: 'DueThisWeek', rowLimit: 50, title: { ja: '自分の今週期限', en: 'Mine due this week' }, fields: columns,
      query: caml.query(caml.and(caml.isMe(fields.owner.internalName), caml.onOrAfterToday(DUE, 0), caml.onOrBeforeToday(DUE, 7), caml.notIn(STATUS, 'Choice', DONE)), [[DUE, 'asc']])
    },
    {
      // Safe: unfiltered, ordered by the indexed flag alone (pending first) instead of filtered on it.
      key: 'pendingApproval', fileName: 'PendingApproval', rowLimit: 50, title: { ja: '承認待ちを先頭に', en: 'Pending approval first' }, fields: columns,
      query: caml.query('', [[fields.pendingChange.internalName, 'desc']])
    }
  ],
  versioning: true,
  itemSecurity: 'roleMatrix'
});
