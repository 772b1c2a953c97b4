import { IBusinessCalendar } from './businessCalendar';
import { IDaySchedule, scheduleOf } from './daySchedule';
import { DAY_MS, dayNumberOfDateKey, instantAt, jstDayNumber, JST_OFFSET_MS, MINUTE_MS } from './jst';

// Ten years without a single business minute means the calendar is broken (e.g. every weekday empty);
// failing loudly beats looping forever.
const MAX_SCAN_DAYS = 3660;

function noBusinessTime(cal: IBusinessCalendar): Error {
  return new RangeError('Calendar ' + cal.id + ' has no business time within ten years');
}

function msOfDay(instant: Date, dayNumber: number): number {
  return instant.getTime() + JST_OFFSET_MS - dayNumber * DAY_MS;
}

function dayNumberOf(day: Date | string): number {
  if (typeof day !== 'string') {
    return jstDayNumber(day);
  }
  const dn = dayNumberOfDateKey(day);
  if (dn === undefined) {
    throw new RangeError('Invalid date: ' + day);
  }
  return dn;
}

/** Business windows and closure reason of a JST day (a 'YYYY-MM-DD' key, or the JST day of an instant). */
export function businessScheduleOn(cal: IBusinessCalendar, day: Date | string): IDaySchedule {
  const schedule = scheduleOf(cal, dayNumberOf(day));
  // The windows are shared with the calendar's compiled cache; hand out a copy.
  return { ...schedule, windows: schedule.windows.map((w) => ({ start: w.start, end: w.end })) };
}

/** Whether the JST day has any business time in the calendar. */
export function isBusinessDay(cal: IBusinessCalendar, day: Date | string): boolean {
  return scheduleOf(cal, dayNumberOf(day)).windows.length > 0;
}

/** Whether the instant lies inside a business window (windows are half-open: 17:45 itself is closed). */
export function isBusinessTime(cal: IBusinessCalendar, instant: Date): boolean {
  const dn = jstDayNumber(instant);
  const offset = msOfDay(instant, dn);
  for (const w of scheduleOf(cal, dn).windows) {
    if (offset >= w.start && offset < w.end) {
      return true;
    }
  }
  return false;
}

/** The instant itself when it is business time, otherwise the start of the next business window. */
export function nextBusinessInstant(cal: IBusinessCalendar, from: Date): Date {
  let dn = jstDayNumber(from);
  let offset = msOfDay(from, dn);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, dn++, offset = 0) {
    for (const w of scheduleOf(cal, dn).windows) {
      if (w.end > offset) {
        return offset >= w.start ? instantAt(dn, offset) : instantAt(dn, w.start);
      }
    }
  }
  throw noBusinessTime(cal);
}

function forward(cal: IBusinessCalendar, from: Date, ms: number): Date {
  let dn = jstDayNumber(from);
  let offset = msOfDay(from, dn);
  let remaining = ms;
  for (let i = 0; i < MAX_SCAN_DAYS; i++, dn++, offset = 0) {
    for (const w of scheduleOf(cal, dn).windows) {
      if (w.end <= offset) {
        continue;
      }
      const start = Math.max(w.start, offset);
      const available = w.end - start;
      // "<=" lets a due time land exactly on the closing time (17:45), which is what a user expects.
      if (remaining <= available) {
        return instantAt(dn, start + remaining);
      }
      remaining -= available;
    }
  }
  throw noBusinessTime(cal);
}

function backward(cal: IBusinessCalendar, from: Date, ms: number): Date {
  let dn = jstDayNumber(from);
  let offset = msOfDay(from, dn);
  let remaining = ms;
  for (let i = 0; i < MAX_SCAN_DAYS; i++, dn--, offset = DAY_MS) {
    const windows = scheduleOf(cal, dn).windows;
    for (let k = windows.length - 1; k >= 0; k--) {
      const w = windows[k];
      if (w.start >= offset) {
        continue;
      }
      const end = Math.min(w.end, offset);
      const available = end - w.start;
      if (remaining <= available) {
        return instantAt(dn, end - remaining);
      }
      remaining -= available;
    }
  }
  throw noBusinessTime(cal);
}

/**
 * Moves by business minutes. Positive minutes go forward and may end exactly at a window's closing time;
 * negative minutes go back (used for reminders before a due time); zero returns the clock start, i.e.
 * {@link nextBusinessInstant}. Steps a window at a time, so spans of months cost a few hundred iterations.
 */
export function addBusinessMinutes(cal: IBusinessCalendar, from: Date, minutes: number): Date {
  if (!isFinite(minutes)) {
    throw new RangeError('minutes must be finite');
  }
  if (minutes === 0) {
    return nextBusinessInstant(cal, from);
  }
  return minutes > 0 ? forward(cal, from, minutes * MINUTE_MS) : backward(cal, from, -minutes * MINUTE_MS);
}

/** Business milliseconds in [a, b); negative when b is before a. */
export function businessMillisBetween(cal: IBusinessCalendar, a: Date, b: Date): number {
  if (b.getTime() < a.getTime()) {
    return -businessMillisBetween(cal, b, a);
  }
  const firstDay = jstDayNumber(a);
  const lastDay = jstDayNumber(b);
  const startOffset = msOfDay(a, firstDay);
  const endOffset = msOfDay(b, lastDay);
  let total = 0;
  for (let dn = firstDay; dn <= lastDay; dn++) {
    const lo = dn === firstDay ? startOffset : 0;
    const hi = dn === lastDay ? endOffset : DAY_MS;
    for (const w of scheduleOf(cal, dn).windows) {
      const overlap = Math.min(w.end, hi) - Math.max(w.start, lo);
      if (overlap > 0) {
        total += overlap;
      }
    }
  }
  return total;
}

/** Business minutes in [a, b), possibly fractional; negative when b is before a. */
export function businessMinutesBetween(cal: IBusinessCalendar, a: Date, b: Date): number {
  return businessMillisBetween(cal, a, b) / MINUTE_MS;
}

function endOfDay(schedule: IDaySchedule): Date {
  return instantAt(schedule.dayNumber, schedule.windows[schedule.windows.length - 1].end);
}

/**
 * The close of business on the N-th business day after the JST day of `from` (「N営業日以内」).
 * The starting day itself is not counted (翌営業日起算, as in Japanese deadline practice), so an inquiry
 * received Friday 18:30 or Friday 10:00 with "1 business day" is due Monday at closing time, whatever the
 * time of receipt. days = 0 means the close of the current business day ("本日中"), or of the next business
 * day when no business time is left today.
 */
export function addBusinessDays(cal: IBusinessCalendar, from: Date, days: number): Date {
  if (days < 0 || Math.floor(days) !== days) {
    throw new RangeError('days must be a non-negative integer');
  }
  let dn = jstDayNumber(from);
  if (days === 0) {
    const today = scheduleOf(cal, dn);
    if (today.windows.length > 0 && msOfDay(from, dn) < today.windows[today.windows.length - 1].end) {
      return endOfDay(today);
    }
    days = 1;
  }
  let counted = 0;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    dn++;
    const schedule = scheduleOf(cal, dn);
    if (schedule.windows.length > 0) {
      counted++;
      if (counted === days) {
        return endOfDay(schedule);
      }
    }
  }
  throw noBusinessTime(cal);
}
