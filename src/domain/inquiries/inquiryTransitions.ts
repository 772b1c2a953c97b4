import { hasAnyRole } from '../common/actor';
import { InquiryStatus } from '../vocabulary/inquiryStatus';
import { LabelTable } from '../vocabulary/labelTable';
import { RoleKey } from '../vocabulary/roleKey';

/** What can be done to an inquiry. */
export type InquiryAction =
  | 'assign'
  | 'reassign'
  | 'recordFirstResponse'
  | 'askRequester'
  | 'requesterReplied'
  | 'resolve'
  | 'reopen'
  | 'close';

/** Button labels of the inquiry actions. */
export const INQUIRY_ACTION_LABELS: LabelTable<InquiryAction> = {
  assign: { ja: '割り当て', en: 'Assign' },
  reassign: { ja: '担当者変更', en: 'Reassign' },
  recordFirstResponse: { ja: '一次回答を記録', en: 'Record first response' },
  askRequester: { ja: '問い合わせ者に確認', en: 'Ask requester' },
  requesterReplied: { ja: '問い合わせ者から回答あり', en: 'Requester replied' },
  resolve: { ja: '解決', en: 'Resolve' },
  reopen: { ja: '再開', en: 'Reopen' },
  close: { ja: '完了', en: 'Close' },
};

/**
 * A row of the inquiry transition table. `to` is a status, 'same' (the status does not change) or
 * 'resume' (back to assigned or responded, depending on whether a first response was recorded).
 */
export interface IInquiryTransition {
  action: InquiryAction;
  from: ReadonlyArray<InquiryStatus>;
  to: InquiryStatus | 'same' | 'resume';
  roles: ReadonlyArray<RoleKey>;
}

const OPEN_STATUSES: InquiryStatus[] = ['received', 'assigned', 'responded', 'waiting'];

/** The inquiry workflow as data. Several rows may share an action with different roles. */
export const INQUIRY_TRANSITIONS: ReadonlyArray<IInquiryTransition> = [
  { action: 'assign', from: ['received'], to: 'assigned', roles: ['ictCenter', 'vendor'] },
  { action: 'reassign', from: ['assigned', 'responded', 'waiting'], to: 'same', roles: ['ictCenter', 'vendor'] },
  { action: 'recordFirstResponse', from: ['assigned'], to: 'responded', roles: ['ictCenter', 'vendor'] },
  { action: 'askRequester', from: ['assigned', 'responded'], to: 'waiting', roles: ['ictCenter', 'vendor'] },
  // Vendors and the ICT center may record a reply that reached them by phone or mail.
  { action: 'requesterReplied', from: ['waiting'], to: 'resume', roles: ['department', 'ictCenter', 'vendor'] },
  { action: 'resolve', from: ['assigned', 'responded', 'waiting'], to: 'resolved', roles: ['ictCenter', 'vendor'] },
  { action: 'reopen', from: ['resolved'], to: 'assigned', roles: ['department', 'ictCenter'] },
  { action: 'close', from: ['resolved'], to: 'closed', roles: ['department', 'ictCenter'] },
  // Withdrawing a duplicate or misdirected inquiry is the ICT center's call only.
  { action: 'close', from: OPEN_STATUSES, to: 'closed', roles: ['ictCenter'] },
];

function targetsOf(row: IInquiryTransition, from: InquiryStatus): InquiryStatus[] {
  if (row.to === 'same') {
    return [from];
  }
  if (row.to === 'resume') {
    return ['assigned', 'responded'];
  }
  return [row.to];
}

/** Whether any of the roles may move an inquiry from one status to another. */
export function canTransitionInquiry(from: InquiryStatus, to: InquiryStatus, actorRoles: ReadonlyArray<RoleKey>): boolean {
  for (const row of INQUIRY_TRANSITIONS) {
    if (row.from.indexOf(from) >= 0 && targetsOf(row, from).indexOf(to) >= 0 && hasAnyRole(actorRoles, row.roles)) {
      return true;
    }
  }
  return false;
}

/** The rows that allow the action from the status for any of the roles. */
export function transitionsFor(action: InquiryAction, from: InquiryStatus, actorRoles: ReadonlyArray<RoleKey>): IInquiryTransition[] {
  return INQUIRY_TRANSITIONS.filter((row) => row.action === action && row.from.indexOf(from) >= 0 && hasAnyRole(actorRoles, row.roles));
}
