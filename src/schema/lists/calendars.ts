import { caml } from '../caml';
import { defineList } from '../define';

const fields = {
  calendarId: { internalName: 'OpsCalendarId', kind: 'text', title: { ja: 'カレンダーID', en: 'Calendar id' }, required: true, indexed: true, unique: true, maxLength: 64 },
  definition: { internalName: 'OpsCalendarDefinition', kind: 'note', title: { ja: '定義(JSON)', en: 'Definition (JSON)' }, required: true }
} as const;

/**
 * 営業カレンダー: answering hours per operator or service, and ward closures, as data (§16, §27). The JSON
 * is a domain IBusinessCalendar; presets ship in the domain and this list overrides or adds to them.
 */
export const CalendarsList = defineList({
  key: 'calendars',
  url: 'Lists/OpsCalendars',
  template: 100,
  title: { ja: '営業カレンダー', en: 'Business calendars' },
  description: { ja: '対応時間帯・休業日の定義', en: 'Answering hours and closures' },
  titleField: { ja: '名称', en: 'Name' },
  fields,
  views: [
    // Safe (src/schema/viewSafety.ts): unfiltered, ordered by the indexed calendar id alone.
    { key: 'all', fileName: 'AllItems', default: true, rowLimit: 100, title: { ja: 'すべて', en: 'All' }, fields: ['LinkTitle', fields.calendarId.internalName, 'Modified'], query: caml.query('', [[fields.calendarId.internalName, 'asc']]) }
  ],
  versioning: true,
  itemSecurity: 'inherit'
});
