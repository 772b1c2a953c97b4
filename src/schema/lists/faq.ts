import { KNOWLEDGE_STATUS_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

/** Fields shared by the public FAQ and the operator knowledge base (§18): owner, review cycle, search text. */
export const knowledgeFields = {
  answer: { internalName: 'OpsAnswer', kind: 'richText', title: { ja: '回答', en: 'Answer' }, required: true },
  category: { internalName: 'OpsKnowledgeCategory', kind: 'text', title: { ja: 'カテゴリ', en: 'Category' }, required: true, indexed: true, maxLength: 100 },
  tags: { internalName: 'OpsTags', kind: 'text', title: { ja: 'タグ', en: 'Tags' }, maxLength: 255 },
  system: { internalName: 'OpsSystem', kind: 'lookup', lookupList: 'systems', title: { ja: '業務システム', en: 'Business system' }, indexed: true },
  status: { internalName: 'OpsKnowledgeStatus', kind: 'choice', title: { ja: '公開状態', en: 'Publication' }, required: true, indexed: true, choices: choicesFrom(KNOWLEDGE_STATUS_LABELS), defaultValue: KNOWLEDGE_STATUS_LABELS.draft.ja },
  owner: { internalName: 'OpsOwner', kind: 'user', title: { ja: '管理者', en: 'Owner' }, required: true, indexed: true },
  lastReviewed: { internalName: 'OpsLastReviewed', kind: 'dateOnly', title: { ja: '最終レビュー日', en: 'Last reviewed' } },
  reviewCycleDays: { internalName: 'OpsReviewCycleDays', kind: 'number', title: { ja: 'レビュー周期(日)', en: 'Review cycle (days)' }, required: true, min: 1, defaultValue: '180' },
  nextReview: { internalName: 'OpsNextReview', kind: 'dateOnly', title: { ja: '次回レビュー日', en: 'Next review' }, indexed: true },
  unpublishedReason: { internalName: 'OpsUnpublishedReason', kind: 'note', title: { ja: '非公開の理由', en: 'Why unpublished' } },
  /**
   * Tags and the start of the answer as plain single-line text, kept by the repository on every write: SharePoint
   * cannot `$filter` a multi-line column, so this is what `substringof` searches besides the question (Title).
   */
  searchText: { internalName: 'OpsSearchText', kind: 'text', title: { ja: '検索用テキスト', en: 'Search text' }, maxLength: 255, hidden: true }
} as const;

const faqFields = {
  ...knowledgeFields,
  sourceInquiry: { internalName: 'OpsSourceInquiry', kind: 'lookup', lookupList: 'inquiries', title: { ja: '元の問い合わせ', en: 'Source inquiry' } },
  /** The vendor that keeps this entry up (item permissions follow it; see `itemSecurity` below). */
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: '担当事業者', en: 'Vendor' }, indexed: true, maxLength: 64 },
  helpfulYes: { internalName: 'OpsHelpfulYes', kind: 'number', title: { ja: '役に立った', en: 'Helpful' }, min: 0, defaultValue: '0', hidden: true },
  helpfulNo: { internalName: 'OpsHelpfulNo', kind: 'number', title: { ja: '役に立たなかった', en: 'Not helpful' }, min: 0, defaultValue: '0', hidden: true }
} as const;

const STATUS = knowledgeFields.status.internalName;

/** ユーザ向けFAQ (§18-1): published to all staff; drafts stay invisible to readers through content approval. */
export const FaqList = defineList({
  key: 'faq',
  url: 'Lists/OpsFaq',
  template: 100,
  title: { ja: 'よくある質問', en: 'FAQ' },
  description: { ja: '職員向けのよくある質問（公開）', en: 'Published FAQ for staff' },
  titleField: { ja: '質問', en: 'Question' },
  fields: faqFields,
  // Threshold rule: src/schema/viewSafety.ts. A filter on the status would fail once 5,001 entries are published,
  // so the status is a column, and readers see approved versions only (content approval) whatever the view.
  views: [
    {
      // Safe: unfiltered, ordered by the indexed category alone, so SharePoint reads 50 rows along that index.
      key: 'all', fileName: 'AllItems', default: true, rowLimit: 50, title: { ja: 'すべての質問（カテゴリ順）', en: 'All questions (by category)' },
      fields: ['LinkTitle', knowledgeFields.category.internalName, STATUS, knowledgeFields.system.internalName, 'Modified'],
      query: caml.query('', [[knowledgeFields.category.internalName, 'asc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed owner (one person's entries); the review window then only
      // filters those. The ICT center's whole-list review runs in the web part (ID-windowed reviewCandidates).
      key: 'reviewDue', fileName: 'ReviewDue', rowLimit: 50, title: { ja: '自分のレビュー期限', en: 'My reviews due' },
      fields: ['LinkTitle', knowledgeFields.owner.internalName, knowledgeFields.nextReview.internalName, STATUS],
      query: caml.query(
        caml.and(caml.isMe(knowledgeFields.owner.internalName), caml.onOrBeforeToday(knowledgeFields.nextReview.internalName, 14)),
        [[knowledgeFields.nextReview.internalName, 'asc']]
      )
    }
  ],
  versioning: true,
  contentApproval: true,
  // Vendors draft FAQ entries (Contribute on the list) but must not rewrite each other's answers, so each entry
  // carries the vendor that keeps it up (OpsVendorKey, indexed, as in the knowledge list) and the notifier gives it
  // its own permissions (itemSecurity `ownVendorEdits`): staff and every vendor read, the ICT center keeps Design
  // (approval), only that vendor's group writes. A draft promoted from an inquiry takes the inquiry's vendor (the
  // one that answered it); an entry without a vendor is its author's vendor's, or else the ICT center's. Per-vendor rather than per-author
  // (writeSecurity 2) so a vendor's colleagues and the ICT center can take over an entry, and per-item rather than
  // a list per vendor so staff search one FAQ.
  itemSecurity: 'ownVendorEdits'
});
