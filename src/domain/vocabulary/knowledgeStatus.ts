import { LabelTable } from './labelTable';

/** Publication status of an FAQ or knowledge entry (§18). */
export type KnowledgeStatus = 'draft' | 'published' | 'unpublished';

/** Labels of {@link KnowledgeStatus}; the Japanese label is the stored Choice value. */
export const KNOWLEDGE_STATUS_LABELS: LabelTable<KnowledgeStatus> = {
  draft: { ja: '下書き', en: 'Draft' },
  published: { ja: '公開', en: 'Published' },
  unpublished: { ja: '非公開', en: 'Unpublished' },
};
