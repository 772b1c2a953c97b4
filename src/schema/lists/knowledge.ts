import { KNOWLEDGE_STATUS_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { defineList } from '../define';
import { knowledgeFields } from './faq';

const fields = {
  ...knowledgeFields,
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: '事業者', en: 'Vendor' }, indexed: true, maxLength: 64 },
  sharedWithAll: { internalName: 'OpsSharedWithAll', kind: 'boolean', title: { ja: '全事業者に共有', en: 'Shared with all vendors' }, defaultValue: '0' }
} as const;

/** 運用管理補助者向けナレッジ (§18-2): kept apart from the FAQ; each vendor's entries stay with that vendor. */
export const KnowledgeList = defineList({
  key: 'knowledge',
  url: 'Lists/OpsKnowledge',
  template: 100,
  title: { ja: '運用ナレッジ', en: 'Operator knowledge' },
  description: { ja: 'ICTセンター・運用管理補助者向けのナレッジ', en: 'Knowledge for the ICT center and operators' },
  titleField: { ja: 'タイトル', en: 'Title' },
  fields,
  views: [
    {
      key: 'published', fileName: 'AllItems', default: true, rowLimit: 50, title: { ja: '公開中', en: 'Published' },
      fields: ['LinkTitle', fields.category.internalName, fields.vendorKey.internalName, fields.owner.internalName, 'Modified'],
      query: caml.query(caml.eq(fields.status.internalName, 'Choice', KNOWLEDGE_STATUS_LABELS.published.ja), [[fields.category.internalName, 'asc']])
    },
    {
      key: 'reviewDue', fileName: 'ReviewDue', rowLimit: 50, title: { ja: 'レビュー期限', en: 'Review due' },
      fields: ['LinkTitle', fields.owner.internalName, fields.nextReview.internalName, fields.status.internalName],
      query: caml.query(caml.onOrBeforeToday(fields.nextReview.internalName, 14), [[fields.nextReview.internalName, 'asc']])
    }
  ],
  versioning: true,
  itemSecurity: 'vendorScoped'
});
