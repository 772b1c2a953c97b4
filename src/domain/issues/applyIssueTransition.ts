import { hasRole, IActor } from '../common/actor';
import { Outcome, refusal, success } from '../common/result';
import { IIssue } from '../entities/issue';
import { approverFor, IRoleMatrix, ROLE_MATRIX } from '../roles/roleMatrix';
import { ISSUE_STATUS_LABELS, IssueStatus } from '../vocabulary/issueStatus';
import { ROLE_LABELS } from '../vocabulary/roleKey';
import { canTransitionIssue, findIssueTransition } from './issueTransitions';

/** Why an issue status change was refused. */
export type IssueTransitionRefusalCode = 'notAllowedInStatus' | 'roleNotAllowed' | 'notYourVendor' | 'pendingProposal';

/**
 * Moves an issue to a new status if the table and the §8 matrix allow the actor to, and stamps
 * resolvedAt/closedAt. An issue with a pending governed change cannot be closed: the change would be
 * decided on an issue nobody works on any more.
 */
export function applyIssueTransition(
  issue: IIssue,
  to: IssueStatus,
  actor: IActor,
  now: Date,
  matrix: IRoleMatrix = ROLE_MATRIX
): Outcome<IIssue, IssueTransitionRefusalCode> {
  const from = ISSUE_STATUS_LABELS[issue.status];
  const target = ISSUE_STATUS_LABELS[to];
  const row = findIssueTransition(issue.status, to);
  if (!row) {
    return refusal(
      'notAllowedInStatus',
      `状態を「${from.ja}」から「${target.ja}」に変更することはできません。`,
      `An issue cannot move from “${from.en}” to “${target.en}”.`
    );
  }
  if (!canTransitionIssue(issue.status, to, actor.roles, issue.area, matrix)) {
    if (row.who === 'approver') {
      const approver = ROLE_LABELS[approverFor(issue.area, matrix)];
      return refusal(
        'roleNotAllowed',
        `この課題を「${target.ja}」にできるのは承認者(${approver.ja})のみです。`,
        `Only the approver (${approver.en}) can set this issue to “${target.en}”.`
      );
    }
    return refusal('roleNotAllowed', 'この課題の状態を変更する権限がありません。', 'You are not allowed to change the status of this issue.');
  }
  const vendorOnly = hasRole(actor, 'vendor') && !hasRole(actor, 'ictCenter') && !hasRole(actor, 'department');
  if (vendorOnly && issue.vendorKey !== undefined && actor.vendorKey !== issue.vendorKey) {
    return refusal('notYourVendor', 'この課題は貴社と共有されていません。', 'This issue is not shared with your organization.');
  }
  if (to === 'closed' && issue.proposals.some((p) => p.status === 'pending')) {
    return refusal(
      'pendingProposal',
      '承認待ちの変更があるため完了にできません。先に変更を承認または却下してください。',
      'A change is pending approval. Approve or reject it before closing the issue.'
    );
  }
  const next: IIssue = { ...issue, status: to };
  const nowIso = now.toISOString();
  if (to === 'resolved') {
    next.resolvedAt = nowIso;
  }
  if (to === 'closed') {
    next.closedAt = nowIso;
  }
  if (to === 'inProgress') {
    delete next.resolvedAt;
    delete next.closedAt;
  }
  return success(next);
}
