import { LabelTable } from './labelTable';

/** Status of a managed document (§7). */
export type DocumentStatus = 'valid' | 'revising' | 'obsolete';

/** Labels of {@link DocumentStatus}; the Japanese label is the stored Choice value. */
export const DOCUMENT_STATUS_LABELS: LabelTable<DocumentStatus> = {
  valid: { ja: '有効', en: 'Valid' },
  revising: { ja: '改訂中', en: 'Under revision' },
  obsolete: { ja: '廃止', en: 'Obsolete' },
};
