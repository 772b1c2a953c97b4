import { LabelTable } from './labelTable';

/** Priority of an issue. */
export type Priority = 'high' | 'medium' | 'low';

/** Labels of {@link Priority}; the Japanese label is the stored Choice value. */
export const PRIORITY_LABELS: LabelTable<Priority> = {
  high: { ja: '高', en: 'High' },
  medium: { ja: '中', en: 'Medium' },
  low: { ja: '低', en: 'Low' },
};
