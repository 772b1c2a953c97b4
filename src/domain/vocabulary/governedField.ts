import { LabelTable } from './labelTable';

/** Issue fields whose change needs the approver's agreement (§8: 担当者や期限、対応方針の変更). */
export type GovernedField = 'owner' | 'dueDate' | 'policy';

/** Labels of {@link GovernedField}; the Japanese label is the stored Choice value. */
export const GOVERNED_FIELD_LABELS: LabelTable<GovernedField> = {
  owner: { ja: '担当者', en: 'Owner' },
  dueDate: { ja: '期限', en: 'Due date' },
  policy: { ja: '対応方針', en: 'Response policy' },
};
