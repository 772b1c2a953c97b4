import { caml } from '../caml';
import { defineList } from '../define';

const fields = {
  faq: { internalName: 'OpsFaq', kind: 'lookup', lookupList: 'faq', title: { ja: '対象FAQ', en: 'FAQ' }, required: true, indexed: true },
  helpful: { internalName: 'OpsHelpful', kind: 'boolean', title: { ja: '役に立った', en: 'Helpful' } },
  counted: { internalName: 'OpsCounted', kind: 'boolean', title: { ja: '集計済', en: 'Counted' }, indexed: true, defaultValue: '0', hidden: true }
} as const;

/**
 * 「役に立ちましたか」: one item per vote. Staff may only add and read their own votes (Read/WriteSecurity 2),
 * so no reader needs edit rights on the FAQ; the notifier folds votes into the FAQ's counters.
 */
export const FeedbackList = defineList({
  key: 'feedback',
  url: 'Lists/OpsFaqFeedback',
  template: 100,
  title: { ja: 'FAQフィードバック', en: 'FAQ feedback' },
  description: { ja: 'FAQへの「役に立った」評価', en: 'Was this helpful votes' },
  titleField: { ja: 'コメント', en: 'Comment' },
  titleRequired: false,
  fields,
  views: [
    // Safe (src/schema/viewSafety.ts): unfiltered, ordered by ID.
    { key: 'all', fileName: 'AllItems', default: true, rowLimit: 100, title: { ja: 'すべて', en: 'All' }, fields: ['ID', fields.faq.internalName, fields.helpful.internalName, 'Created'], query: caml.query('', [['ID', 'desc']]) }
  ],
  versioning: false,
  readSecurity: 2,
  writeSecurity: 2,
  itemSecurity: 'inherit'
});
