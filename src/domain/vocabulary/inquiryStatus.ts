import { LabelTable } from './labelTable';

/** Status of an inquiry (§16 問い合わせ管理). */
export type InquiryStatus = 'received' | 'assigned' | 'responded' | 'waiting' | 'resolved' | 'closed';

/** Labels of {@link InquiryStatus}; the Japanese label is the stored Choice value. */
export const INQUIRY_STATUS_LABELS: LabelTable<InquiryStatus> = {
  received: { ja: '受付', en: 'Received' },
  assigned: { ja: '割当済', en: 'Assigned' },
  responded: { ja: '一次回答済', en: 'First response sent' },
  waiting: { ja: '回答待ち', en: 'Waiting for requester' },
  resolved: { ja: '解決', en: 'Resolved' },
  closed: { ja: '完了', en: 'Closed' },
};
