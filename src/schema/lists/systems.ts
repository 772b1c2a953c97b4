import { SYSTEM_AREA_LABELS } from '../../domain/vocabulary';
import { caml } from '../caml';
import { choicesFrom, defineList } from '../define';

const fields = {
  code: { internalName: 'OpsSystemCode', kind: 'text', title: { ja: 'システムコード', en: 'System code' }, required: true, indexed: true, unique: true, maxLength: 32 },
  owningDepartment: { internalName: 'OpsOwningDepartment', kind: 'text', title: { ja: '所管課', en: 'Owning department' }, required: true, indexed: true, maxLength: 100 },
  vendorKey: { internalName: 'OpsVendorKey', kind: 'text', title: { ja: 'ASP事業者', en: 'ASP vendor' }, required: true, indexed: true, maxLength: 64 },
  operator: { internalName: 'OpsOperator', kind: 'text', title: { ja: '運用管理補助者', en: 'Operator' }, maxLength: 255 },
  area: { internalName: 'OpsSystemArea', kind: 'choice', title: { ja: '構築領域', en: 'Area' }, required: true, indexed: true, choices: choicesFrom(SYSTEM_AREA_LABELS) },
  active: { internalName: 'OpsActive', kind: 'boolean', title: { ja: '稼働中', en: 'In operation' }, indexed: true, defaultValue: '1' }
} as const;

/** 業務システム一覧: every business system with its owning department, ASP vendor, operator and area. */
export const SystemsList = defineList({
  key: 'systems',
  url: 'Lists/OpsSystems',
  template: 100,
  title: { ja: '業務システム一覧', en: 'Business systems' },
  description: { ja: '業務システムと所管課・ASP事業者・運用管理補助者・構築領域', en: 'Business systems with their department, vendor, operator and area' },
  titleField: { ja: 'システム名', en: 'System name' },
  fields,
  views: [
    {
      // Safe (src/schema/viewSafety.ts): unfiltered, ordered by the indexed, unique system code.
      key: 'all', fileName: 'AllItems', default: true, rowLimit: 100,
      title: { ja: 'すべてのシステム', en: 'All systems' },
      fields: ['LinkTitle', fields.code.internalName, fields.owningDepartment.internalName, fields.vendorKey.internalName, fields.operator.internalName, fields.area.internalName, fields.active.internalName],
      query: caml.query('', [[fields.code.internalName, 'asc']])
    }
  ],
  versioning: true,
  itemSecurity: 'inherit'
});
