import type { IInquiry, IUserRef } from '../../../src/domain/entities';
import { reminderTime, slaState } from '../../../src/domain/sla';
import type { IBusinessCalendar } from '../../../src/domain/time';
import { DAY_MS, jstDateKey, jstInstant } from '../../../src/domain/time';
import type { IssueArea, IssueStatus } from '../../../src/domain/vocabulary';
import { vendorGroupKey } from '../../../src/schema';
import type { IInquirySla, Recipient } from './inquiry';
import { recipientKey } from './inquiry';
import type { IMailContent } from './mails';

/**
 * What a reminder rule wants done at `now`. Mails go through the delivery log (exactly once per key) and only
 * while `receiverCalendar` says the receiver is at work; a mail outside those hours is deferred, and the
 * next sweep decides again. Updates and audit entries run after the mail is delivered (or at once when the
 * action list has no mail).
 */
export type ReminderAction =
  | { type: 'mail'; deliveryKey: string; kind: string; to: Recipient; receiverCalendar?: IBusinessCalendar; itemRef: string; mail: IMailContent }
  | { type: 'update'; listKey: string; itemId: number; values: Record<string, string | number | boolean | null> }
  | { type: 'audit'; listKey: string; itemId: number; action: string; summary: string; detail?: string };

/**
 * A reminder rule of the generic engine: `load` reads the candidates (threshold-safe, on indexed columns) and
 * `decide` says, purely, what is due for one of them at `now`. Rules are idempotent: the delivery key makes a
 * repeated decision harmless, so the sweep needs no memory of its own.
 */
export interface IReminderRule<T = unknown> {
  key: string;
  load(now: Date): Promise<T[]>;
  decide(entity: T, now: Date): ReminderAction[] | Promise<ReminderAction[]>;
}

// ------------------------------------------------------------------------------------------ inquiries

export interface IInquiryReminderEnv {
  sla: IInquirySla;
  /** The assignee's (operator's) hours: reminders go only inside them. Defaults to the answering calendar. */
  receiverCalendar?: IBusinessCalendar;
  /** The ICT center's hours: escalations go only inside them. */
  ictCalendar: IBusinessCalendar;
  mail(kind: 'reminder' | 'escalation', inquiry: IInquiry, due: Date): IMailContent;
}

/** What the item records about reminders already sent (the delivery log stays the gate; these save queries). */
export interface IReminderMarks {
  remindedAt?: Date;
  escalatedAt?: Date;
}

/**
 * First-response reminders (§16 放置防止): remind the assignee (or the vendor group) from the reminder time
 * until the due time, and escalate to the ICT center once the clock is breached; nothing once a first
 * response, a resolution or a closure stopped the clock, or while it is paused.
 */
export function decideInquiryReminder(inquiry: IInquiry, now: Date, env: IInquiryReminderEnv, marks: IReminderMarks = {}): ReminderAction[] {
  const receiverCalendar = env.receiverCalendar || env.sla.calendar;
  const status = slaState(now, inquiry, env.sla.target, env.sla.calendar, { receiverCalendar });
  if (status.stoppedAt || !status.due || status.state === 'paused' || status.state === 'met') return [];
  const due = status.due;
  const itemRef = `inquiries:${inquiry.id}`;
  if (status.state === 'breached') {
    if (marks.escalatedAt && marks.escalatedAt.getTime() >= due.getTime()) return [];
    return [
      {
        type: 'mail', kind: 'inquiryEscalation', deliveryKey: `escalate|inquiries|${inquiry.id}|${due.toISOString()}`,
        to: { group: 'ictCenter' }, receiverCalendar: env.ictCalendar, itemRef, mail: env.mail('escalation', inquiry, due)
      },
      { type: 'update', listKey: 'inquiries', itemId: inquiry.id, values: { escalatedAt: now.toISOString() } }
    ];
  }
  const remindAt = status.reminderAt || reminderTime(due, receiverCalendar);
  if (now.getTime() < remindAt.getTime()) return [];
  if (marks.remindedAt && marks.remindedAt.getTime() >= remindAt.getTime()) return [];
  const to: Recipient = inquiry.assignee
    ? { user: inquiry.assignee }
    : inquiry.vendorKey ? { group: vendorGroupKey(inquiry.vendorKey) } : { group: 'ictCenter' };
  return [
    {
      type: 'mail', kind: 'inquiryReminder', deliveryKey: `remind|inquiries|${inquiry.id}|${recipientKey(to)}|${due.toISOString()}`,
      to, receiverCalendar, itemRef, mail: env.mail('reminder', inquiry, due)
    },
    { type: 'update', listKey: 'inquiries', itemId: inquiry.id, values: { remindedAt: now.toISOString() } }
  ];
}

// ------------------------------------------------------------------------------------------ issues

/** The issue fields the due-date reminders read. */
export interface IIssueDueFacts {
  id: number;
  title: string;
  area?: IssueArea;
  status: IssueStatus;
  owner?: IUserRef;
  /** 'YYYY-MM-DD' JST. */
  dueDate?: string;
}

export interface IIssueReminderEnv {
  /** The owner's hours. */
  ownerCalendar: IBusinessCalendar;
  /** Business minutes before the end of the due date at which the owner is reminded (default: two office days). */
  leadMinutes?: number;
  mail(kind: 'dueSoon' | 'overdue', issue: IIssueDueFacts): IMailContent;
}

export const DEFAULT_ISSUE_LEAD_MINUTES = 2 * 525;

/** End of a JST calendar date (midnight after it). */
export function endOfDateKey(dateKey: string): Date {
  return new Date(jstInstant(dateKey).getTime() + DAY_MS);
}

/**
 * Issue owners (§8 every issue has an owner and a due date): one reminder before the due date, one notice
 * once it has passed, per due date (a new agreed due date starts over); nothing for resolved or closed issues.
 */
export function decideIssueReminder(issue: IIssueDueFacts, now: Date, env: IIssueReminderEnv): ReminderAction[] {
  if (!issue.owner || !issue.dueDate || issue.status === 'resolved' || issue.status === 'closed') return [];
  const end = endOfDateKey(issue.dueDate);
  const itemRef = `issues:${issue.id}`;
  const to: Recipient = { user: issue.owner };
  if (now.getTime() >= end.getTime()) {
    return [
      {
        type: 'mail', kind: 'issueOverdue', deliveryKey: `issueOverdue|issues|${issue.id}|u${issue.owner.id}|${issue.dueDate}`,
        to, receiverCalendar: env.ownerCalendar, itemRef, mail: env.mail('overdue', issue)
      }
    ];
  }
  const remindAt = reminderTime(end, env.ownerCalendar, env.leadMinutes !== undefined ? env.leadMinutes : DEFAULT_ISSUE_LEAD_MINUTES);
  if (now.getTime() < remindAt.getTime()) return [];
  return [
    {
      type: 'mail', kind: 'issueDueSoon', deliveryKey: `issueDue|issues|${issue.id}|u${issue.owner.id}|${issue.dueDate}`,
      to, receiverCalendar: env.ownerCalendar, itemRef, mail: env.mail('dueSoon', issue)
    },
    { type: 'update', listKey: 'issues', itemId: issue.id, values: { remindedAt: now.toISOString() } }
  ];
}

/** Today's JST date key, for rules keyed by day. */
export function todayKey(now: Date): string {
  return jstDateKey(now);
}
