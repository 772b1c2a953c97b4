/**
 * The opsdesk site described as data. Provisioning creates it, the data layer reads and writes through it,
 * the sandbox demo seed fills it and the web parts take their choice options from it. Nothing else spells a
 * list URL or an internal field name.
 */

import type { ILocalizedText, RoleKey } from '../domain/vocabulary';

export type { ILocalizedText, RoleKey };

/** SharePoint field kinds opsdesk uses; each maps to one SP.Field type (FieldTypeKind) in provisioning. */
export type FieldKind =
  | 'text'
  | 'note'
  | 'richText'
  | 'choice'
  | 'multiChoice'
  | 'number'
  | 'boolean'
  | 'dateTime'
  | 'dateOnly'
  | 'user'
  | 'userMulti'
  | 'lookup'
  | 'lookupMulti'
  | 'url';

export interface IChoiceOption {
  /** The code the domain uses. */
  code: string;
  /** What SharePoint stores: the Japanese label, as the guideline words it. */
  value: string;
  en: string;
}

export interface IFieldDef {
  /** ASCII internal name with the project prefix; fixed forever once provisioned. */
  internalName: string;
  kind: FieldKind;
  title: ILocalizedText;
  description?: ILocalizedText;
  required?: boolean;
  indexed?: boolean;
  /** SharePoint requires an index on a column that enforces unique values. */
  unique?: boolean;
  maxLength?: number;
  choices?: ReadonlyArray<IChoiceOption>;
  /** Stored value (for choices, the Japanese label). */
  defaultValue?: string;
  /** Target list key for lookups. */
  lookupList?: string;
  /** Whether list forms and the UI hide it (service-maintained bookkeeping). */
  hidden?: boolean;
  min?: number;
  max?: number;
}

/** A field reference inside views and queries: either a schema field key or a built-in column. */
export type BuiltInField = 'ID' | 'Title' | 'Created' | 'Modified' | 'Author' | 'Editor' | 'FileLeafRef' | 'LinkFilename';

export interface IViewDef {
  /** Stable key; the Japanese title is what users see and what provisioning matches after the first run by URL. */
  key: string;
  title: ILocalizedText;
  /** Server-relative file name of the view without .aspx, ASCII so the URL is stable whatever the title. */
  fileName: string;
  fields: ReadonlyArray<string>;
  /**
   * CAML <Where>/<OrderBy> body, threshold-safe by the rule of `viewSafety` (unfiltered with one indexed sort, or a
   * first clause bounded by construction such as [Me]) so the view keeps working on a list of 100,000 items.
   */
  query: string;
  rowLimit: number;
  default?: boolean;
}

export type ListTemplate = 100 | 101;

/** How items of a list get their own permissions beyond the list's (kept in step by the notifier). */
export type ItemSecurityMode =
  /** Items inherit the list. */
  | 'inherit'
  /** Requester, the assigned vendor's group and the ICT center. */
  | 'requesterVendorIct'
  /** The roles the §8 matrix involves for the area (vendor = the system's vendor group). */
  | 'roleMatrix'
  /** As the parent issue. */
  | 'parentIssue'
  /** Read for every group the parent issue grants; only the service writes after creation (issueUpdates). */
  | 'issueRecord'
  /** The owning vendor's group and the ICT center, unless marked shared. */
  | 'vendorScoped'
  /**
   * Read by everyone the list lets read; written only by the ICT center (at its list level) and by the group of
   * the item's vendor (OpsVendorKey, Contribute). Every other vendor group is lowered to Read; an item with no
   * vendor is its author's vendor's (an entry written in SharePoint's own form), or else the ICT center's alone. For public registers whose entries each vendor keeps up.
   */
  | 'ownVendorEdits';

export interface IListDef<TFields extends Record<string, IFieldDef> = Record<string, IFieldDef>> {
  key: string;
  /** Web-relative URL: `Lists/OpsIssues` for lists, `OpsDocuments` for libraries. */
  url: string;
  template: ListTemplate;
  title: ILocalizedText;
  description: ILocalizedText;
  /** Display name for the built-in Title column (internal name stays `Title`). */
  titleField: ILocalizedText;
  /** Whether the built-in Title is required (SharePoint's default is true). */
  titleRequired?: boolean;
  fields: TFields;
  views: ReadonlyArray<IViewDef>;
  versioning: boolean;
  /** Content approval (moderation): readers keep seeing the last approved version while a change is reviewed. */
  contentApproval?: boolean;
  /** 1 = all items, 2 = only items the user created (SP.List.ReadSecurity). */
  readSecurity?: 1 | 2;
  /** 1 = all items, 2 = only own items, 4 = none (SP.List.WriteSecurity). */
  writeSecurity?: 1 | 2 | 4;
  itemSecurity: ItemSecurityMode;
}

/** SharePoint's built-in permission levels, by the RoleTypeKind that `roleDefinitions.getByType` takes. */
export type PermissionLevel = 'read' | 'contribute' | 'edit' | 'design' | 'fullControl';

export interface IVendorDef {
  /** ASCII key stored on items (OpsVendorKey) and used in group names. */
  key: string;
  name: string;
  kind: 'asp' | 'operator';
}

export interface ISiteConfig {
  /** Group title prefix, so several opsdesk sites can share a tenant without name clashes. */
  groupPrefix: string;
  vendors: ReadonlyArray<IVendorDef>;
}

export interface IGroupDef {
  key: string;
  title: string;
  description: string;
  role: RoleKey;
  vendorKey?: string;
}

export interface IGrant {
  groupKey: string;
  level: PermissionLevel;
}

export interface ISiteSchema {
  lists: ReadonlyArray<IListDef>;
  groups: ReadonlyArray<IGroupDef>;
  /** Web-level grants: who may open the site at all. */
  webGrants: ReadonlyArray<IGrant>;
  /** Per list key: the exact role assignments the list gets after inheritance is broken. */
  listGrants: Readonly<Record<string, ReadonlyArray<IGrant>>>;
}
