import { LabelTable } from './labelTable';

/** Status of an issue in the issue register (課題管理一覧). */
export type IssueStatus = 'open' | 'inProgress' | 'onHold' | 'resolved' | 'closed';

/** Labels of {@link IssueStatus}; the Japanese label is the stored Choice value. */
export const ISSUE_STATUS_LABELS: LabelTable<IssueStatus> = {
  open: { ja: '未着手', en: 'Not started' },
  inProgress: { ja: '対応中', en: 'In progress' },
  onHold: { ja: '保留', en: 'On hold' },
  resolved: { ja: '対応済', en: 'Resolved' },
  closed: { ja: '完了', en: 'Closed' },
};
