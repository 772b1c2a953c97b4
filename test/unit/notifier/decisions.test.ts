import type { IInquiry } from '../../../src/domain/entities';
import { firstResponseDue } from '../../../src/domain/sla';
import { jstInstant, OFFICE_HOURS_CALENDAR } from '../../../src/domain/time';
import { decideInquiry } from '../../../notifier/src/core/inquiry';
import { decideInquiryReminder, decideIssueReminder, endOfDateKey } from '../../../notifier/src/core/reminders';
import type { IInquiryReminderEnv, IIssueDueFacts } from '../../../notifier/src/core/reminders';

const sla = { target: { firstResponseMinutes: 240 }, calendar: OFFICE_HOURS_CALENDAR };
const vendorA = { id: 6, title: '田中 翔', email: 'tanaka.sho@midori-systems.example' };
const base: IInquiry = {
  id: 7, subject: '印刷できない', body: '', systemId: 1, category: 'fault', status: 'received',
  requester: { id: 4, title: '鈴木 一郎' }, receivedAt: jstInstant('2026-11-25', '09:00').toISOString(), pauses: []
};
const rules = [
  { id: 'r1', match: { systemId: 1, category: 'howTo' as const }, vendorGroup: 'vendor:x', vendorKey: 'x' },
  { id: 'r2', match: { systemId: 1 }, vendorGroup: 'vendor:midori-systems', vendorKey: 'midori-systems', defaultAssignee: vendorA }
];

describe('decideInquiry (pure)', () => {
  test('a new inquiry is routed by the first matching rule, assigned, given its due time, and its assignee notified', () => {
    const d = decideInquiry(base, { rules, sla });
    expect(d.route?.ruleId).toBe('r2');
    expect(d.patch).toEqual({
      vendorKey: 'midori-systems', assignee: vendorA, status: 'assigned',
      firstResponseDue: firstResponseDue(new Date(base.receivedAt), 240, OFFICE_HOURS_CALENDAR)
    });
    expect(d.notice).toEqual({ deliveryKey: 'assigned|inquiries|7|u6', to: { user: vendorA } });
  });

  test('no rule: the system\'s vendor group, else the ICT center queue; the group is notified', () => {
    const toVendor = decideInquiry({ ...base, systemId: 9 }, { rules, sla, systemVendorKey: 'sakura-its' });
    expect(toVendor.patch.vendorKey).toBe('sakura-its');
    expect(toVendor.patch.status).toBeUndefined();
    expect(toVendor.notice?.to).toEqual({ group: 'vendor:sakura-its' });
    const toIct = decideInquiry({ ...base, systemId: 9 }, { rules, sla });
    expect(toIct.route?.fallback).toBe(true);
    expect(toIct.notice).toEqual({ deliveryKey: 'assigned|inquiries|7|g:ictCenter', to: { group: 'ictCenter' } });
  });

  test('deciding again on the routed inquiry changes nothing and yields the same delivery key (idempotent)', () => {
    const first = decideInquiry(base, { rules, sla });
    const routed: IInquiry = { ...base, status: 'assigned', vendorKey: 'midori-systems', assignee: vendorA, firstResponseDue: first.patch.firstResponseDue!.toISOString() };
    const again = decideInquiry(routed, { rules, sla });
    expect(again.patch).toEqual({});
    expect(again.notice?.deliveryKey).toBe(first.notice?.deliveryKey);
  });

  test('a reassignment by the ICT center notifies the new assignee under a new key; closed inquiries notify nobody', () => {
    const other = { id: 8, title: '中村 大輔' };
    expect(decideInquiry({ ...base, status: 'assigned', vendorKey: 'midori-systems', assignee: other }, { rules, sla }).notice?.deliveryKey).toBe('assigned|inquiries|7|u8');
    expect(decideInquiry({ ...base, status: 'closed', assignee: other }, { rules, sla }).notice).toBeUndefined();
  });
});

describe('reminder decisions (pure)', () => {
  const env: IInquiryReminderEnv = { sla, ictCalendar: OFFICE_HOURS_CALENDAR, mail: (kind) => ({ subject: kind, html: '' }) };
  const assigned: IInquiry = { ...base, status: 'assigned', vendorKey: 'midori-systems', assignee: vendorA };

  test('nothing before the reminder time, a reminder after it, an escalation after the due time', () => {
    expect(decideInquiryReminder(assigned, jstInstant('2026-11-25', '12:29'), env)).toEqual([]);
    const remind = decideInquiryReminder(assigned, jstInstant('2026-11-25', '12:30'), env);
    expect(remind[0]).toMatchObject({ type: 'mail', kind: 'inquiryReminder', to: { user: vendorA }, deliveryKey: `remind|inquiries|7|u6|${jstInstant('2026-11-25', '13:00').toISOString()}` });
    const escalate = decideInquiryReminder(assigned, jstInstant('2026-11-25', '13:01'), env);
    expect(escalate[0]).toMatchObject({ type: 'mail', kind: 'inquiryEscalation', to: { group: 'ictCenter' } });
    expect(escalate[1]).toMatchObject({ type: 'update', values: { escalatedAt: jstInstant('2026-11-25', '13:01').toISOString() } });
  });

  test('marks on the item skip what was already done; a responded or paused clock reminds nobody', () => {
    const at = jstInstant('2026-11-25', '13:01');
    expect(decideInquiryReminder(assigned, at, env, { escalatedAt: at })).toEqual([]);
    expect(decideInquiryReminder({ ...assigned, firstRespondedAt: jstInstant('2026-11-25', '10:00').toISOString() }, at, env)).toEqual([]);
    expect(decideInquiryReminder({ ...assigned, pauses: [{ from: jstInstant('2026-11-25', '10:00').toISOString() }] }, at, env)).toEqual([]);
  });

  test('issues: reminder from two office days before the end of the due date, overdue notice after it, per due date', () => {
    const issue: IIssueDueFacts = { id: 3, title: 't', status: 'inProgress', owner: vendorA, dueDate: '2026-11-27' };
    const ienv = { ownerCalendar: OFFICE_HOURS_CALENDAR, mail: (kind: string) => ({ subject: kind, html: '' }) };
    expect(endOfDateKey('2026-11-27').toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(decideIssueReminder(issue, jstInstant('2026-11-26', '08:59'), ienv)).toEqual([]);
    expect(decideIssueReminder(issue, jstInstant('2026-11-26', '09:00'), ienv)[0]).toMatchObject({ kind: 'issueDueSoon', deliveryKey: 'issueDue|issues|3|u6|2026-11-27' });
    expect(decideIssueReminder(issue, jstInstant('2026-11-28', '00:00'), ienv)[0]).toMatchObject({ kind: 'issueOverdue', deliveryKey: 'issueOverdue|issues|3|u6|2026-11-27' });
    expect(decideIssueReminder({ ...issue, status: 'resolved' }, jstInstant('2026-11-28', '00:00'), ienv)).toEqual([]);
  });
});
