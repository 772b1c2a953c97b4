import { ISSUE_STATUS_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  issue: { internalName: 'OpsIssue', kind: 'lookup', lookupList: 'issues', title: { ja: '課題', en: 'Issue' }, required: true, indexed: true },
  note: { internalName: 'OpsUpdateNote', kind: 'note', title: { ja: '対応状況の報告', en: 'Progress note' } },
  newStatus: { internalName: 'OpsNewStatus', kind: 'choice', title: { ja: '変更後の状態', en: 'New status' }, choices: choicesFrom(ISSUE_STATUS_LABELS) },
  applied: { internalName: 'OpsApplied', kind: 'boolean', title: { ja: '反映済', en: 'Applied' }, indexed: true, defaultValue: '0', hidden: true },
  appliedAt: { internalName: 'OpsAppliedAt', kind: 'dateTime', title: { ja: '反映日時', en: 'Applied at' }, hidden: true },
  refusal: { internalName: 'OpsRefusal', kind: 'note', title: { ja: '反映できなかった理由', en: 'Why it was not applied' }, hidden: true }
} as const;

/**
 * 課題対応記録: progress notes and status changes on an issue, written by anyone involved in it. SharePoint has
 * no field-level security, so people who may only propose governed changes get Read on the issue item and
 * report progress and status here instead; the record is applied to the issue (OpsProgress, OpsIssueStatus)
 * directly by the web part when the author may edit the issue (approver's group, ICT center), otherwise by
 * the notifier with `applyIssueUpdates` from `src/data/issues`, which checks the domain transition table first
 * and records a refusal instead of applying a move the author's roles do not allow.
 *
 * Item permissions (itemSecurity `issueRecord`, kept by the notifier): break inheritance without copying;
 * Read for every group the parent issue grants at any level (so a vendor not involved in the issue never reads
 * its records); nobody but the service identity writes a record after it was created, so the record stays as
 * the author wrote it. Until secured, a new record inherits the list (everyone with list access), the same
 * window every webhook-secured item has.
 */
export const IssueUpdatesList = defineList({
  key: 'issueUpdates',
  url: 'Lists/OpsIssueUpdates',
  template: 100,
  title: { ja: '課題対応記録', en: 'Issue updates' },
  description: { ja: '課題の対応状況の報告と状態変更の記録', en: 'Progress notes and status changes on issues' },
  titleField: { ja: '概要', en: 'Summary' },
  titleRequired: false,
  fields,
  views: [
    {
      // Safe: unfiltered, ordered by the indexed flag alone (not applied first); `= No` is not bounded when the
      // notifier is down for a while.
      key: 'notApplied', fileName: 'AllItems', default: true, rowLimit: 50, title: { ja: '未反映を先頭に', en: 'Not applied first' },
      fields: ['LinkTitle', fields.issue.internalName, fields.newStatus.internalName, fields.note.internalName, fields.applied.internalName, 'Author', 'Created'],
      query: caml.query('', [[fields.applied.internalName, 'asc']])
    },
    {
      // Safe: unfiltered, ordered by ID.
      key: 'all', fileName: 'All', rowLimit: 50, title: { ja: 'すべて', en: 'All' },
      fields: ['LinkTitle', fields.issue.internalName, fields.newStatus.internalName, fields.note.internalName, fields.applied.internalName, 'Author', 'Created'],
      query: caml.query('', [['ID', 'desc']])
    }
  ],
  versioning: true,
  itemSecurity: 'issueRecord'
});
