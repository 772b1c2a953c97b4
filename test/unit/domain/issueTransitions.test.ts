import { applyIssueTransition, canTransitionIssue, ISSUE_TRANSITIONS } from '../../../src/domain/issues';
import { codesOf, ISSUE_STATUS_LABELS, IssueStatus, RoleKey } from '../../../src/domain/vocabulary';
import { actors, makeIssue } from './fixtures';

const statuses = codesOf(ISSUE_STATUS_LABELS);
const allRoles: RoleKey[] = ['department', 'ictCenter', 'vendor', 'csp'];
const now = new Date('2026-06-10T03:00:00Z');

const allowedPairs: Array<[IssueStatus, IssueStatus]> = [
  ['open', 'inProgress'],
  ['open', 'onHold'],
  ['open', 'resolved'],
  ['inProgress', 'onHold'],
  ['inProgress', 'resolved'],
  ['onHold', 'inProgress'],
  ['onHold', 'resolved'],
  ['resolved', 'inProgress'],
  ['resolved', 'closed'],
  ['closed', 'inProgress'],
];
const isAllowedPair = (from: IssueStatus, to: IssueStatus): boolean => allowedPairs.some(([f, t]) => f === from && t === to);

const refusedPairs: Array<[IssueStatus, IssueStatus]> = [];
for (const from of statuses) {
  for (const to of statuses) {
    if (!isAllowedPair(from, to)) {
      refusedPairs.push([from, to]);
    }
  }
}

describe('issue transition table', () => {
  test('the table is exactly the allowed pairs', () => {
    expect(ISSUE_TRANSITIONS.map((r) => [r.from, r.to])).toEqual(allowedPairs);
  });

  test.each(allowedPairs)('%s → %s is allowed to the ICT center in a dedicated-area issue', (from, to) => {
    expect(canTransitionIssue(from, to, ['ictCenter'], 'dedicatedArea')).toBe(true);
  });

  test.each(refusedPairs)('%s → %s is refused to every role', (from, to) => {
    expect(canTransitionIssue(from, to, allRoles, 'dedicatedArea')).toBe(false);
  });

  test.each([
    ['dedicatedArea', 'ictCenter', true],
    ['dedicatedArea', 'department', false],
    ['dedicatedArea', 'vendor', false],
    ['sharedArea', 'department', true],
    ['sharedArea', 'ictCenter', false],
    ['network', 'ictCenter', true],
  ] as const)('closing a %s issue as %s → %s (approver only)', (area, role, expected) => {
    expect(canTransitionIssue('resolved', 'closed', [role], area)).toBe(expected);
    expect(canTransitionIssue('closed', 'inProgress', [role], area)).toBe(expected);
  });

  test('roles not involved in the area cannot move the issue', () => {
    expect(canTransitionIssue('open', 'inProgress', ['vendor'], 'awsService')).toBe(false);
    expect(canTransitionIssue('open', 'inProgress', ['csp'], 'devices')).toBe(false);
    expect(canTransitionIssue('open', 'inProgress', ['csp'], 'sharedArea')).toBe(true);
  });
});

describe('applyIssueTransition', () => {
  test('resolving stamps resolvedAt and closing by the approver stamps closedAt', () => {
    const resolved = applyIssueTransition(makeIssue(), 'resolved', actors.vendorA, now);
    expect(resolved.ok && resolved.value.resolvedAt).toBe(now.toISOString());
    const closed = resolved.ok ? applyIssueTransition(resolved.value, 'closed', actors.ict, now) : resolved;
    expect(closed.ok && closed.value.status).toBe('closed');
  });

  test('a vendor cannot close, with a message naming the approver', () => {
    const result = applyIssueTransition(makeIssue({ status: 'resolved' }), 'closed', actors.vendorA, now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('roleNotAllowed');
      expect(result.message.ja).toBe('この課題を「完了」にできるのは承認者(ICTセンター)のみです。');
    }
  });

  test('another vendor cannot touch an issue not shared with it', () => {
    const result = applyIssueTransition(makeIssue(), 'onHold', actors.vendorB, now);
    expect(!result.ok && result.code).toBe('notYourVendor');
  });

  test('an impossible move is refused with the status names', () => {
    const result = applyIssueTransition(makeIssue({ status: 'open' }), 'closed', actors.ict, now);
    expect(!result.ok && result.code).toBe('notAllowedInStatus');
    expect(!result.ok && result.message.ja).toBe('状態を「未着手」から「完了」に変更することはできません。');
  });
});
