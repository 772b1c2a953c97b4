import { IBusinessCalendar, ITimeWindow } from './businessCalendar';
import { IJapaneseHoliday, japaneseHolidayOn } from './japaneseHolidays';
import { dateKeyOfDayNumber, MINUTE_MS, parseClockTime, weekdayOfDayNumber } from './jst';
import { NonBusinessReason } from './nonBusinessReason';

/** A business window of one day in milliseconds after JST midnight, half-open [start, end). */
export interface IDayWindow {
  start: number;
  end: number;
}

/** A calendar's business time on one JST day. */
export interface IDaySchedule {
  dayNumber: number;
  dateKey: string;
  weekday: number;
  /** Sorted, non-overlapping; empty when the whole day is closed. */
  windows: IDayWindow[];
  /** Why the whole day is closed; absent on a day with business windows. */
  closedReason?: NonBusinessReason;
  holiday?: IJapaneseHoliday;
}

interface ICompiledCalendar {
  weekly: IDayWindow[][];
  closures: { [dateKey: string]: true };
  workingDays: { [dateKey: string]: true };
  standardDay: IDayWindow[];
}

const compiled = new WeakMap<IBusinessCalendar, ICompiledCalendar>();

function compileWindows(windows: ReadonlyArray<ITimeWindow>, calendarId: string): IDayWindow[] {
  const parsed: IDayWindow[] = [];
  for (const w of windows) {
    const start = parseClockTime(w.start);
    const end = parseClockTime(w.end);
    if (start === undefined || end === undefined || end <= start) {
      throw new RangeError('Calendar ' + calendarId + ' has an invalid window ' + w.start + '-' + w.end);
    }
    parsed.push({ start: start * MINUTE_MS, end: end * MINUTE_MS });
  }
  parsed.sort((a, b) => a.start - b.start);
  const merged: IDayWindow[] = [];
  for (const w of parsed) {
    const last = merged.length > 0 ? merged[merged.length - 1] : undefined;
    if (last && w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
    } else {
      merged.push({ start: w.start, end: w.end });
    }
  }
  return merged;
}

function toSet(keys: ReadonlyArray<string> | undefined): { [dateKey: string]: true } {
  const set: { [dateKey: string]: true } = {};
  for (const k of keys || []) {
    set[k] = true;
  }
  return set;
}

function compile(cal: IBusinessCalendar): ICompiledCalendar {
  const cached = compiled.get(cal);
  if (cached) {
    return cached;
  }
  if (cal.weekly.length !== 7) {
    throw new RangeError('Calendar ' + cal.id + ' must define windows for 7 weekdays');
  }
  const weekly: IDayWindow[][] = [];
  for (let i = 0; i < 7; i++) {
    weekly.push(compileWindows(cal.weekly[i], cal.id));
  }
  let standardDay: IDayWindow[] = [];
  for (const i of [1, 2, 3, 4, 5, 6, 0]) {
    if (weekly[i].length > 0) {
      standardDay = weekly[i];
      break;
    }
  }
  const result: ICompiledCalendar = {
    weekly,
    closures: toSet(cal.extraClosures),
    workingDays: toSet(cal.extraWorkingDays),
    standardDay,
  };
  compiled.set(cal, result);
  return result;
}

function isYearEnd(dateKey: string): boolean {
  const monthDay = dateKey.substring(5);
  return monthDay >= '12-29' || monthDay <= '01-03';
}

/** Business windows of a calendar on one JST day, or the reason the day is closed. */
export function scheduleOf(cal: IBusinessCalendar, dayNumber: number): IDaySchedule {
  const c = compile(cal);
  const dateKey = dateKeyOfDayNumber(dayNumber);
  const weekday = weekdayOfDayNumber(dayNumber);
  const base: IDaySchedule = { dayNumber, dateKey, weekday, windows: c.weekly[weekday] };
  const holiday = cal.observeJapaneseHolidays ? japaneseHolidayOn(dateKey) : undefined;
  if (c.workingDays[dateKey]) {
    base.windows = base.windows.length > 0 ? base.windows : c.standardDay;
    return base;
  }
  // Precedence: the most specific explanation wins (1/1 reads as 年末年始, not 元日).
  let reason: NonBusinessReason | undefined;
  if (cal.yearEndClosure && isYearEnd(dateKey)) {
    reason = 'yearEndClosure';
  } else if (holiday) {
    reason = 'holiday';
  } else if (c.closures[dateKey]) {
    reason = 'wardClosure';
  } else if (base.windows.length === 0) {
    reason = weekday === 0 || weekday === 6 ? 'weekend' : 'noServiceDay';
  }
  if (reason === undefined) {
    return base;
  }
  const closed: IDaySchedule = { dayNumber, dateKey, weekday, windows: [], closedReason: reason };
  if (reason === 'holiday') {
    closed.holiday = holiday;
  }
  return closed;
}
