import { IIssue } from '../../../src/domain';
import { changesSinceMeeting, IIssueVersion, IIssueWithHistory, lastMeetingBefore } from '../../../src/data/issues';

const MEETING = new Date('2026-05-11T00:00:00+09:00');
const NOW = new Date('2026-05-18T10:00:00+09:00');
const before = '2026-05-08T10:00:00Z';
const after = '2026-05-13T10:00:00Z';

function issue(id: number, patch: Partial<IIssue> = {}): IIssue {
  return {
    id, title: `課題${id}`, area: 'network', status: 'inProgress', priority: 'medium', owner: { id: 4, title: '鈴木 一郎' },
    dueDate: '2026-06-30', raisedBy: { id: 2, title: '' }, raisedAt: before, proposals: [], ...patch
  };
}

function v(label: string, at: string, patch: Partial<IIssueVersion> = {}): IIssueVersion {
  return { label, at, ownerId: 4, dueDate: '2026-06-30', status: 'inProgress', ...patch };
}

// A fixture meeting cycle: created, owner changed, due changed, closed, overdue, untouched, changed-and-reverted.
const FIXTURE: IIssueWithHistory[] = [
  { issue: issue(1), created: after, versions: [v('1.0', after)] },
  { issue: issue(2, { owner: { id: 6, title: '田中 翔' } }), created: before, versions: [v('1.0', before), v('2.0', after, { ownerId: 6 })] },
  { issue: issue(3, { dueDate: '2026-07-15' }), created: before, versions: [v('2.0', after, { dueDate: '2026-07-15' }), v('1.0', before)] },
  { issue: issue(4, { status: 'closed', closedAt: after }), created: before, versions: [v('1.0', before), v('2.0', after, { status: 'closed' })] },
  { issue: issue(5, { dueDate: '2026-05-15' }), created: before, versions: [v('1.0', before, { dueDate: '2026-05-15' })] },
  { issue: issue(6), created: before, versions: [v('1.0', before)] },
  { issue: issue(7), created: before, versions: [v('1.0', before), v('2.0', after, { ownerId: 6 }), v('3.0', '2026-05-14T10:00:00Z')] },
  { issue: issue(8, { status: 'closed', closedAt: '2026-05-01T00:00:00Z' }), created: before, versions: [v('1.0', before, { status: 'closed' })] }
];

describe('"since the last meeting" view (定例会) from item history', () => {
  test('reports creations, owner and due changes with their values at the meeting, closures and overdue issues only', () => {
    const rows = changesSinceMeeting(MEETING, NOW, FIXTURE);
    expect(rows.map((r) => [r.issue.id, r.changes])).toEqual([
      [1, ['new']],
      [2, ['ownerChanged']],
      [3, ['dueChanged']],
      [4, ['closed']],
      [5, ['overdue']]
    ]);
    expect(rows[1].ownerAtMeeting).toEqual({ id: 4, title: undefined });
    expect(rows[2].dueAtMeeting).toBe('2026-06-30');
  });

  test('the last meeting is the latest held before today (the one held today is being prepared)', () => {
    expect(lastMeetingBefore(['2026-04-13', '2026-05-11', '2026-05-18', '2026-06-08'], '2026-05-18')).toBe('2026-05-11');
    expect(lastMeetingBefore(['2026-06-08'], '2026-05-18')).toBeUndefined();
  });

  test('an issue whose list keeps no versions reports only what its current values show', () => {
    const rows = changesSinceMeeting(MEETING, NOW, [{ issue: issue(9, { owner: { id: 6, title: '' } }), created: before, versions: [] }]);
    expect(rows).toEqual([]);
  });
});
