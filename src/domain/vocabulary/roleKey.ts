import { LabelTable } from './labelTable';

/** A participant role of §8 and of the site's permission groups. */
export type RoleKey = 'ictCenter' | 'department' | 'vendor' | 'csp';

/** Labels of {@link RoleKey}; the Japanese label is the stored Choice value. */
export const ROLE_LABELS: LabelTable<RoleKey> = {
  ictCenter: { ja: 'ICTセンター', en: 'ICT center' },
  department: { ja: '業務所管課', en: 'Business department' },
  vendor: { ja: 'ASP/運用管理補助者', en: 'ASP / operator' },
  csp: { ja: 'CSP', en: 'CSP' },
};
