import { IIssue, OFFICE_HOURS_CALENDAR } from '../../../src/domain';
import { issueRemindersDue } from '../../../src/data/issues';

function issue(id: number, dueDate: string, patch: Partial<IIssue> = {}): IIssue {
  return {
    id, title: `課題${id}`, area: 'network', status: 'inProgress', priority: 'medium', owner: { id: 6, title: '田中 翔' },
    dueDate, raisedBy: { id: 2, title: '' }, raisedAt: '2026-04-01T00:00:00Z', proposals: [], ...patch
  };
}
const cal = (): typeof OFFICE_HOURS_CALENDAR => OFFICE_HOURS_CALENDAR;

describe('issue reminders to owners (pure; the notifier sends them through its mail path)', () => {
  // Thursday 2026-05-14 10:00 JST.
  const thursday = new Date('2026-05-14T10:00:00+09:00');

  test('two business days before the due date, and once a day while overdue', () => {
    const due = issueRemindersDue([{ issue: issue(1, '2026-05-18') }, { issue: issue(2, '2026-05-13') }, { issue: issue(3, '2026-05-29') }], thursday, cal);
    expect(due.map((r) => [r.issueId, r.kind])).toEqual([[1, 'dueSoon'], [2, 'overdue']]);
    expect(due[0].subject.ja).toBe('【期限間近】課題「課題1」の期限は 2026/05/18 です');
    expect(due[0].to).toEqual({ id: 6, title: '田中 翔' });
  });

  test('not again when already reminded; overdue again the next day', () => {
    const reminded = '2026-05-14T09:00:00+09:00';
    expect(issueRemindersDue([{ issue: issue(1, '2026-05-18'), remindedAt: reminded }, { issue: issue(2, '2026-05-13'), remindedAt: reminded }], thursday, cal)).toEqual([]);
    const friday = new Date('2026-05-15T09:30:00+09:00');
    expect(issueRemindersDue([{ issue: issue(2, '2026-05-13'), remindedAt: reminded }], friday, cal).map((r) => r.kind)).toEqual(['overdue']);
  });

  test('only inside the receiver\'s hours: nothing at night, on weekends or on public holidays', () => {
    const candidates = [{ issue: issue(2, '2026-04-30') }];
    expect(issueRemindersDue(candidates, new Date('2026-05-14T23:00:00+09:00'), cal)).toEqual([]);
    expect(issueRemindersDue(candidates, new Date('2026-05-16T10:00:00+09:00'), cal)).toEqual([]);
    expect(issueRemindersDue(candidates, new Date('2026-05-05T10:00:00+09:00'), cal)).toEqual([]);
  });

  test('resolved and closed issues and issues without an owner get none', () => {
    const done = [
      { issue: issue(1, '2026-05-13', { status: 'resolved' }) },
      { issue: issue(2, '2026-05-13', { status: 'closed' }) },
      { issue: issue(3, '2026-05-13', { owner: { id: 0, title: '' } }) }
    ];
    expect(issueRemindersDue(done, thursday, cal)).toEqual([]);
  });
});
