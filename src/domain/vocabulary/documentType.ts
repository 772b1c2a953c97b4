import { LabelTable } from './labelTable';

/** Type of a managed document (§7). */
export type DocumentType = 'design' | 'procedure' | 'manual' | 'report' | 'minutes' | 'agreement' | 'other';

/** Labels of {@link DocumentType}; the Japanese label is the stored Choice value. */
export const DOCUMENT_TYPE_LABELS: LabelTable<DocumentType> = {
  design: { ja: '設計書', en: 'Design document' },
  procedure: { ja: '手順書', en: 'Procedure' },
  manual: { ja: 'マニュアル', en: 'Manual' },
  report: { ja: '報告書', en: 'Report' },
  minutes: { ja: '議事録', en: 'Minutes' },
  agreement: { ja: '契約・合意書', en: 'Contract / agreement' },
  other: { ja: 'その他', en: 'Other' },
};
