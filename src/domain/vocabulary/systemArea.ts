import { LabelTable } from './labelTable';

/** Where a business system is built on Government Cloud. */
export type SystemArea = 'shared' | 'dedicated';

/** Labels of {@link SystemArea}; the Japanese label is the stored Choice value. */
export const SYSTEM_AREA_LABELS: LabelTable<SystemArea> = {
  shared: { ja: '共同利用領域', en: 'Shared area' },
  dedicated: { ja: '単独利用領域', en: 'Dedicated area' },
};
