/**
 * Actual-site fixtures for plan(): `matchingSite(desired)` is a site exactly as provisioning leaves it, built
 * from the schema the same way SharePoint reports it; tests then change one thing and look at the plan.
 */
import { desiredFieldProps } from '../../../provisioning/src/fieldSpec';
import { KIND_SPECS } from '../../../provisioning/src/fieldSpec';
import { ROLE_TYPE_KIND } from '../../../provisioning/src/levels';
import { buildDesired } from '../../../provisioning/src/desired';
import type {
  IActualAssignment, IActualField, IActualList, IActualRoleDef, IActualSite, IDesiredSite, IProvisioningConfig, IRoster
} from '../../../provisioning/src/types';

/** Fixtures are edited freely by tests; the provisioning types are read-only views of the same shapes. */
export type Mutable<T> = T extends ReadonlyArray<infer U> ? Array<Mutable<U>> : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export type MutableSite = Mutable<IActualSite>;

export const CONFIG: IProvisioningConfig = {
  groupPrefix: 'opsdesk',
  groupOwner: 'ictCenter',
  vendors: [
    { key: 'midori-systems', name: 'みどりシステムズ株式会社', kind: 'asp' },
    { key: 'sakura-its', name: 'さくらITサービス株式会社', kind: 'asp' }
  ]
};

export const ROSTER: IRoster = {
  ictCenter: ['sato.hanako@midoriku.example'],
  'vendor:midori-systems': ['tanaka.sho_midori-systems.example#EXT#@midoriku.onmicrosoft.com']
};

/** SharePoint Online's default permission levels (sharepoint-rest.md §4). */
export const ROLE_DEFS: IActualRoleDef[] = [
  { id: 1073741829, name: 'Full Control', roleTypeKind: 5, hidden: false, high: '2147483647', low: '4294967295' },
  { id: 1073741828, name: 'Design', roleTypeKind: 4, hidden: false, high: '432', low: '1012866047' },
  { id: 1073741830, name: 'Edit', roleTypeKind: 6, hidden: false, high: '432', low: '1011030767' },
  { id: 1073741827, name: 'Contribute', roleTypeKind: 3, hidden: false, high: '432', low: '1011028719' },
  { id: 1073741826, name: 'Read', roleTypeKind: 2, hidden: false, high: '176', low: '138612833' },
  { id: 1073741825, name: 'Limited Access', roleTypeKind: 1, hidden: true, high: '48', low: '134287360' }
];

export const roleId = (kind: keyof typeof ROLE_TYPE_KIND): number => ROLE_DEFS.find((d) => d.roleTypeKind === ROLE_TYPE_KIND[kind])!.id;
export const LIMITED = 1073741825;
export const OWNERS = { id: 3, title: 'opsdesk Owners', loginName: 'opsdesk Owners', principalType: 8 };

export function desired(roster?: IRoster): IDesiredSite {
  return buildDesired(CONFIG, roster);
}

function field(def: Parameters<typeof desiredFieldProps>[0], lookupIds: Record<string, string>, i: number): IActualField {
  const p = desiredFieldProps(def);
  const spec = KIND_SPECS[def.kind];
  return {
    id: `f-${i}`,
    internalName: def.internalName,
    title: String(p.Title),
    typeAsString: spec.camlType,
    fieldTypeKind: spec.fieldTypeKind,
    required: p.Required === true,
    indexed: p.Indexed === true,
    enforceUniqueValues: p.EnforceUniqueValues === true,
    hidden: p.Hidden === true,
    description: (p.Description as string | undefined) ?? '',
    defaultValue: (p.DefaultValue as string | undefined) ?? null,
    maxLength: p.MaxLength as number | undefined,
    choices: p.Choices as string[] | undefined,
    richText: p.RichText as boolean | undefined,
    richTextMode: p.RichTextMode as string | undefined,
    displayFormat: p.DisplayFormat as number | undefined,
    selectionMode: p.SelectionMode as number | undefined,
    allowMultipleValues: p.AllowMultipleValues as boolean | undefined,
    lookupListId: def.lookupList ? lookupIds[def.lookupList] : undefined,
    minimumValue: p.MinimumValue as number | undefined,
    maximumValue: p.MaximumValue as number | undefined
  };
}

