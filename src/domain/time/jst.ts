/**
 * Asia/Tokyo arithmetic. Japan has had a fixed UTC+9 offset without daylight saving since 1951, so a JST
 * wall-clock value is computed from the UTC instant by adding nine hours and reading the UTC fields. The
 * machine's own time zone is never consulted: CI runs in UTC and browsers in JST, and both must agree.
 */

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const JST_OFFSET_MS = 9 * HOUR_MS;

/** Wall-clock fields of an instant in Asia/Tokyo. */
export interface IJstParts {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  hour: number;
  minute: number;
  /** Milliseconds since JST midnight. */
  msOfDay: number;
  /** 'YYYY-MM-DD'. */
  dateKey: string;
  /** Days since 1970-01-01 in JST; a compact key for day stepping. */
  dayNumber: number;
}

const DATE_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/** JST day number (days since 1970-01-01 JST) of an instant. */
export function jstDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + JST_OFFSET_MS) / DAY_MS);
}

export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return mod(dayNumber + 4, 7);
}

export function dateKeyOfDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  return d.getUTCFullYear() + '-' + pad2(d.getUTCMonth() + 1) + '-' + pad2(d.getUTCDate());
}

/** Parses a strict 'YYYY-MM-DD' calendar date; undefined when malformed or not a real date (e.g. 02-30). */
export function dayNumberOfDateKey(dateKey: string): number | undefined {
  const m = DATE_KEY_PATTERN.exec(dateKey);
  if (!m) {
    return undefined;
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.floor(ms / DAY_MS);
}

export function isValidDateKey(dateKey: string): boolean {
  return dayNumberOfDateKey(dateKey) !== undefined;
}

/** Wall-clock fields of an instant in Asia/Tokyo. */
export function toJst(instant: Date): IJstParts {
  const shifted = new Date(instant.getTime() + JST_OFFSET_MS);
  const dayNumber = jstDayNumber(instant);
  const msOfDay = shifted.getTime() - dayNumber * DAY_MS;
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    msOfDay,
    dateKey: dateKeyOfDayNumber(dayNumber),
    dayNumber,
  };
}

/** 'YYYY-MM-DD' of an instant in Asia/Tokyo. */
export function jstDateKey(instant: Date): string {
  return dateKeyOfDayNumber(jstDayNumber(instant));
}

/** The instant at the given JST day number and milliseconds after JST midnight (may be 24:00). */
export function instantAt(dayNumber: number, msOfDay: number): Date {
  return new Date(dayNumber * DAY_MS + msOfDay - JST_OFFSET_MS);
}

/** The instant of a JST wall-clock time, e.g. jstInstant('2026-05-01', '08:30'). */
export function jstInstant(dateKey: string, time: string = '00:00'): Date {
  const dayNumber = dayNumberOfDateKey(dateKey);
  const minutes = parseClockTime(time);
  if (dayNumber === undefined || minutes === undefined) {
    throw new RangeError('Invalid JST date/time: ' + dateKey + ' ' + time);
  }
  return instantAt(dayNumber, minutes * MINUTE_MS);
}

/** Parses 'HH:mm' (00:00-24:00) to minutes after midnight; undefined when malformed. */
export function parseClockTime(time: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) {
    return undefined;
  }
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) {
    return undefined;
  }
  return h * 60 + min;
}

/** 'YYYY-MM-DD HH:mm' in Asia/Tokyo, for messages and logs. */
export function formatJst(instant: Date): string {
  const p = toJst(instant);
  return p.dateKey + ' ' + pad2(p.hour) + ':' + pad2(p.minute);
}

/** Parses an ISO 8601 instant; throws on garbage so a bad stored value is not silently treated as 1970. */
export function parseInstant(iso: string): Date {
  const d = new Date(iso);
  if (isNaN(d.getTime())) {
    throw new RangeError('Invalid ISO instant: ' + iso);
  }
  return d;
}
