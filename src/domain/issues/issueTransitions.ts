import { hasAnyRole } from '../common/actor';
import { approverFor, involvedRoles, IRoleMatrix, ROLE_MATRIX } from '../roles/roleMatrix';
import { IssueArea } from '../vocabulary/issueArea';
import { IssueStatus } from '../vocabulary/issueStatus';
import { RoleKey } from '../vocabulary/roleKey';

/**
 * Who may take a transition: any role involved in the issue's area (○ or △ in §8), or only the area's
 * approver (the role that receives the report and approves, per the §8 legend).
 */
export type TransitionAuthority = 'involved' | 'approver';

/** A row of the issue transition table. */
export interface IIssueTransition {
  from: IssueStatus;
  to: IssueStatus;
  who: TransitionAuthority;
}

/**
 * The issue workflow as data. Work moves freely among the involved parties; closing (accepting the
 * resolution report) and reopening a closed issue belong to the approver.
 */
export const ISSUE_TRANSITIONS: ReadonlyArray<IIssueTransition> = [
  { from: 'open', to: 'inProgress', who: 'involved' },
  { from: 'open', to: 'onHold', who: 'involved' },
  { from: 'open', to: 'resolved', who: 'involved' },
  { from: 'inProgress', to: 'onHold', who: 'involved' },
  { from: 'inProgress', to: 'resolved', who: 'involved' },
  { from: 'onHold', to: 'inProgress', who: 'involved' },
  { from: 'onHold', to: 'resolved', who: 'involved' },
  { from: 'resolved', to: 'inProgress', who: 'involved' },
  { from: 'resolved', to: 'closed', who: 'approver' },
  { from: 'closed', to: 'inProgress', who: 'approver' },
];

/** The table row for a pair of statuses, if the move exists at all. */
export function findIssueTransition(from: IssueStatus, to: IssueStatus): IIssueTransition | undefined {
  for (const row of ISSUE_TRANSITIONS) {
    if (row.from === from && row.to === to) {
      return row;
    }
  }
  return undefined;
}

/** Whether any of the roles may move an issue of the area from one status to another. */
export function canTransitionIssue(
  from: IssueStatus,
  to: IssueStatus,
  actorRoles: ReadonlyArray<RoleKey>,
  area: IssueArea,
  matrix: IRoleMatrix = ROLE_MATRIX
): boolean {
  const row = findIssueTransition(from, to);
  if (!row) {
    return false;
  }
  const allowed = row.who === 'approver' ? [approverFor(area, matrix)] : involvedRoles(area, matrix);
  return hasAnyRole(actorRoles, allowed);
}
