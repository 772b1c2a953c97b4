import { caml } from '../caml';
import { defineList } from '../define';

const fields = {
  /**
   * The delivery key (kind|list|item|recipient|due), also shown as Title. Title cannot be made unique through the
   * schema, so this column enforces it: a second claim of the same mail fails atomically in SharePoint.
   */
  deliveryKey: { internalName: 'OpsDeliveryKey', kind: 'text', title: { ja: '配信キー', en: 'Delivery key' }, required: true, indexed: true, unique: true, maxLength: 255 },
  kind: { internalName: 'OpsNotificationKind', kind: 'text', title: { ja: '種類', en: 'Kind' }, required: true, indexed: true, maxLength: 32 },
  recipient: { internalName: 'OpsRecipient', kind: 'text', title: { ja: '宛先', en: 'Recipient' }, required: true, maxLength: 255 },
  itemRef: { internalName: 'OpsItemRef', kind: 'text', title: { ja: '対象', en: 'Item' }, indexed: true, maxLength: 128 },
  state: { internalName: 'OpsDeliveryState', kind: 'text', title: { ja: '送信状態', en: 'State' }, required: true, indexed: true, maxLength: 16 },
  attempts: { internalName: 'OpsAttempts', kind: 'number', title: { ja: '試行回数', en: 'Attempts' }, min: 0, defaultValue: '0' },
  sentAt: { internalName: 'OpsSentAt', kind: 'dateTime', title: { ja: '送信日時', en: 'Sent' }, indexed: true },
  lastError: { internalName: 'OpsLastError', kind: 'note', title: { ja: 'エラー', en: 'Last error' } }
} as const;

/** 通知送信記録: the notifier's delivery log that makes each mail go out exactly once across retries and restarts. */
export const NotificationLogList = defineList({
  key: 'notificationLog',
  url: 'Lists/OpsNotificationLog',
  template: 100,
  title: { ja: '通知送信記録', en: 'Notification log' },
  description: { ja: '通知メールの送信記録（重複・欠落防止）', en: 'Delivery log of notification mails' },
  titleField: { ja: '配信キー', en: 'Delivery key' },
  fields,
  views: [
    // Safe (src/schema/viewSafety.ts): unfiltered, ordered by ID.
    { key: 'recent', fileName: 'AllItems', default: true, rowLimit: 100, title: { ja: '最近の通知', en: 'Recent' }, fields: ['LinkTitle', fields.kind.internalName, fields.recipient.internalName, fields.state.internalName, fields.sentAt.internalName], query: caml.query('', [['ID', 'desc']]) }
  ],
  versioning: false,
  itemSecurity: 'inherit'
});
