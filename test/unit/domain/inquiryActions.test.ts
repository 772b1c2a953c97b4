import { IActor } from '../../../src/domain/common';
import { IInquiry } from '../../../src/domain/entities';
import { applyInquiryAction, canTransitionInquiry, InquiryActionRequest } from '../../../src/domain/inquiries';
import { slaState } from '../../../src/domain/sla';
import { formatJst, jstInstant, OFFICE_HOURS_CALENDAR } from '../../../src/domain/time';
import { codesOf, INQUIRY_STATUS_LABELS, InquiryStatus, RoleKey } from '../../../src/domain/vocabulary';
import { actors, makeInquiry, users } from './fixtures';

const now = jstInstant('2026-06-08', '10:00');
const statuses = codesOf(INQUIRY_STATUS_LABELS);

// [from, to, roles that may]
const allowed: Array<[InquiryStatus, InquiryStatus, RoleKey[]]> = [
  ['received', 'assigned', ['ictCenter', 'vendor']],
  ['assigned', 'assigned', ['ictCenter', 'vendor']],
  ['responded', 'responded', ['ictCenter', 'vendor']],
  ['waiting', 'waiting', ['ictCenter', 'vendor']],
  ['assigned', 'responded', ['ictCenter', 'vendor']],
  ['assigned', 'waiting', ['ictCenter', 'vendor']],
  ['responded', 'waiting', ['ictCenter', 'vendor']],
  ['waiting', 'assigned', ['ictCenter', 'vendor', 'department']],
  ['waiting', 'responded', ['ictCenter', 'vendor', 'department']],
  ['assigned', 'resolved', ['ictCenter', 'vendor']],
  ['responded', 'resolved', ['ictCenter', 'vendor']],
  ['waiting', 'resolved', ['ictCenter', 'vendor']],
  ['resolved', 'assigned', ['ictCenter', 'department']],
  ['resolved', 'closed', ['ictCenter', 'department']],
  ['received', 'closed', ['ictCenter']],
  ['assigned', 'closed', ['ictCenter']],
  ['responded', 'closed', ['ictCenter']],
  ['waiting', 'closed', ['ictCenter']],
];
const allRoles: RoleKey[] = ['ictCenter', 'department', 'vendor', 'csp'];
const cases: Array<[InquiryStatus, InquiryStatus, RoleKey, boolean]> = [];
for (const from of statuses) {
  for (const to of statuses) {
    const row = allowed.filter(([f, t]) => f === from && t === to)[0];
    for (const role of allRoles) {
      cases.push([from, to, role, row !== undefined && row[2].indexOf(role) >= 0]);
    }
  }
}

describe('inquiry transition table', () => {
  test.each(cases)('%s → %s as %s: %s', (from, to, role, expected) => {
    expect(canTransitionInquiry(from, to, [role])).toBe(expected);
  });
});

function apply(inquiry: IInquiry, request: InquiryActionRequest, actor: IActor, at: Date = now): IInquiry {
  const result = applyInquiryAction(inquiry, request, actor, at);
  if (!result.ok) {
    throw new Error(result.code + ': ' + result.message.en);
  }
  return result.value;
}

