import { caml } from '../caml';
import { defineList } from '../define';

const fields = {
  /** `changeToken:<listKey>` and similar; unique so two notifier instances never keep two values for one key. */
  stateKey: { internalName: 'OpsStateKey', kind: 'text', title: { ja: 'キー', en: 'Key' }, required: true, indexed: true, unique: true, maxLength: 128 },
  value: { internalName: 'OpsStateValue', kind: 'note', title: { ja: '値', en: 'Value' } }
} as const;

/** 通知サービスの状態: where the notifier resumes after a restart (the change token per watched list). */
export const NotifierStateList = defineList({
  key: 'notifierState',
  url: 'Lists/OpsNotifierState',
  template: 100,
  title: { ja: '通知サービス状態', en: 'Notifier state' },
  description: { ja: '通知サービスが再起動後に処理を再開する位置（変更トークン）', en: 'Where the notifier resumes after a restart (change tokens)' },
  titleField: { ja: 'キー', en: 'Key' },
  fields,
  views: [
    // Safe (src/schema/viewSafety.ts): unfiltered, ordered by the indexed state key alone.
    { key: 'all', fileName: 'AllItems', default: true, rowLimit: 100, title: { ja: 'すべて', en: 'All' }, fields: ['LinkTitle', fields.stateKey.internalName, 'Modified'], query: caml.query('', [[fields.stateKey.internalName, 'asc']]) }
  ],
  versioning: false,
  itemSecurity: 'inherit'
});
