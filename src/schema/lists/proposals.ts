import { GOVERNED_FIELD_LABELS, PROPOSAL_STATUS_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  issue: { internalName: 'OpsIssue', kind: 'lookup', lookupList: 'issues', title: { ja: '課題', en: 'Issue' }, required: true, indexed: true },
  field: { internalName: 'OpsGovernedField', kind: 'choice', title: { ja: '変更項目', en: 'Field' }, required: true, choices: choicesFrom(GOVERNED_FIELD_LABELS) },
  proposedOwner: { internalName: 'OpsProposedOwner', kind: 'user', title: { ja: '変更後の担当者', en: 'Proposed owner' } },
  proposedDueDate: { internalName: 'OpsProposedDueDate', kind: 'dateOnly', title: { ja: '変更後の期限', en: 'Proposed due date' } },
  proposedPolicy: { internalName: 'OpsProposedPolicy', kind: 'note', title: { ja: '変更後の対応方針', en: 'Proposed policy' } },
  previousValue: { internalName: 'OpsPreviousValue', kind: 'note', title: { ja: '変更前の値', en: 'Previous value' } },
  reason: { internalName: 'OpsReason', kind: 'note', title: { ja: '変更理由', en: 'Reason' }, required: true },
  status: { internalName: 'OpsProposalStatus', kind: 'choice', title: { ja: '承認状況', en: 'Decision' }, required: true, indexed: true, choices: choicesFrom(PROPOSAL_STATUS_LABELS), defaultValue: PROPOSAL_STATUS_LABELS.pending.ja },
  decidedBy: { internalName: 'OpsDecidedBy', kind: 'user', title: { ja: '承認者', en: 'Decided by' } },
  decidedAt: { internalName: 'OpsDecidedAt', kind: 'dateTime', title: { ja: '承認日時', en: 'Decided' }, indexed: true },
  decisionComment: { internalName: 'OpsDecisionComment', kind: 'note', title: { ja: '承認コメント', en: 'Decision comment' } }
} as const;

/**
 * 変更提案: a change of owner, due date or response policy proposed on an issue. The issue keeps the agreed
 * values until the approver decides; the decision is written by the approver's group only (item permissions).
 *
 * Item permissions (itemSecurity `parentIssue`, kept by the notifier): break inheritance without copying;
 * Edit (contribute) for the group(s) of the approver role of the parent issue's area (`approverFor`), and
 * for nobody else; Read for every other group the parent issue grants at any level (the ICT center included
 * when it is not the approver). The proposer keeps no write access once the item is secured, so a submitted
 * proposal cannot be altered. Approving also writes the issue, which only the approver's group and the ICT
 * center may edit, so a decision written during the window before the item is secured changes nothing.
 */
export const ProposalsList = defineList({
  key: 'proposals',
  url: 'Lists/OpsIssueProposals',
  template: 100,
  title: { ja: '課題変更提案', en: 'Issue change proposals' },
  description: { ja: '担当者・期限・対応方針の変更提案と承認の記録', en: 'Proposed changes of owner, due date or policy, and their decisions' },
  titleField: { ja: '提案概要', en: 'Summary' },
  fields,
  // Threshold rule: src/schema/viewSafety.ts. `= 承認待ち` and `<> 承認待ち` are not bounded on a list that keeps
  // every proposal, so both views are unfiltered with the decision as a column; pending proposals are the newest.
  views: [
    {
      // Safe: unfiltered, ordered by ID.
      key: 'all', fileName: 'AllItems', default: true, rowLimit: 50, title: { ja: 'すべての提案（新しい順）', en: 'All proposals (newest first)' },
      fields: ['LinkTitle', fields.issue.internalName, fields.field.internalName, fields.status.internalName, fields.reason.internalName, 'Author', 'Created'],
      query: caml.query('', [['ID', 'desc']])
    },
    {
      // Safe: unfiltered, ordered by the indexed decision time alone (undecided ones, without a time, come last).
      key: 'decided', fileName: 'Decided', rowLimit: 50, title: { ja: '決定日順', en: 'By decision date' },
      fields: ['LinkTitle', fields.issue.internalName, fields.field.internalName, fields.status.internalName, fields.decidedBy.internalName, fields.decidedAt.internalName],
      query: caml.query('', [[fields.decidedAt.internalName, 'desc']])
    }
  ],
  versioning: true,
  itemSecurity: 'parentIssue'
});
