import { INQUIRY_CATEGORY_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  order: { internalName: 'OpsRuleOrder', kind: 'number', title: { ja: '評価順', en: 'Order' }, required: true, indexed: true, min: 0 },
  system: { internalName: 'OpsSystem', kind: 'lookup', lookupList: 'systems', title: { ja: '業務システム', en: 'Business system' } },
  service: { internalName: 'OpsService', kind: 'lookup', lookupList: 'services', title: { ja: 'サービス', en: 'Service' } },
  category: { internalName: 'OpsInquiryCategory', kind: 'choice', title: { ja: '種別', en: 'Category' }, choices: choicesFrom(INQUIRY_CATEGORY_LABELS) },
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: '割当先事業者', en: 'Vendor' }, required: true, maxLength: 64 },
  assignee: { internalName: 'OpsAssignee', kind: 'user', title: { ja: '既定の担当者', en: 'Default assignee' } },
  active: { internalName: 'OpsActive', kind: 'boolean', title: { ja: '有効', en: 'Active' }, indexed: true, defaultValue: '1' }
} as const;

/** 割当ルール: inquiry routing as data, read by the notifier; first matching active rule wins. */
export const RoutingRulesList = defineList({
  key: 'routingRules',
  url: 'Lists/OpsRoutingRules',
  template: 100,
  title: { ja: '問い合わせ割当ルール', en: 'Inquiry routing rules' },
  description: { ja: 'システム・サービス・種別から担当事業者と担当者を決めるルール', en: 'Routes inquiries to a vendor and assignee' },
  titleField: { ja: 'ルール名', en: 'Rule name' },
  fields,
  views: [
    // Safe (src/schema/viewSafety.ts): unfiltered, ordered by the indexed rule order alone.
    { key: 'all', fileName: 'AllItems', default: true, rowLimit: 100, title: { ja: 'すべてのルール', en: 'All rules' }, fields: ['LinkTitle', fields.order.internalName, fields.system.internalName, fields.service.internalName, fields.category.internalName, fields.vendorKey.internalName, fields.assignee.internalName, fields.active.internalName], query: caml.query('', [[fields.order.internalName, 'asc']]) }
  ],
  versioning: true,
  itemSecurity: 'inherit'
});
