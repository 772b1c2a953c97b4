import { IBusinessCalendar } from '../time/businessCalendar';
import { addBusinessMinutes, businessMillisBetween } from '../time/businessClock';
import { MINUTE_MS } from '../time/jst';

/** A stop of the SLA clock as instants; `to` absent while it lasts. */
export interface IClockPause {
  from: Date;
  to?: Date;
}

/** Where an SLA clock stands: its due time, or the business time it had left when an open pause began. */
export interface IClockDue {
  /** Absent while the clock is stopped by an open pause. */
  due?: Date;
  /** Business milliseconds left when the open pause began; 0 when `due` is set. */
  remainingAtPauseMs: number;
  /** Business milliseconds of pauses that extended the due time. */
  pausedMs: number;
  openPauseFrom?: Date;
}

/**
 * Due time of a clock that starts at `start` and needs `targetMs` business milliseconds, extended by
 * the business time of pauses that begin before it falls due. A pause that starts after the due time
 * does not help: the clock had already run out.
 */
export function computeClockDue(cal: IBusinessCalendar, start: Date, targetMs: number, pauses: ReadonlyArray<IClockPause>): IClockDue {
  const sorted = pauses.slice().sort((a, b) => a.from.getTime() - b.from.getTime());
  let clock = start;
  let remaining = targetMs;
  let pausedMs = 0;
  for (const p of sorted) {
    if (p.to && p.to.getTime() <= clock.getTime()) {
      continue;
    }
    if (p.from.getTime() > clock.getTime()) {
      const candidate = addBusinessMinutes(cal, clock, remaining / MINUTE_MS);
      if (candidate.getTime() <= p.from.getTime()) {
        return { due: candidate, remainingAtPauseMs: 0, pausedMs };
      }
      remaining -= businessMillisBetween(cal, clock, p.from);
      clock = p.from;
    }
    if (!p.to) {
      return { remainingAtPauseMs: remaining, pausedMs, openPauseFrom: p.from };
    }
    pausedMs += businessMillisBetween(cal, clock, p.to);
    clock = p.to;
  }
  return { due: addBusinessMinutes(cal, clock, remaining / MINUTE_MS), remainingAtPauseMs: 0, pausedMs };
}
