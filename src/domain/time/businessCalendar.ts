import { ILocalizedText } from '../vocabulary/localizedText';

/** A span of business time within a day, JST wall clock. */
export interface ITimeWindow {
  /** 'HH:mm'. */
  start: string;
  /** 'HH:mm', later than start; '24:00' means until midnight. */
  end: string;
}

/**
 * Business hours as data (§16 対応可能時間帯, §27 運用時間). Calendars are stored per service or operator
 * and read by the SLA clock; all times are Asia/Tokyo.
 */
export interface IBusinessCalendar {
  id: string;
  name: ILocalizedText;
  /** Windows per weekday, index 0 = Sunday … 6 = Saturday; an empty array is a day without service. */
  weekly: ReadonlyArray<ReadonlyArray<ITimeWindow>>;
  /** Japanese public holidays (including 振替休日 and 国民の休日) are closed days. */
  observeJapaneseHolidays: boolean;
  /** 12/29–1/3 are closed days (the ward's 年末年始). */
  yearEndClosure: boolean;
  /** Further closed days, 'YYYY-MM-DD' (ward closures). */
  extraClosures: ReadonlyArray<string>;
  /**
   * Days that are worked although they would be closed, 'YYYY-MM-DD'. They use that weekday's windows,
   * or when the weekday has none (a Saturday opening) the first weekday Monday–Friday that has windows.
   */
  extraWorkingDays?: ReadonlyArray<string>;
}
