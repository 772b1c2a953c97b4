import { hasRole, IActor, sameUser } from '../common/actor';
import { IRefusal, Outcome, refusal, success } from '../common/result';
import { IInquiry, IPause } from '../entities/inquiry';
import { IUserRef } from '../entities/userRef';
import { INQUIRY_STATUS_LABELS } from '../vocabulary/inquiryStatus';
import { InquiryAction, INQUIRY_ACTION_LABELS, INQUIRY_TRANSITIONS, transitionsFor } from './inquiryTransitions';

/** An inquiry action with its arguments. */
export type InquiryActionRequest =
  | { type: 'assign'; assignee: IUserRef; vendorKey?: string; vendorGroup?: string }
  | { type: 'reassign'; assignee: IUserRef; vendorKey?: string; vendorGroup?: string }
  | { type: 'recordFirstResponse' }
  | { type: 'askRequester' }
  | { type: 'requesterReplied' }
  | { type: 'resolve' }
  | { type: 'reopen' }
  | { type: 'close' };

/** Why an inquiry action was refused. */
export type InquiryRefusalCode =
  | 'notAllowedInStatus'
  | 'roleNotAllowed'
  | 'notYourVendor'
  | 'notRequester'
  | 'assigneeRequired'
  | 'sameAssignee';

function closeOpenPause(pauses: IPause[], nowIso: string): IPause[] {
  return pauses.map((p) => (p.to === undefined ? { from: p.from, to: nowIso } : p));
}

function checkActor(inquiry: IInquiry, action: InquiryAction, actor: IActor): IRefusal<InquiryRefusalCode> | undefined {
  const rows = transitionsFor(action, inquiry.status, actor.roles);
  if (rows.length === 0) {
    const anyRow = INQUIRY_TRANSITIONS.some((r) => r.action === action && r.from.indexOf(inquiry.status) >= 0);
    const label = INQUIRY_ACTION_LABELS[action];
    const status = INQUIRY_STATUS_LABELS[inquiry.status];
    return anyRow
      ? refusal('roleNotAllowed', `「${label.ja}」を行う権限がありません。`, `You are not allowed to ${label.en.toLowerCase()} this inquiry.`)
      : refusal(
          'notAllowedInStatus',
          `状態が「${status.ja}」の問い合わせには「${label.ja}」を行えません。`,
          `“${label.en}” is not possible while the inquiry is “${status.en}”.`
        );
  }
  if (hasRole(actor, 'ictCenter')) {
    return undefined;
  }
  // Outside the ICT center, the permission comes from the relationship to this inquiry, not the role alone.
  const allowedByVendor = rows.some((r) => r.roles.indexOf('vendor') >= 0);
  const allowedByDepartment = rows.some((r) => r.roles.indexOf('department') >= 0);
  if (allowedByDepartment && hasRole(actor, 'department') && sameUser(actor.user, inquiry.requester)) {
    return undefined;
  }
  if (allowedByVendor && hasRole(actor, 'vendor') && actor.vendorKey !== undefined && actor.vendorKey === inquiry.vendorKey) {
    return undefined;
  }
  if (allowedByVendor && hasRole(actor, 'vendor')) {
    return refusal('notYourVendor', 'この問い合わせは貴社に割り当てられていません。', 'This inquiry is not assigned to your organization.');
  }
  return refusal('notRequester', 'この操作は問い合わせ者本人のみ行えます。', 'Only the requester can do this.');
}

/**
 * Applies an action to an inquiry: checks the transition table, the actor's relationship to the inquiry
 * (the requester for department staff, the routed vendor for vendor staff), and returns the new inquiry or
 * a localized refusal. The SLA clock fields are maintained here: askRequester opens a pause,
 * requesterReplied and resolve close it, and a resolution without a first response counts as one.
 */
export function applyInquiryAction(
  inquiry: IInquiry,
  request: InquiryActionRequest,
  actor: IActor,
  now: Date
): Outcome<IInquiry, InquiryRefusalCode> {
  const refused = checkActor(inquiry, request.type, actor);
  if (refused) {
    return refused;
  }
  const nowIso = now.toISOString();
  const next: IInquiry = { ...inquiry, pauses: inquiry.pauses.slice() };
  switch (request.type) {
    case 'assign':
    case 'reassign': {
      if (!request.assignee) {
        return refusal('assigneeRequired', '担当者を入力してください。', 'Enter an assignee.');
      }
      // Moving an inquiry to another vendor's queue changes who may read it; that is the ICT center's call.
      const movesVendor =
        (request.vendorKey !== undefined && request.vendorKey !== inquiry.vendorKey) ||
        (request.vendorGroup !== undefined && request.vendorGroup !== inquiry.vendorGroup);
      if (movesVendor && !hasRole(actor, 'ictCenter')) {
        return refusal('roleNotAllowed', '他の事業者への振り替えはICTセンターのみ行えます。', 'Only the ICT center can move an inquiry to another vendor.');
      }
      if (request.type === 'reassign' && sameUser(request.assignee, inquiry.assignee)) {
        return refusal('sameAssignee', '現在と同じ担当者です。別の担当者を選んでください。', 'This is already the assignee. Choose someone else.');
      }
      next.assignee = request.assignee;
      if (request.vendorKey !== undefined) {
        next.vendorKey = request.vendorKey;
      }
      if (request.vendorGroup !== undefined) {
        next.vendorGroup = request.vendorGroup;
      }
      if (request.type === 'assign') {
        next.status = 'assigned';
      }
      break;
    }
    case 'recordFirstResponse':
      next.status = 'responded';
      next.firstRespondedAt = nowIso;
      break;
    case 'askRequester':
      next.status = 'waiting';
      next.pauses.push({ from: nowIso });
      break;
    case 'requesterReplied':
      next.pauses = closeOpenPause(next.pauses, nowIso);
      next.status = inquiry.firstRespondedAt ? 'responded' : 'assigned';
      break;
    case 'resolve':
      next.pauses = closeOpenPause(next.pauses, nowIso);
      next.status = 'resolved';
      next.resolvedAt = nowIso;
      if (!next.firstRespondedAt) {
        next.firstRespondedAt = nowIso;
      }
      break;
    case 'reopen':
      next.status = 'assigned';
      delete next.resolvedAt;
      break;
    case 'close':
      next.pauses = closeOpenPause(next.pauses, nowIso);
      next.status = 'closed';
      next.closedAt = nowIso;
      break;
  }
  return success(next);
}
