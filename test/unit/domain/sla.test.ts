import { IInquiry } from '../../../src/domain/entities';
import { firstResponseDue, reminderTime, resolutionSlaState, slaState, slaTargetOf, breachedSince } from '../../../src/domain/sla';
import { formatJst, jstInstant, OFFICE_HOURS_CALENDAR } from '../../../src/domain/time';
import { makeInquiry } from './fixtures';

const office = OFFICE_HOURS_CALENDAR;
const at = (date: string, time: string): Date => jstInstant(date, time);
const iso = (date: string, time: string): string => at(date, time).toISOString();
const target = { firstResponseMinutes: 120, dueSoonMinutes: 30, reminderLeadMinutes: 30 };

describe('first-response due', () => {
  test('receipt Friday 18:30 with a 2 h target is due Monday 11:00', () => {
    expect(formatJst(firstResponseDue(at('2026-06-05', '18:30'), 120, office) as Date)).toBe('2026-06-08 11:00');
  });

  test('a closed pause extends the due time by its business minutes only', () => {
    // Received Mon 9:00, paused Mon 10:00 → Tue 10:00 (525 business minutes), 2 h target.
    const due = firstResponseDue(at('2026-06-08', '09:00'), 120, office, [{ from: at('2026-06-08', '10:00'), to: at('2026-06-09', '10:00') }]);
    expect(formatJst(due as Date)).toBe('2026-06-09 11:00');
  });

  test('a pause that starts after the due time does not rescue a late response', () => {
    const due = firstResponseDue(at('2026-06-08', '09:00'), 60, office, [{ from: at('2026-06-08', '13:00'), to: at('2026-06-09', '13:00') }]);
    expect(formatJst(due as Date)).toBe('2026-06-08 10:00');
  });

  test('an open pause leaves the due time unknown', () => {
    expect(firstResponseDue(at('2026-06-08', '09:00'), 120, office, [{ from: at('2026-06-08', '10:00') }])).toBeUndefined();
  });
});

describe('slaState', () => {
  const inquiry: IInquiry = makeInquiry({ status: 'assigned' });

  test.each([
    ['2026-06-06', '12:00', 'onTrack', 120], // Saturday: the clock has not started
    ['2026-06-08', '10:00', 'onTrack', 60],
    ['2026-06-08', '10:30', 'dueSoon', 30],
    ['2026-06-08', '11:00', 'dueSoon', 0],
    ['2026-06-08', '11:01', 'breached', -1],
    ['2026-06-09', '09:00', 'breached', -405],
  ])('at %s %s it is %s with %d business minutes left', (date, time, state, remaining) => {
    const s = slaState(at(date, time), inquiry, target, office);
    expect(s.state).toBe(state);
    expect(s.remainingBusinessMinutes).toBe(remaining);
    expect(formatJst(s.due as Date)).toBe('2026-06-08 11:00');
  });

  test('met when the first response came before due, breached when after', () => {
    const onTime = makeInquiry({ status: 'responded', firstRespondedAt: iso('2026-06-08', '10:59') });
    const late = makeInquiry({ status: 'responded', firstRespondedAt: iso('2026-06-08', '11:05') });
    expect(slaState(at('2026-06-10', '12:00'), onTime, target, office).state).toBe('met');
    const lateState = slaState(at('2026-06-10', '12:00'), late, target, office);
    expect(lateState.state).toBe('breached');
    expect(lateState.remainingBusinessMinutes).toBe(-5);
  });

  test('paused while waiting on the requester: remaining time is frozen', () => {
    const waiting = makeInquiry({ status: 'waiting', pauses: [{ from: iso('2026-06-08', '10:00') }] });
    const s1 = slaState(at('2026-06-08', '15:00'), waiting, target, office);
    const s2 = slaState(at('2026-06-12', '15:00'), waiting, target, office);
    expect(s1.state).toBe('paused');
    expect(s1.due).toBeUndefined();
    expect(s1.remainingBusinessMinutes).toBe(60);
    expect(s2.remainingBusinessMinutes).toBe(60);
  });

  test('after the requester replies, the due time moves by the paused business time', () => {
    const resumed = makeInquiry({ status: 'assigned', pauses: [{ from: iso('2026-06-08', '10:00'), to: iso('2026-06-08', '16:00') }] });
    const s = slaState(at('2026-06-08', '16:30'), resumed, target, office);
    expect(formatJst(s.due as Date)).toBe('2026-06-08 17:00');
    expect(s.pausedBusinessMinutes).toBe(360);
    expect(s.state).toBe('dueSoon');
  });

  test('the reminder falls inside the receiver\'s hours, 30 business minutes before due', () => {
    const s = slaState(at('2026-06-08', '09:00'), makeInquiry({ status: 'assigned', receivedAt: iso('2026-06-05', '17:40') }), target, office);
    expect(formatJst(s.due as Date)).toBe('2026-06-08 10:55');
    expect(formatJst(s.reminderAt as Date)).toBe('2026-06-08 10:25');
    expect(formatJst(reminderTime(at('2026-06-08', '09:15'), office, 30))).toBe('2026-06-05 17:30');
  });

  test('breachedSince reports a breach once, in the polling interval where it happened', () => {
    const now = at('2026-06-08', '11:10');
    expect(breachedSince(at('2026-06-08', '10:55'), now, inquiry, target, office)).toBe(true);
    expect(breachedSince(at('2026-06-08', '11:05'), now, inquiry, target, office)).toBe(false);
  });

  test('resolution clock uses the service target and stops at resolution', () => {
    const service = {
      id: 1,
      name: { ja: '住民記録', en: 'Resident records' },
      lifecycle: 'active' as const,
      providerKind: 'asp' as const,
      answeringCalendarId: 'officeHours',
      firstResponseTargetMinutes: 60,
      resolutionTargetMinutes: 525 * 3,
    };
    const t = slaTargetOf(service);
    const resolved = makeInquiry({ status: 'resolved', firstRespondedAt: iso('2026-06-08', '09:30'), resolvedAt: iso('2026-06-10', '16:00') });
    expect(slaState(at('2026-06-20', '10:00'), resolved, t, office).state).toBe('met');
    const r = resolutionSlaState(at('2026-06-20', '10:00'), resolved, t, office);
    expect(formatJst(r?.due as Date)).toBe('2026-06-10 17:45');
    expect(r?.state).toBe('met');
    expect(resolutionSlaState(at('2026-06-20', '10:00'), resolved, { firstResponseMinutes: 60 }, office)).toBeUndefined();
  });
});
