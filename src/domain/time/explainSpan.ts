import { ILocalizedText, Locale } from '../vocabulary/localizedText';
import { IBusinessCalendar } from './businessCalendar';
import { IDaySchedule, scheduleOf } from './daySchedule';
import { IJapaneseHoliday } from './japaneseHolidays';
import { DAY_MS, instantAt, jstDayNumber, JST_OFFSET_MS, pad2, toJst } from './jst';
import { NON_BUSINESS_REASON_LABELS, NonBusinessReason } from './nonBusinessReason';

/** A stretch of non-business time inside a span, with why it does not count. */
export interface ISpanSegment {
  start: Date;
  end: Date;
  reason: NonBusinessReason;
  /** Localized reason; names the holiday for a public holiday. */
  label: ILocalizedText;
  holiday?: IJapaneseHoliday;
}

function labelFor(schedule: IDaySchedule, reason: NonBusinessReason): ILocalizedText {
  const base = NON_BUSINESS_REASON_LABELS[reason];
  if (reason === 'holiday' && schedule.holiday) {
    return {
      ja: base.ja + '(' + schedule.holiday.name.ja + ')',
      en: base.en + ' (' + schedule.holiday.name.en + ')',
    };
  }
  return base;
}

function push(segments: ISpanSegment[], next: ISpanSegment): void {
  const last = segments.length > 0 ? segments[segments.length - 1] : undefined;
  // Saturday + Sunday, or 12/29 … 1/3, read better as one line than one per day.
  if (last && last.end.getTime() === next.start.getTime() && last.reason === next.reason && last.label.ja === next.label.ja) {
    last.end = next.end;
    return;
  }
  segments.push(next);
}

/**
 * The non-business stretches between a and b, in order, each with its reason (after hours, weekend,
 * holiday with its name, year-end closure, ward closure), for the SLA badge tooltip. Adjacent stretches
 * with the same reason are merged. Steps a day at a time.
 */
export function explainSpan(cal: IBusinessCalendar, a: Date, b: Date): ISpanSegment[] {
  const segments: ISpanSegment[] = [];
  if (b.getTime() <= a.getTime()) {
    return segments;
  }
  const firstDay = jstDayNumber(a);
  const lastDay = jstDayNumber(b);
  for (let dn = firstDay; dn <= lastDay; dn++) {
    const lo = dn === firstDay ? a.getTime() + JST_OFFSET_MS - dn * DAY_MS : 0;
    const hi = dn === lastDay ? b.getTime() + JST_OFFSET_MS - dn * DAY_MS : DAY_MS;
    if (hi <= lo) {
      continue;
    }
    const schedule = scheduleOf(cal, dn);
    if (schedule.closedReason) {
      const segment: ISpanSegment = {
        start: instantAt(dn, lo),
        end: instantAt(dn, hi),
        reason: schedule.closedReason,
        label: labelFor(schedule, schedule.closedReason),
      };
      if (schedule.holiday) {
        segment.holiday = schedule.holiday;
      }
      push(segments, segment);
      continue;
    }
    let cursor = 0;
    const gaps: { start: number; end: number }[] = [];
    for (const w of schedule.windows) {
      gaps.push({ start: cursor, end: w.start });
      cursor = w.end;
    }
    gaps.push({ start: cursor, end: DAY_MS });
    for (const gap of gaps) {
      const start = Math.max(gap.start, lo);
      const end = Math.min(gap.end, hi);
      if (end > start) {
        push(segments, { start: instantAt(dn, start), end: instantAt(dn, end), reason: 'afterHours', label: NON_BUSINESS_REASON_LABELS.afterHours });
      }
    }
  }
  return segments;
}

const WEEKDAYS: { [L in Locale]: string[] } = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

function formatPoint(instant: Date, locale: Locale): string {
  const p = toJst(instant);
  const day = p.month + '/' + p.day;
  const weekday = locale === 'ja' ? '(' + WEEKDAYS.ja[p.weekday] + ')' : ' ' + WEEKDAYS.en[p.weekday];
  return day + weekday + ' ' + pad2(p.hour) + ':' + pad2(p.minute);
}

/** One tooltip line, e.g. 「5/3(日) 00:00～5/4(月) 00:00 祝日(憲法記念日)」 (JST). */
export function formatSpanSegment(segment: ISpanSegment, locale: Locale): string {
  const separator = locale === 'ja' ? '～' : ' – ';
  return formatPoint(segment.start, locale) + separator + formatPoint(segment.end, locale) + ' ' + segment.label[locale];
}
