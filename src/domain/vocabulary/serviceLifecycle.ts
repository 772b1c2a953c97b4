import { LabelTable } from './labelTable';

/** Lifecycle stage of a service catalog entry (§19). */
export type ServiceLifecycle = 'planned' | 'active' | 'retiring' | 'retired';

/** Labels of {@link ServiceLifecycle}; the Japanese label is the stored Choice value. */
export const SERVICE_LIFECYCLE_LABELS: LabelTable<ServiceLifecycle> = {
  planned: { ja: '計画中', en: 'Planned' },
  active: { ja: '提供中', en: 'Active' },
  retiring: { ja: '廃止予定', en: 'Retiring' },
  retired: { ja: '廃止', en: 'Retired' },
};
