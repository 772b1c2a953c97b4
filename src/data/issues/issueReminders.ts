import {
  IBusinessCalendar,
  IIssue,
  ILocalizedText,
  isBusinessDay,
  isBusinessTime,
  IUserRef,
  jstDateKey,
  jstDayNumber,
  dateKeyOfDayNumber,
  dayNumberOfDateKey,
  jstInstant,
  nextBusinessInstant
} from '../../domain';

/** Which reminder an issue's owner gets. */
export type IssueReminderKind = 'dueSoon' | 'overdue';

/** A reminder the notifier should send now, through its mail path. */
export interface IIssueReminder {
  issueId: number;
  kind: IssueReminderKind;
  to: IUserRef;
  dueDate: string;
  /** The instant from which the reminder is due (inside the receiver's hours). */
  dueFrom: Date;
  subject: ILocalizedText;
  body: ILocalizedText;
}

/** An open issue with when its owner was last reminded (OpsRemindedAt). */
export interface IReminderCandidate {
  issue: IIssue;
  remindedAt?: string;
}

export interface IIssueReminderOptions {
  /** Business days before the due date on which the owner is reminded (default 2). */
  leadBusinessDays?: number;
  /** Link to the issue, for the mail body. */
  linkOf?: (issueId: number) => string;
}

/** The start of the N-th business day before the due date in the receiver's calendar. */
function dueSoonFrom(cal: IBusinessCalendar, dueDate: string, lead: number): Date | undefined {
  let dn = dayNumberOfDateKey(dueDate);
  if (dn === undefined) return undefined;
  let counted = 0;
  for (let i = 0; i < 60 && counted < lead; i++) {
    dn--;
    if (isBusinessDay(cal, dateKeyOfDayNumber(dn))) counted++;
  }
  return nextBusinessInstant(cal, jstInstant(dateKeyOfDayNumber(dn)));
}

/**
 * The issue reminders due now (§8: owners keep their due dates): the owner is reminded once when the due
 * date is `leadBusinessDays` business days away, and once per day while the issue is overdue. A reminder is
 * only due inside the receiver's business hours (so nobody is mailed at midnight or on a holiday; the next
 * run inside the hours sends it), and not again when OpsRemindedAt already covers it. Resolved and closed
 * issues, and issues without an owner, get none. Pure: the notifier reads the candidates, sends through its
 * mail path and stamps OpsRemindedAt.
 */
export function issueRemindersDue(
  candidates: ReadonlyArray<IReminderCandidate>,
  now: Date,
  calendarOf: (owner: IUserRef) => IBusinessCalendar,
  options: IIssueReminderOptions = {}
): IIssueReminder[] {
  const lead = options.leadBusinessDays === undefined ? 2 : options.leadBusinessDays;
  const today = jstDateKey(now);
  const result: IIssueReminder[] = [];
  for (const { issue, remindedAt } of candidates) {
    if (issue.status === 'resolved' || issue.status === 'closed' || !issue.owner.id || !issue.dueDate) continue;
    const cal = calendarOf(issue.owner);
    if (!isBusinessTime(cal, now)) continue;
    const reminded = remindedAt ? new Date(remindedAt) : undefined;
    const link = options.linkOf ? options.linkOf(issue.id) : '';
    const due = issue.dueDate.replace(/-/g, '/');
    if (issue.dueDate < today) {
      const from = nextBusinessInstant(cal, jstInstant(today));
      if (reminded && jstDayNumber(reminded) >= jstDayNumber(now)) continue;
      result.push({
        issueId: issue.id,
        kind: 'overdue',
        to: issue.owner,
        dueDate: issue.dueDate,
        dueFrom: from,
        subject: { ja: `【期限超過】課題「${issue.title}」の期限（${due}）を過ぎています`, en: `[Overdue] Issue “${issue.title}” was due ${due}` },
        body: {
          ja: `${issue.owner.title} 様\n\n担当の課題「${issue.title}」は期限（${due}）を過ぎています。対応状況を報告するか、期限の変更を申請してください（変更には承認が必要です）。\n${link}`.trim(),
          en: `The issue “${issue.title}” you own was due ${due}. Report progress, or propose a new due date (it needs approval).\n${link}`.trim()
        }
      });
      continue;
    }
    const from = dueSoonFrom(cal, issue.dueDate, lead);
    if (!from || now.getTime() < from.getTime()) continue;
    if (reminded && reminded.getTime() >= from.getTime()) continue;
    result.push({
      issueId: issue.id,
      kind: 'dueSoon',
      to: issue.owner,
      dueDate: issue.dueDate,
      dueFrom: from,
      subject: { ja: `【期限間近】課題「${issue.title}」の期限は ${due} です`, en: `[Due soon] Issue “${issue.title}” is due ${due}` },
      body: {
        ja: `${issue.owner.title} 様\n\n担当の課題「${issue.title}」の期限は ${due} です。対応状況を報告してください。期限の変更が必要な場合は理由を添えて申請してください。\n${link}`.trim(),
        en: `The issue “${issue.title}” you own is due ${due}. Report progress; if the due date must change, propose it with a reason.\n${link}`.trim()
      }
    });
  }
  return result;
}
