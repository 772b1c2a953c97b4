import { LabelTable } from './labelTable';

/** Category of an inquiry, used by routing. */
export type InquiryCategory = 'howTo' | 'fault' | 'request' | 'account' | 'other';

/** Labels of {@link InquiryCategory}; the Japanese label is the stored Choice value. */
export const INQUIRY_CATEGORY_LABELS: LabelTable<InquiryCategory> = {
  howTo: { ja: '操作方法', en: 'How-to' },
  fault: { ja: '障害・不具合', en: 'Fault / defect' },
  request: { ja: '依頼・申請', en: 'Request' },
  account: { ja: 'アカウント', en: 'Account' },
  other: { ja: 'その他', en: 'Other' },
};
