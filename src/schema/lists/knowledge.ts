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
  // Threshold rule: src/schema/viewSafety.ts. A filter on the status would fail once 5,001 entries are published,
  // so the status is a column; item permissions keep each vendor to its own entries whatever the view.
  views: [
    {
      // Safe: unfiltered, ordered by the indexed category alone, so SharePoint reads 50 rows along that index.
      key: 'all', fileName: 'AllItems', default: true, rowLimit: 50, title: { ja: 'すべてのナレッジ（カテゴリ順）', en: 'All entries (by category)' },
      fields: ['LinkTitle', fields.category.internalName, fields.status.internalName, fields.vendorKey.internalName, fields.owner.internalName, 'Modified'],
      query: caml.query('', [[fields.category.internalName, 'asc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed owner (one person's entries); the review window then only
      // filters those.
      key: 'reviewDue', fileName: 'ReviewDue', rowLimit: 50, title: { ja: '自分のレビュー期限', en: 'My reviews due' },
      fields: ['LinkTitle', fields.owner.internalName, fields.nextReview.internalName, fields.status.internalName],
      query: caml.query(caml.and(caml.isMe(fields.owner.internalName), caml.onOrBeforeToday(fields.nextReview.internalName, 14)), [[fields.nextReview.internalName, 'asc']])
    }
  ],
  versioning: true,
  itemSecurity: 'vendorScoped'
});
