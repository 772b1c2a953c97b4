import * as holidayJp from '@holiday-jp/holiday_jp';
import { ILocalizedText } from '../vocabulary/localizedText';

/** A Japanese public holiday. */
export interface IJapaneseHoliday {
  /** 'YYYY-MM-DD'. */
  date: string;
  name: ILocalizedText;
}

interface IHolidayRow {
  date: string;
  name: string;
  name_en: string;
}

// Read the package's data table by JST date key: its isHoliday(Date) formats the Date in the machine's
// local time zone, which would shift the answer by a day on a UTC CI runner.
const HOLIDAYS = holidayJp.holidays as unknown as { [dateKey: string]: IHolidayRow | undefined };

/** The public holiday on a JST calendar date, with 振替休日 and 国民の休日 included; undefined otherwise. */
export function japaneseHolidayOn(dateKey: string): IJapaneseHoliday | undefined {
  const row = Object.prototype.hasOwnProperty.call(HOLIDAYS, dateKey) ? HOLIDAYS[dateKey] : undefined;
  if (!row) {
    return undefined;
  }
  // The data names 国民の休日 just "休日", which reads oddly in a tooltip on its own.
  const ja = row.name === '休日' ? '国民の休日' : row.name;
  return { date: row.date, name: { ja, en: row.name_en } };
}
