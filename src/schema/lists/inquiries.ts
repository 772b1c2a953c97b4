import { INQUIRY_CATEGORY_LABELS, INQUIRY_STATUS_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  body: { internalName: 'OpsBody', kind: 'richText', title: { ja: '内容', en: 'Details' }, required: true },
  system: { internalName: 'OpsSystem', kind: 'lookup', lookupList: 'systems', title: { ja: '業務システム', en: 'Business system' }, required: true, indexed: true },
  service: { internalName: 'OpsService', kind: 'lookup', lookupList: 'services', title: { ja: 'サービス', en: 'Service' }, indexed: true },
  category: { internalName: 'OpsInquiryCategory', kind: 'choice', title: { ja: '種別', en: 'Category' }, required: true, choices: choicesFrom(INQUIRY_CATEGORY_LABELS) },
  status: { internalName: 'OpsInquiryStatus', kind: 'choice', title: { ja: '状態', en: 'Status' }, required: true, indexed: true, choices: choicesFrom(INQUIRY_STATUS_LABELS), defaultValue: INQUIRY_STATUS_LABELS.received.ja },
  requester: { internalName: 'OpsRequester', kind: 'user', title: { ja: '問い合わせ者', en: 'Requester' }, required: true, indexed: true },
  assignee: { internalName: 'OpsAssignee', kind: 'user', title: { ja: '担当者', en: 'Assignee' }, indexed: true },
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: '担当事業者', en: 'Vendor' }, indexed: true, maxLength: 64 },
  receivedAt: { internalName: 'OpsReceivedAt', kind: 'dateTime', title: { ja: '受付日時', en: 'Received' }, required: true, indexed: true },
  firstResponseDue: { internalName: 'OpsFirstResponseDue', kind: 'dateTime', title: { ja: '一次回答期限', en: 'First response due' }, indexed: true },
  firstRespondedAt: { internalName: 'OpsFirstRespondedAt', kind: 'dateTime', title: { ja: '一次回答日時', en: 'First responded' } },
  firstResponse: { internalName: 'OpsFirstResponse', kind: 'richText', title: { ja: '一次回答', en: 'First response' } },
  /** What the operator asked the requester when the clock was paused (回答待ち). */
  requesterQuestion: { internalName: 'OpsRequesterQuestion', kind: 'richText', title: { ja: '問い合わせ者への確認事項', en: 'Question to the requester' } },
  /** JSON array of {from, to?} pauses while waiting on the requester; the SLA clock skips them. */
  pauses: { internalName: 'OpsPauses', kind: 'note', title: { ja: '回答待ち期間', en: 'Waiting periods' }, hidden: true },
  resolution: { internalName: 'OpsResolution', kind: 'richText', title: { ja: '回答・解決内容', en: 'Resolution' } },
  resolvedAt: { internalName: 'OpsResolvedAt', kind: 'dateTime', title: { ja: '解決日時', en: 'Resolved' }, indexed: true },
  closedAt: { internalName: 'OpsClosedAt', kind: 'dateTime', title: { ja: '完了日時', en: 'Closed' } },
  faqDraft: { internalName: 'OpsFaqDraft', kind: 'lookup', lookupList: 'faq', title: { ja: 'FAQ下書き', en: 'FAQ draft' } },
  remindedAt: { internalName: 'OpsRemindedAt', kind: 'dateTime', title: { ja: '督促日時', en: 'Reminded' }, hidden: true },
  escalatedAt: { internalName: 'OpsEscalatedAt', kind: 'dateTime', title: { ja: 'エスカレーション日時', en: 'Escalated' }, indexed: true, hidden: true }
} as const;

const STATUS = fields.status.internalName;
const columns = ['LinkTitle', STATUS, fields.system.internalName, fields.requester.internalName, fields.assignee.internalName, fields.receivedAt.internalName, fields.firstResponseDue.internalName];

/** 問い合わせ管理 (§16): inquiries with their assignee and first-response clock. */
export const InquiriesList = defineList({
  key: 'inquiries',
  url: 'Lists/OpsInquiries',
  template: 100,
  title: { ja: '問い合わせ管理', en: 'Inquiries' },
  description: { ja: '問い合わせの受付・割当・一次回答・解決の記録', en: 'Inquiries from receipt to resolution' },
  titleField: { ja: '件名', en: 'Subject' },
  fields,
  // Threshold rule: src/schema/viewSafety.ts. `Not In (解決済, 完了)` is not bounded (a backlog can grow past
  // 5,000), so the default view lists everything newest first with the status as a column; the queue web part
  // finds open inquiries with ID-windowed queries.
  views: [
    {
      // Safe: unfiltered, ordered by the indexed receipt time alone, so SharePoint reads 50 rows along that index.
      key: 'all', fileName: 'AllItems', default: true, rowLimit: 50,
      title: { ja: 'すべての問い合わせ（新しい順）', en: 'All inquiries (newest first)' },
      fields: columns,
      query: caml.query('', [[fields.receivedAt.internalName, 'desc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed requester (one person's inquiries).
      key: 'mine', fileName: 'Mine', rowLimit: 50,
      title: { ja: '自分の問い合わせ', en: 'My inquiries' },
      fields: columns,
      query: caml.query(caml.isMe(fields.requester.internalName), [[fields.receivedAt.internalName, 'desc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed assignee (one person's assignments over the list's life: the
      // weakest per-person bound in the schema, as an operator's assignments accumulate for years).
      key: 'assignedToMe', fileName: 'AssignedToMe', rowLimit: 50,
      title: { ja: '自分の担当', en: 'Assigned to me' },
      fields: columns,
      query: caml.query(caml.isMe(fields.assignee.internalName), [[fields.firstResponseDue.internalName, 'asc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed assignee; "due before tomorrow" alone matches every past
      // inquiry. The ICT center's list-wide overdue watch is the notifier's escalation and the queue web part.
      key: 'overdue', fileName: 'Overdue', rowLimit: 50,
      title: { ja: '自分の一次回答期限超過', en: 'My first responses overdue' },
      fields: columns,
      query: caml.query(
        caml.and(
          caml.isMe(fields.assignee.internalName),
          caml.beforeToday(fields.firstResponseDue.internalName, 1),
          caml.eq(STATUS, 'Choice', INQUIRY_STATUS_LABELS.assigned.ja)
        ),
        [[fields.firstResponseDue.internalName, 'asc']]
      )
    }
  ],
  versioning: true,
  itemSecurity: 'requesterVendorIct'
});
