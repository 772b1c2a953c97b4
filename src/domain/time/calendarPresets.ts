import { IBusinessCalendar, ITimeWindow } from './businessCalendar';

const OFFICE_DAY: ITimeWindow[] = [{ start: '09:00', end: '17:45' }];
const AVAILABILITY_DAY: ITimeWindow[] = [{ start: '05:00', end: '22:00' }];
const WHOLE_DAY: ITimeWindow[] = [{ start: '00:00', end: '24:00' }];

/** The ward's office hours: weekdays 9:00–17:45, closed on public holidays and 12/29–1/3. */
export const OFFICE_HOURS_CALENDAR: IBusinessCalendar = {
  id: 'officeHours',
  name: { ja: '開庁時間(平日 9:00～17:45)', en: 'Office hours (weekdays 9:00–17:45)' },
  weekly: [[], OFFICE_DAY, OFFICE_DAY, OFFICE_DAY, OFFICE_DAY, OFFICE_DAY, []],
  observeJapaneseHolidays: true,
  yearEndClosure: true,
  extraClosures: [],
};

/**
 * The system availability window of §27 (システム利用可能時間 5:00–22:00), every day.
 * Holidays and the year-end closure do not apply: §27 defines when the systems are usable to match the
 * 5:00–22:00 flex-time rule and pushes batch maintenance outside that window on every day; it names no
 * closed days and even asks to extend the window in busy periods. A holiday is therefore still time the
 * systems must be up, and an availability SLA measured on this calendar counts it.
 */
export const SYSTEM_AVAILABILITY_CALENDAR: IBusinessCalendar = {
  id: 'systemAvailability',
  name: { ja: 'システム利用可能時間(毎日 5:00～22:00)', en: 'System availability (daily 5:00–22:00)' },
  weekly: [AVAILABILITY_DAY, AVAILABILITY_DAY, AVAILABILITY_DAY, AVAILABILITY_DAY, AVAILABILITY_DAY, AVAILABILITY_DAY, AVAILABILITY_DAY],
  observeJapaneseHolidays: false,
  yearEndClosure: false,
  extraClosures: [],
};

/** Round the clock, every day (24x7 monitoring contracts). */
export const ALWAYS_CALENDAR: IBusinessCalendar = {
  id: 'always',
  name: { ja: '24時間365日', en: '24x7' },
  weekly: [WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, WHOLE_DAY],
  observeJapaneseHolidays: false,
  yearEndClosure: false,
  extraClosures: [],
};

/** The presets, in the order a settings picker shows them. */
export const CALENDAR_PRESETS: ReadonlyArray<IBusinessCalendar> = [
  OFFICE_HOURS_CALENDAR,
  SYSTEM_AVAILABILITY_CALENDAR,
  ALWAYS_CALENDAR,
];

/** Finds a calendar by id among the given ones (the presets by default). */
export function findCalendar(
  id: string,
  calendars: ReadonlyArray<IBusinessCalendar> = CALENDAR_PRESETS
): IBusinessCalendar | undefined {
  for (const cal of calendars) {
    if (cal.id === id) {
      return cal;
    }
  }
  return undefined;
}
