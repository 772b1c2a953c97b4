import { caml } from '../caml';
import { defineList } from '../define';

const fields = {
  listKey: { internalName: 'OpsListKey', kind: 'text', title: { ja: '対象一覧', en: 'List' }, required: true, indexed: true, maxLength: 64 },
  itemId: { internalName: 'OpsItemId', kind: 'number', title: { ja: '対象ID', en: 'Item id' }, indexed: true },
  action: { internalName: 'OpsAction', kind: 'text', title: { ja: '操作', en: 'Action' }, required: true, indexed: true, maxLength: 64 },
  actor: { internalName: 'OpsActor', kind: 'text', title: { ja: '実行者', en: 'Actor' }, maxLength: 255 },
  detail: { internalName: 'OpsDetail', kind: 'note', title: { ja: '詳細', en: 'Detail' } },
  at: { internalName: 'OpsAt', kind: 'dateTime', title: { ja: '日時', en: 'At' }, required: true, indexed: true }
} as const;

/** 監査ログ: what the service did with elevated rights (permissions set, FAQ unpublished, escalations). */
export const AuditLogList = defineList({
  key: 'auditLog',
  url: 'Lists/OpsAuditLog',
  template: 100,
  title: { ja: '監査ログ', en: 'Audit log' },
  description: { ja: 'サービスが特権で実行した操作の記録', en: 'Actions the service performed with elevated rights' },
  titleField: { ja: '概要', en: 'Summary' },
  fields,
  views: [
    // Safe (src/schema/viewSafety.ts): unfiltered, ordered by the indexed time alone.
    { key: 'recent', fileName: 'AllItems', default: true, rowLimit: 100, title: { ja: '最近の記録', en: 'Recent' }, fields: ['LinkTitle', fields.listKey.internalName, fields.itemId.internalName, fields.action.internalName, fields.actor.internalName, fields.at.internalName], query: caml.query('', [[fields.at.internalName, 'desc']]) }
  ],
  versioning: false,
  itemSecurity: 'inherit'
});
