import { IInquiry } from '../entities/inquiry';
import { IBusinessCalendar } from '../time/businessCalendar';
import { businessMillisBetween } from '../time/businessClock';
import { MINUTE_MS, parseInstant } from '../time/jst';
import { computeClockDue, IClockPause } from './clockDue';
import { reminderTime } from './reminder';
import { DEFAULT_DUE_SOON_MINUTES, DEFAULT_REMINDER_LEAD_MINUTES, ISlaTarget } from './slaTarget';

/** State of an SLA clock as a badge shows it. */
export type SlaClockState = 'onTrack' | 'dueSoon' | 'breached' | 'met' | 'paused';

/** Where an inquiry's SLA clock stands at a given instant. */
export interface ISlaStatus {
  state: SlaClockState;
  /** Absent while paused (the due time is not known until the requester replies). */
  due?: Date;
  /** Business minutes left until due; negative once overdue; frozen while paused. */
  remainingBusinessMinutes: number;
  targetMinutes: number;
  /** Business minutes the pauses added to the target. */
  pausedBusinessMinutes: number;
  /** When to remind the assignee: inside the receiver's hours, the lead time before due. */
  reminderAt?: Date;
  /** When the clock was stopped by the response (or resolution); absent while running. */
  stoppedAt?: Date;
}

/** Options of {@link slaState}. */
export interface ISlaOptions {
  /** Calendar of the person reminded; defaults to the answering calendar. */
  receiverCalendar?: IBusinessCalendar;
}

function pausesOf(inquiry: IInquiry, before: Date): IClockPause[] {
  const result: IClockPause[] = [];
  for (const p of inquiry.pauses) {
    const from = parseInstant(p.from);
    if (from.getTime() >= before.getTime()) {
      continue;
    }
    const pause: IClockPause = { from };
    if (p.to !== undefined) {
      pause.to = parseInstant(p.to);
    }
    result.push(pause);
  }
  return result;
}

function firstDefined(...values: (string | undefined)[]): Date | undefined {
  for (const v of values) {
    if (v !== undefined && v !== '') {
      return parseInstant(v);
    }
  }
  return undefined;
}

function clockState(
  now: Date,
  inquiry: IInquiry,
  targetMinutes: number,
  stoppedAt: Date | undefined,
  target: ISlaTarget,
  cal: IBusinessCalendar,
  options: ISlaOptions
): ISlaStatus {
  const receivedAt = parseInstant(inquiry.receivedAt);
  const until = stoppedAt || now;
  const computed = computeClockDue(cal, receivedAt, targetMinutes * MINUTE_MS, pausesOf(inquiry, until));
  const pausedBusinessMinutes = computed.pausedMs / MINUTE_MS;
  if (!computed.due) {
    return {
      state: stoppedAt ? 'met' : 'paused',
      remainingBusinessMinutes: computed.remainingAtPauseMs / MINUTE_MS,
      targetMinutes,
      pausedBusinessMinutes,
      stoppedAt,
    };
  }
  const due = computed.due;
  const reminderCal = options.receiverCalendar || cal;
  const lead = target.reminderLeadMinutes !== undefined ? target.reminderLeadMinutes : DEFAULT_REMINDER_LEAD_MINUTES;
  const status: ISlaStatus = {
    state: 'onTrack',
    due,
    remainingBusinessMinutes: businessMillisBetween(cal, until, due) / MINUTE_MS,
    targetMinutes,
    pausedBusinessMinutes,
    reminderAt: reminderTime(due, reminderCal, lead),
  };
  if (stoppedAt) {
    status.stoppedAt = stoppedAt;
    status.state = stoppedAt.getTime() <= due.getTime() ? 'met' : 'breached';
    return status;
  }
  const dueSoon = target.dueSoonMinutes !== undefined ? target.dueSoonMinutes : DEFAULT_DUE_SOON_MINUTES;
  if (now.getTime() > due.getTime()) {
    status.state = 'breached';
  } else if (status.remainingBusinessMinutes <= dueSoon) {
    status.state = 'dueSoon';
  }
  return status;
}

/**
 * The first-response clock (§16 問い合わせ受領から一次回答までのリードタイム): starts at receipt, runs in the
 * answering calendar's business time, stops while waiting on the requester, and stops for good at the first
 * response (a resolution or closure without one counts as the response). `met`/`breached` are final once
 * stopped; a running clock is `breached` strictly after its due time.
 */
export function slaState(now: Date, inquiry: IInquiry, target: ISlaTarget, cal: IBusinessCalendar, options: ISlaOptions = {}): ISlaStatus {
  const stoppedAt = firstDefined(inquiry.firstRespondedAt, inquiry.resolvedAt, inquiry.closedAt);
  return clockState(now, inquiry, target.firstResponseMinutes, stoppedAt, target, cal, options);
}

/** The resolution clock, on the same rules; undefined when the target defines no resolution time. */
export function resolutionSlaState(
  now: Date,
  inquiry: IInquiry,
  target: ISlaTarget,
  cal: IBusinessCalendar,
  options: ISlaOptions = {}
): ISlaStatus | undefined {
  if (target.resolutionMinutes === undefined) {
    return undefined;
  }
  const stoppedAt = firstDefined(inquiry.resolvedAt, inquiry.closedAt);
  return clockState(now, inquiry, target.resolutionMinutes, stoppedAt, target, cal, options);
}

/** First-response due time from receipt, target and pauses; undefined while an open pause stops the clock. */
export function firstResponseDue(
  receivedAt: Date,
  targetMinutes: number,
  cal: IBusinessCalendar,
  pauses: ReadonlyArray<IClockPause> = []
): Date | undefined {
  return computeClockDue(cal, receivedAt, targetMinutes * MINUTE_MS, pauses).due;
}

/** Whether the first response is overdue (still unanswered after its due time, or answered late). */
export function isFirstResponseBreached(now: Date, inquiry: IInquiry, target: ISlaTarget, cal: IBusinessCalendar): boolean {
  return slaState(now, inquiry, target, cal).state === 'breached';
}

/**
 * Whether an unanswered inquiry became overdue in (since, now]: the notifier escalates exactly once per
 * breach when it polls, without remembering which inquiries it already escalated.
 */
export function breachedSince(since: Date, now: Date, inquiry: IInquiry, target: ISlaTarget, cal: IBusinessCalendar): boolean {
  const status = slaState(now, inquiry, target, cal);
  return status.state === 'breached' && !status.stoppedAt && status.due !== undefined && status.due.getTime() >= since.getTime();
}
