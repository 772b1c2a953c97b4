import { LabelTable } from './labelTable';

/** Who provides a service. */
export type ProviderKind = 'asp' | 'operator' | 'ictCenter';

/** Labels of {@link ProviderKind}; the Japanese label is the stored Choice value. */
export const PROVIDER_KIND_LABELS: LabelTable<ProviderKind> = {
  asp: { ja: 'ASP', en: 'ASP' },
  operator: { ja: '運用管理補助者', en: 'Operator' },
  ictCenter: { ja: 'ICTセンター', en: 'ICT center' },
};