describe('applyInquiryAction', () => {
  test('the full life: assign, ask, reply, respond, resolve, close', () => {
    let q = apply(makeInquiry(), { type: 'assign', assignee: users.vendorA }, actors.ict);
    expect(q.status).toBe('assigned');
    q = apply(q, { type: 'askRequester' }, actors.vendorA, jstInstant('2026-06-08', '09:30'));
    expect(q.status).toBe('waiting');
    expect(q.pauses).toEqual([{ from: jstInstant('2026-06-08', '09:30').toISOString() }]);
    q = apply(q, { type: 'requesterReplied' }, actors.staffA, jstInstant('2026-06-08', '13:30'));
    expect(q.status).toBe('assigned'); // no first response yet
    expect(q.pauses[0].to).toBe(jstInstant('2026-06-08', '13:30').toISOString());
    // Target 2h from Mon 9:00 (receipt Fri 18:30) plus the 4h pause → due 15:00.
    const sla = slaState(jstInstant('2026-06-08', '14:00'), q, { firstResponseMinutes: 120 }, OFFICE_HOURS_CALENDAR);
    expect(formatJst(sla.due as Date)).toBe('2026-06-08 15:00');
    q = apply(q, { type: 'recordFirstResponse' }, actors.vendorA2, jstInstant('2026-06-08', '14:00'));
    expect(q.status).toBe('responded');
    q = apply(q, { type: 'resolve' }, actors.vendorA);
    expect(q.status).toBe('resolved');
    q = apply(q, { type: 'close' }, actors.staffA);
    expect(q.status).toBe('closed');
    expect(q.firstRespondedAt).toBe(jstInstant('2026-06-08', '14:00').toISOString());
  });

  test('requesterReplied returns to responded once a first response exists', () => {
    const q = makeInquiry({ status: 'waiting', firstRespondedAt: '2026-06-08T00:10:00.000Z', assignee: users.vendorA, pauses: [{ from: '2026-06-08T00:20:00.000Z' }] });
    expect(apply(q, { type: 'requesterReplied' }, actors.vendorA).status).toBe('responded');
  });

  test('resolving without a first response counts as the response and closes an open pause', () => {
    const q = makeInquiry({ status: 'waiting', assignee: users.vendorA, pauses: [{ from: '2026-06-08T00:20:00.000Z' }] });
    const resolved = apply(q, { type: 'resolve' }, actors.vendorA);
    expect(resolved.firstRespondedAt).toBe(now.toISOString());
    expect(resolved.pauses[0].to).toBe(now.toISOString());
  });

  test('a vendor cannot act on another vendor\'s inquiry', () => {
    const result = applyInquiryAction(makeInquiry({ status: 'assigned' }), { type: 'recordFirstResponse' }, actors.vendorB, now);
    expect(!result.ok && result.code).toBe('notYourVendor');
    expect(!result.ok && result.message.ja).toBe('この問い合わせは貴社に割り当てられていません。');
  });

  test('only the requester among department staff may close or reopen', () => {
    const resolved = makeInquiry({ status: 'resolved', resolvedAt: now.toISOString() });
    const other = applyInquiryAction(resolved, { type: 'close' }, actors.staffB, now);
    expect(!other.ok && other.code).toBe('notRequester');
    const reopened = applyInquiryAction(resolved, { type: 'reopen' }, actors.staffA, now);
    expect(reopened.ok && reopened.value.status).toBe('assigned');
    expect(reopened.ok && reopened.value.resolvedAt).toBeUndefined();
  });

  test('a department user cannot record a response; a status mismatch is named', () => {
    const role = applyInquiryAction(makeInquiry({ status: 'assigned' }), { type: 'recordFirstResponse' }, actors.staffA, now);
    expect(!role.ok && role.code).toBe('roleNotAllowed');
    const status = applyInquiryAction(makeInquiry({ status: 'received' }), { type: 'recordFirstResponse' }, actors.ict, now);
    expect(!status.ok && status.code).toBe('notAllowedInStatus');
    expect(!status.ok && status.message.ja).toBe('状態が「受付」の問い合わせには「一次回答を記録」を行えません。');
  });

  test('reassigning to the same person is refused; to another keeps the status', () => {
    const q = makeInquiry({ status: 'responded', assignee: users.vendorA });
    const same = applyInquiryAction(q, { type: 'reassign', assignee: users.vendorA }, actors.ict, now);
    expect(!same.ok && same.code).toBe('sameAssignee');
    const moved = apply(q, { type: 'reassign', assignee: users.vendorB, vendorKey: 'sakura', vendorGroup: 'sakura' }, actors.ict);
    expect([moved.status, moved.assignee?.id, moved.vendorKey]).toEqual(['responded', users.vendorB.id, 'sakura']);
  });

  test('only the ICT center moves an inquiry to another vendor', () => {
    const q = makeInquiry({ status: 'assigned', assignee: users.vendorA });
    const byVendor = applyInquiryAction(q, { type: 'reassign', assignee: users.vendorB, vendorKey: 'sakura' }, actors.vendorA, now);
    expect(!byVendor.ok && byVendor.code).toBe('roleNotAllowed');
    expect(apply(q, { type: 'reassign', assignee: users.vendorA2 }, actors.vendorA).assignee).toEqual(users.vendorA2);
  });

  test('the input inquiry is never mutated', () => {
    const q = makeInquiry({ status: 'assigned', assignee: users.vendorA });
    const snapshot = JSON.stringify(q);
    apply(q, { type: 'askRequester' }, actors.vendorA);
    expect(JSON.stringify(q)).toBe(snapshot);
  });
});