/** A site that matches `d` exactly (plus the site's own Owners group, which provisioning does not manage). */
export function matchingSite(d: IDesiredSite): MutableSite {
  const groups = d.groups.map((g, i) => ({
    id: 10 + i,
    title: g.title,
    description: g.description,
    ownerTitle: g.ownerTitle ?? g.title,
    members: (g.members ?? []).map((upn, j) => ({ id: 100 + i * 10 + j, loginName: `i:0#.f|membership|${upn}`, upn, email: null, title: upn }))
  }));
  const principal = (key: string): IActualAssignment['principal'] => {
    const g = groups[d.groups.findIndex((x) => x.key === key)];
    return { id: g.id, title: g.title, loginName: g.title, principalType: 8 };
  };
  const assignments = (grants: ReadonlyArray<{ groupKey: string; level: keyof typeof ROLE_TYPE_KIND }>): IActualAssignment[] => [
    { principal: OWNERS, roleDefIds: [roleId('fullControl')] },
    ...grants.map((g) => ({ principal: principal(g.groupKey), roleDefIds: [roleId(g.level)] }))
  ];
  const lookupIds: Record<string, string> = {};
  d.lists.forEach((l, i) => (lookupIds[l.key] = `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`));
  const lists: Record<string, IActualList> = {};
  d.lists.forEach((list, li) => {
    const titleField: IActualField = {
      id: 'title', internalName: 'Title', title: list.titleField.ja, typeAsString: 'Text', fieldTypeKind: 2,
      required: list.titleRequired ?? list.template === 100, indexed: false, enforceUniqueValues: false, hidden: false, description: '', defaultValue: null, maxLength: 255
    };
    lists[list.key] = {
      id: lookupIds[list.key],
      title: list.title.ja,
      description: list.description.ja,
      url: list.url,
      template: list.template,
      enableVersioning: list.versioning,
      enableModeration: list.contentApproval === true,
      readSecurity: list.readSecurity ?? 1,
      writeSecurity: list.writeSecurity ?? 1,
      hasUniqueRoleAssignments: true,
      fields: [titleField, ...Object.keys(list.fields).map((k, i) => field(list.fields[k], lookupIds, li * 100 + i))],
      views: list.views.map((v, i) => ({
        id: `v-${li}-${i}`, title: v.title.ja, fileName: v.fileName, defaultView: v.default === true, personalView: false,
        rowLimit: v.rowLimit, viewQuery: v.query.replace(/'/g, '"'), fields: v.fields.slice()
      })),
      roleAssignments: assignments(d.listGrants[list.key] ?? [])
    };
  });
  const site: IActualSite = {
    webUrl: 'https://midoriku.sharepoint.com/sites/opsdesk',
    serverRelativeUrl: '/sites/opsdesk',
    roleDefinitions: ROLE_DEFS,
    groups,
    webRoleAssignments: assignments(d.webGrants),
    lists
  };
  return clone(site) as MutableSite;
}

/** A site with nothing of opsdesk on it: the three default groups and their site permissions. */
export function emptySite(): MutableSite {
  const lists: Record<string, null> = {};
  for (const l of desired().lists) lists[l.key] = null;
  return clone<IActualSite>({
    webUrl: 'https://midoriku.sharepoint.com/sites/opsdesk',
    serverRelativeUrl: '/sites/opsdesk',
    roleDefinitions: ROLE_DEFS,
    groups: [{ id: 3, title: 'opsdesk Owners', description: null, ownerTitle: 'opsdesk Owners' }],
    webRoleAssignments: [{ principal: OWNERS, roleDefIds: [roleId('fullControl')] }],
    lists
  }) as MutableSite;
}

/** Deep copy, so a test can change the fixture freely. */
export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
