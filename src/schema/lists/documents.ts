import { DOCUMENT_STATUS_LABELS, DOCUMENT_TYPE_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  number: { internalName: 'OpsDocNumber', kind: 'text', title: { ja: '文書番号', en: 'Document number' }, required: true, indexed: true, unique: true, maxLength: 64 },
  docType: { internalName: 'OpsDocType', kind: 'choice', title: { ja: '文書種別', en: 'Type' }, required: true, indexed: true, choices: choicesFrom(DOCUMENT_TYPE_LABELS) },
  system: { internalName: 'OpsSystem', kind: 'lookup', lookupList: 'systems', title: { ja: '業務システム', en: 'Business system' }, indexed: true },
  owner: { internalName: 'OpsOwner', kind: 'user', title: { ja: '文書管理者', en: 'Owner' }, required: true, indexed: true },
  status: { internalName: 'OpsDocStatus', kind: 'choice', title: { ja: '状態', en: 'Status' }, required: true, indexed: true, choices: choicesFrom(DOCUMENT_STATUS_LABELS), defaultValue: DOCUMENT_STATUS_LABELS.valid.ja },
  nextReview: { internalName: 'OpsNextReview', kind: 'dateOnly', title: { ja: '次回見直し日', en: 'Next review' }, indexed: true },
  updatePending: { internalName: 'OpsUpdatePending', kind: 'boolean', title: { ja: '更新待ち', en: 'Update pending' }, indexed: true, defaultValue: '0' },
  /**
   * The change (変更管理 §9) or incident (障害管理 §3) records that require this document's update, as
   * "CHG-12;INC-3" references until those registers exist; they will become lookups then, and a change
   * completes only when none of its documents still has updatePending.
   */
  requiredBy: { internalName: 'OpsRequiredBy', kind: 'note', title: { ja: '更新を要する変更・障害', en: 'Changes or incidents requiring update' } },
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: '事業者', en: 'Vendor' }, indexed: true, maxLength: 64 },
  restricted: { internalName: 'OpsRestricted', kind: 'boolean', title: { ja: '事業者限定', en: 'Restricted to vendor' }, indexed: true, defaultValue: '0' }
} as const;

const columns = ['DocIcon', 'LinkFilename', fields.number.internalName, fields.docType.internalName, fields.system.internalName, fields.owner.internalName, fields.status.internalName, 'Modified', fields.nextReview.internalName, fields.updatePending.internalName];

/** 文書管理簿 (§7): managed documents with versioning, review dates and pending updates. */
export const DocumentsList = defineList({
  key: 'documents',
  url: 'OpsDocuments',
  template: 101,
  title: { ja: '文書管理簿', en: 'Document register' },
  description: { ja: '管理対象文書（設計書・手順書・マニュアル・報告書など）', en: 'Managed documents' },
  titleField: { ja: '文書名', en: 'Document title' },
  fields,
  // Threshold rule: src/schema/viewSafety.ts. The register web part runs the list-wide update-pending and
  // review-due views with ID-windowed queries; the library's own views stay bounded.
  views: [
    // Safe: unfiltered, ordered by the indexed, unique document number.
    { key: 'register', fileName: 'AllItems', default: true, rowLimit: 100, title: { ja: '文書管理簿', en: 'Register' }, fields: columns, query: caml.query('', [[fields.number.internalName, 'asc']]) },
    {
      // Safe: unfiltered, ordered by the indexed flag alone (pending first); `= Yes` is not bounded.
      key: 'updatePending', fileName: 'UpdatePending', rowLimit: 100, title: { ja: '更新待ちを先頭に', en: 'Update pending first' }, fields: columns,
      query: caml.query('', [[fields.updatePending.internalName, 'desc']])
    },
    {
      // Safe: narrowed first by [Me] on the indexed owner; "review on or before today+30" alone matches every
      // document reviewed late or never renewed.
      key: 'reviewDue', fileName: 'ReviewDue', rowLimit: 100, title: { ja: '自分の見直し期限', en: 'My reviews due' }, fields: columns,
      query: caml.query(caml.and(caml.isMe(fields.owner.internalName), caml.onOrBeforeToday(fields.nextReview.internalName, 30)), [[fields.nextReview.internalName, 'asc']])
    }
  ],
  versioning: true,
  itemSecurity: 'vendorScoped'
});
