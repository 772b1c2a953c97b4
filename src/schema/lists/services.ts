import { OFFICE_HOURS_CALENDAR } from '../../domain/time';
import { PROVIDER_KIND_LABELS, SERVICE_LIFECYCLE_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  code: { internalName: 'OpsServiceCode', kind: 'text', title: { ja: 'サービスコード', en: 'Service code' }, required: true, indexed: true, unique: true, maxLength: 32 },
  category: { internalName: 'OpsServiceCategory', kind: 'text', title: { ja: '分類', en: 'Category' }, required: true, indexed: true, maxLength: 100 },
  summary: { internalName: 'OpsSummary', kind: 'note', title: { ja: '概要', en: 'Summary' }, required: true },
  system: { internalName: 'OpsSystem', kind: 'lookup', lookupList: 'systems', title: { ja: '業務システム', en: 'Business system' }, indexed: true },
  providerKind: { internalName: 'OpsProviderKind', kind: 'choice', title: { ja: '提供者区分', en: 'Provider type' }, required: true, choices: choicesFrom(PROVIDER_KIND_LABELS) },
  providerName: { internalName: 'OpsProviderName', kind: 'text', title: { ja: '提供者', en: 'Provider' }, required: true, maxLength: 255 },
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: '担当事業者', en: 'Vendor' }, indexed: true, maxLength: 64 },
  owner: { internalName: 'OpsServiceOwner', kind: 'user', title: { ja: 'サービス責任者', en: 'Service owner' }, required: true, indexed: true },
  audience: { internalName: 'OpsAudience', kind: 'text', title: { ja: '対象者', en: 'Audience' }, maxLength: 255 },
  requestFlow: { internalName: 'OpsRequestFlow', kind: 'richText', title: { ja: '申請・依頼方法', en: 'How to request' } },
  calendarId: { internalName: 'OpsCalendarId', kind: 'text', title: { ja: '対応時間帯', en: 'Answering hours' }, required: true, maxLength: 64, defaultValue: OFFICE_HOURS_CALENDAR.id },
  firstResponseTarget: { internalName: 'OpsFirstResponseMinutes', kind: 'number', title: { ja: '一次回答目標(営業分)', en: 'First-response target (business minutes)' }, required: true, min: 1, defaultValue: '240' },
  resolutionTarget: { internalName: 'OpsResolutionMinutes', kind: 'number', title: { ja: '解決目標(営業分)', en: 'Resolution target (business minutes)' }, min: 1 },
  requiredDocuments: { internalName: 'OpsRequiredDocuments', kind: 'lookupMulti', lookupList: 'documents', title: { ja: '必要書類', en: 'Required documents' } },
  lifecycle: { internalName: 'OpsLifecycle', kind: 'choice', title: { ja: 'ライフサイクル', en: 'Lifecycle' }, required: true, indexed: true, choices: choicesFrom(SERVICE_LIFECYCLE_LABELS), defaultValue: SERVICE_LIFECYCLE_LABELS.planned.ja },
  effectiveDate: { internalName: 'OpsEffectiveDate', kind: 'dateOnly', title: { ja: '提供開始日', en: 'Effective date' } },
  retirementDate: { internalName: 'OpsRetirementDate', kind: 'dateOnly', title: { ja: '廃止日', en: 'Retirement date' }, indexed: true }
} as const;

const LIFECYCLE = fields.lifecycle.internalName;

/** サービスカタログ (§19): the single current source of services in operation or planned. */
export const ServicesList = defineList({
  key: 'services',
  url: 'Lists/OpsServices',
  template: 100,
  title: { ja: 'サービスカタログ', en: 'Service catalog' },
  description: { ja: '運用中・計画中のサービスの一覧（内容・提供者・申請方法・対応時間・目標）', en: 'Services in operation or planned' },
  titleField: { ja: 'サービス名', en: 'Service name' },
  fields,
  // Threshold rule: src/schema/viewSafety.ts. `lifecycle = 提供中` would fail once 5,001 services are in
  // operation, so the lifecycle is a column; the catalog web part lists services in operation with ID windows.
  views: [
    {
      // Safe: unfiltered, ordered by the indexed category alone, so SharePoint reads 100 rows along that index.
      key: 'all', fileName: 'AllItems', default: true, rowLimit: 100,
      title: { ja: 'すべてのサービス（分類順）', en: 'All services (by category)' },
      fields: ['LinkTitle', fields.category.internalName, LIFECYCLE, fields.providerName.internalName, fields.calendarId.internalName, fields.firstResponseTarget.internalName],
      query: caml.query('', [[fields.category.internalName, 'asc']])
    },
    {
      // Safe: unfiltered, ordered by the indexed lifecycle alone (a second sort on the code would have to sort
      // every service that shares a lifecycle).
      key: 'lifecycle', fileName: 'Lifecycle', rowLimit: 100,
      title: { ja: 'ライフサイクル別', en: 'By lifecycle' },
      fields: ['LinkTitle', LIFECYCLE, fields.code.internalName, fields.effectiveDate.internalName, fields.retirementDate.internalName, fields.owner.internalName],
      query: caml.query('', [[LIFECYCLE, 'asc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed owner (the services one person is responsible for).
      key: 'mine', fileName: 'Mine', rowLimit: 100,
      title: { ja: '自分が責任者のサービス', en: 'Services I own' },
      fields: ['LinkTitle', LIFECYCLE, fields.category.internalName, fields.effectiveDate.internalName, fields.retirementDate.internalName],
      query: caml.query(caml.isMe(fields.owner.internalName), [[fields.code.internalName, 'asc']])
    }
  ],
  versioning: true,
  contentApproval: true,
  // Every vendor group needs Contribute on the list to add its services, and content approval only delays an edit
  // becoming visible; so the notifier gives each service its own permissions (itemSecurity `ownVendorEdits`):
  // everyone keeps reading, the ICT center keeps Design (approval), only the group of the service's vendor
  // (OpsVendorKey) keeps Contribute, every other vendor group reads. A service without a vendor is its author's
  // vendor's, or else (the ICT center's own) edited by the ICT center only.
  itemSecurity: 'ownVendorEdits'
});
