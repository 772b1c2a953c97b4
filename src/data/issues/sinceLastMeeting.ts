import { IIssue, jstDateKey } from '../../domain';
import { IIssueVersion } from './issueHistory';

/** What happened to an issue between the last periodic meeting (定例会) and now. */
export type MeetingChange = 'new' | 'overdue' | 'ownerChanged' | 'dueChanged' | 'closed';

/** An issue with its item history, as the "since the last meeting" view reads it. */
export interface IIssueWithHistory {
  issue: IIssue;
  /** ISO 8601 instant the item was created. */
  created?: string;
  /** The item's versions (any order); empty when the list keeps no versions. */
  versions: ReadonlyArray<IIssueVersion>;
}

/** One row of the view: the issue, what changed, and the values it had at the meeting. */
export interface IMeetingRow {
  issue: IIssue;
  changes: MeetingChange[];
  ownerAtMeeting?: { id: number; title?: string };
  dueAtMeeting?: string;
}

const DONE = ['resolved', 'closed'];

/** The latest meeting date strictly before today (the meeting held today is the one being prepared). */
export function lastMeetingBefore(meetingDates: ReadonlyArray<string>, today: string): string | undefined {
  let best: string | undefined;
  for (const d of meetingDates) {
    if (d < today && (!best || d > best)) best = d;
  }
  return best;
}

/**
 * The periodic meeting's delta, from item history: raised since the meeting; overdue now; owner or due date
 * different from the value the issue had when the meeting started (its last version saved before then);
 * closed since the meeting. A change made and reverted between two meetings is not a change. Issues with
 * nothing to report are left out; rows keep the caller's order.
 */
export function changesSinceMeeting(meetingStart: Date, now: Date, candidates: ReadonlyArray<IIssueWithHistory>): IMeetingRow[] {
  const since = meetingStart.getTime();
  const today = jstDateKey(now);
  const rows: IMeetingRow[] = [];
  for (const c of candidates) {
    const issue = c.issue;
    const changes: MeetingChange[] = [];
    const created = c.created ? new Date(c.created).getTime() : NaN;
    const isNew = !isNaN(created) && created >= since;
    if (isNew) changes.push('new');
    if (DONE.indexOf(issue.status) < 0 && issue.dueDate !== '' && issue.dueDate < today) changes.push('overdue');
    const row: IMeetingRow = { issue, changes };
    if (!isNew) {
      let baseline: IIssueVersion | undefined;
      for (const v of c.versions) {
        const at = new Date(v.at).getTime();
        if (at < since && (!baseline || at > new Date(baseline.at).getTime())) baseline = v;
      }
      if (baseline) {
        if (baseline.ownerId !== undefined && baseline.ownerId !== issue.owner.id) {
          changes.push('ownerChanged');
          row.ownerAtMeeting = { id: baseline.ownerId, title: baseline.ownerName };
        }
        if (baseline.dueDate !== undefined && baseline.dueDate !== issue.dueDate) {
          changes.push('dueChanged');
          row.dueAtMeeting = baseline.dueDate;
        }
      }
    }
    if (issue.status === 'closed' && issue.closedAt && new Date(issue.closedAt).getTime() >= since) changes.push('closed');
    if (changes.length > 0) rows.push(row);
  }
  return rows;
}
