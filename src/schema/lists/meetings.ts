import { caml } from '../caml';
import { defineList } from '../define';

const fields = {
  heldOn: { internalName: 'OpsHeldOn', kind: 'dateOnly', title: { ja: '開催日', en: 'Held on' }, required: true, indexed: true, unique: true }
} as const;

/**
 * 定例会: the dates of the periodic meetings, as data. The issue register's "since the last meeting" view
 * compares item history with the latest meeting held before today. Read by everyone on the site, kept by the
 * ICT center; items inherit the list.
 */
export const MeetingsList = defineList({
  key: 'meetings',
  url: 'Lists/OpsMeetings',
  template: 100,
  title: { ja: '定例会', en: 'Periodic meetings' },
  description: { ja: '定例会の開催日（課題管理一覧の「前回定例会以降」の基準）', en: 'Meeting dates (the baseline of "since the last meeting")' },
  titleField: { ja: '名称', en: 'Name' },
  fields,
  views: [
    // Safe (src/schema/viewSafety.ts): unfiltered, ordered by the indexed meeting date alone.
    { key: 'all', fileName: 'AllItems', default: true, rowLimit: 50, title: { ja: '開催日順', en: 'By date' }, fields: ['LinkTitle', fields.heldOn.internalName], query: caml.query('', [[fields.heldOn.internalName, 'desc']]) }
  ],
  versioning: true,
  itemSecurity: 'inherit'
});
