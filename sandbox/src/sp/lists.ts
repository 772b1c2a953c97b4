import { randomUUID } from 'crypto';
import { OComplex, OEntity } from '../http/odata-json';
import { Errors } from '../http/odata-json';
import { Site, dotnetTicks, isoSeconds, listScope } from './site';
import { entityPropertyName, entityTypeName, internalNameFromTitle, listUrlName, uniqueInternalName } from './names';

export interface IListRow {
  id: string; title: string; url: string; template: number; entity: string; props: string; item_count: number;
  last_item_id: number; version: number; created: string; modified: string;
}

export interface IList extends Omit<IListRow, 'props'> {
  props: Record<string, unknown>;
  library: boolean;
}

export interface IFieldRow {
  list_id: string; id: string; internal_name: string; title: string; kind: number; type_as_string: string; props: string;
  ord: number; builtin: number;
}

export interface IField extends Omit<IFieldRow, 'props'> {
  props: Record<string, unknown>;
  /** name in JSON bodies / responses */
  epn: string;
  multi: boolean;
  indexed: boolean;
  /** EnforceUniqueValues: item writes refuse a value another item of the list already holds. */
  unique: boolean;
}

export const FieldKind = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8, Number: 9, Currency: 10,
  URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Calculated: 17, File: 18, Attachments: 19, User: 20,
} as const;

const KIND_INFO: Record<number, { type: string; display: string; spType: string }> = {
  1: { type: 'Integer', display: 'Integer', spType: 'SP.Field' },
  2: { type: 'Text', display: 'Single line of text', spType: 'SP.FieldText' },
  3: { type: 'Note', display: 'Multiple lines of text', spType: 'SP.FieldMultiLineText' },
  4: { type: 'DateTime', display: 'Date and Time', spType: 'SP.FieldDateTime' },
  5: { type: 'Counter', display: 'Counter', spType: 'SP.Field' },
  6: { type: 'Choice', display: 'Choice', spType: 'SP.FieldChoice' },
  7: { type: 'Lookup', display: 'Lookup', spType: 'SP.FieldLookup' },
  8: { type: 'Boolean', display: 'Yes/No', spType: 'SP.Field' },
  9: { type: 'Number', display: 'Number', spType: 'SP.FieldNumber' },
  10: { type: 'Currency', display: 'Currency', spType: 'SP.FieldCurrency' },
  11: { type: 'URL', display: 'Hyperlink or Picture', spType: 'SP.FieldUrl' },
  12: { type: 'Computed', display: 'Computed', spType: 'SP.FieldComputed' },
  14: { type: 'Guid', display: 'Guid', spType: 'SP.FieldGuid' },
  15: { type: 'MultiChoice', display: 'Choice', spType: 'SP.FieldMultiChoice' },
  17: { type: 'Calculated', display: 'Calculated', spType: 'SP.FieldCalculated' },
  18: { type: 'File', display: 'File', spType: 'SP.Field' },
  19: { type: 'Attachments', display: 'Attachments', spType: 'SP.Field' },
  20: { type: 'User', display: 'Person or Group', spType: 'SP.FieldUser' },
};

const TYPE_TO_KIND: Record<string, number> = Object.fromEntries(
  Object.entries(KIND_INFO).map(([k, v]) => [v.type.toLowerCase(), Number(k)]),
);
TYPE_TO_KIND.lookupmulti = 7;
TYPE_TO_KIND.usermulti = 20;

export function kindFromTypeName(t: string): number | undefined {
  return TYPE_TO_KIND[t.toLowerCase()];
}

interface IBuiltin { name: string; title: string; kind: number; props?: Record<string, unknown>; library?: boolean }

/** A subset of the fields every list has; Title is the only writable one. */
const BUILTINS: IBuiltin[] = [
  { name: 'ContentTypeId', title: 'Content Type ID', kind: 12, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'Title', title: 'Title', kind: 2, props: { MaxLength: 255 } },
  { name: '_ModerationComments', title: 'Approver Comments', kind: 3, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'File_x0020_Type', title: 'File Type', kind: 2, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'ComplianceAssetId', title: 'Compliance Asset Id', kind: 2, props: { ReadOnlyField: true } },
  { name: 'ID', title: 'ID', kind: 5, props: { ReadOnlyField: true, Indexed: true } },
  { name: 'Modified', title: 'Modified', kind: 4, props: { ReadOnlyField: true } },
  { name: 'Created', title: 'Created', kind: 4, props: { ReadOnlyField: true } },
  { name: 'Author', title: 'Created By', kind: 20, props: { ReadOnlyField: true, LookupField: 'Title' } },
  { name: 'Editor', title: 'Modified By', kind: 20, props: { ReadOnlyField: true, LookupField: 'Title' } },
  { name: '_UIVersionString', title: 'Version', kind: 2, props: { ReadOnlyField: true } },
  { name: 'Attachments', title: 'Attachments', kind: 19, props: { ReadOnlyField: true } },
  { name: 'GUID', title: 'GUID', kind: 14, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'FileLeafRef', title: 'Name', kind: 18, props: { ReadOnlyField: false } },
  { name: 'FileRef', title: 'URL Path', kind: 18, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'FileDirRef', title: 'Path', kind: 18, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'FSObjType', title: 'Item Type', kind: 1, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'LinkTitle', title: 'Title', kind: 12, props: { ReadOnlyField: true } },
  { name: 'LinkTitleNoMenu', title: 'Title', kind: 12, props: { ReadOnlyField: true } },
  { name: '_ModerationStatus', title: 'Approval Status', kind: 1, props: { ReadOnlyField: true, Hidden: true } },
  { name: 'DocIcon', title: 'Type', kind: 12, props: { ReadOnlyField: true }, library: true },
  { name: 'LinkFilename', title: 'Name', kind: 12, props: { ReadOnlyField: true }, library: true },
  { name: 'LinkFilenameNoMenu', title: 'Name', kind: 12, props: { ReadOnlyField: true }, library: true },
  { name: '_CheckinComment', title: 'Check In Comment', kind: 2, props: { ReadOnlyField: true }, library: true },
];

export function toList(row: IListRow): IList {
  return { ...row, props: JSON.parse(row.props) as Record<string, unknown>, library: row.template === 101 };
}

export function toField(row: IFieldRow): IField {
  const props = JSON.parse(row.props) as Record<string, unknown>;
  return {
    ...row,
    props,
    epn: entityPropertyName(row.internal_name),
    multi: props.AllowMultipleValues === true,
    indexed: props.Indexed === true || row.internal_name === 'ID',
    unique: props.EnforceUniqueValues === true,
  };
}

export class Lists {
  private readonly fieldCache = new Map<string, IField[]>();

  public constructor(private readonly site: Site) {}

  private get db(): Site['db'] { return this.site.db; }

  public clearCache(): void {
    this.fieldCache.clear();
    this.uniqueIndexed.clear();
  }

  public all(): IList[] {
    return (this.db.prepare('SELECT * FROM lists ORDER BY created, title').all() as IListRow[]).map(toList);
  }

  public byId(id: string): IList | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE id=?').get(String(id).toLowerCase()) as IListRow | undefined;
    return row && toList(row);
  }

  public byTitle(title: string): IList | undefined {
    const row = this.db.prepare('SELECT * FROM lists WHERE title=?').get(title) as IListRow | undefined;
    return row && toList(row);
  }

  public byUrl(url: string): IList | undefined {
    let u = url.replace(/\/$/, '');
    if (/^https?:/i.test(u)) u = new URL(u).pathname;
    if (!u.startsWith('/')) u = `${this.site.serverRelativeUrl}/${u}`;
    const row = this.db.prepare('SELECT * FROM lists WHERE url=?').get(decodeURI(u)) as IListRow | undefined;
    return row && toList(row);
  }

  public create(props: Record<string, unknown>): IList {
    const title = String(props.Title ?? '').trim();
    if (!title) throw Errors.badRequest('The list title must not be empty.');
    if (this.byTitle(title)) throw Errors.duplicateList();
    const template = Number(props.BaseTemplate ?? 100);
    const library = template === 101;
    let urlName = listUrlName(title);
    const base = `${this.site.serverRelativeUrl}${library ? '' : '/Lists'}/`;
    for (let i = 1; this.db.prepare('SELECT 1 FROM lists WHERE url=?').get(base + urlName); i++) urlName = `${listUrlName(title)}${i}`;
    const id = randomUUID();
    const now = isoSeconds(this.site.now());
    const stored: Record<string, unknown> = {
      Description: props.Description ?? '',
      EnableVersioning: props.EnableVersioning ?? true,
      MajorVersionLimit: library ? 500 : 50,
      EnableMinorVersions: false,
      EnableAttachments: !library,
      EnableFolderCreation: library,
      ContentTypesEnabled: props.ContentTypesEnabled ?? false,
      AllowContentTypes: props.AllowContentTypes ?? true,
      Hidden: false,
      OnQuickLaunch: false,
      NoCrawl: false,
      ReadSecurity: 1,
      WriteSecurity: 1,
    };
    for (const [k, v] of Object.entries(props)) {
      if (!['Title', 'BaseTemplate', '__metadata'].includes(k)) stored[k] = v;
    }
    const tx = this.db.transaction(() => {
      this.db.prepare('INSERT INTO lists(id,title,url,template,entity,props,created,modified) VALUES(?,?,?,?,?,?,?,?)')
        .run(id, title, base + urlName, template, entityTypeName(urlName, library), JSON.stringify(stored), now, now);
      BUILTINS.filter(b => !b.library || library).forEach((b, i) => {
        this.db.prepare('INSERT INTO fields(list_id,id,internal_name,title,kind,type_as_string,props,ord,builtin) VALUES(?,?,?,?,?,?,?,?,1)')
          .run(id, randomUUID(), b.name, b.name === 'FileLeafRef' && !library ? 'Name' : b.title, b.kind, KIND_INFO[b.kind].type, JSON.stringify(b.props ?? {}), i);
      });
      this.db.prepare('INSERT INTO views(list_id,id,title,props) VALUES(?,?,?,?)').run(id, randomUUID(), library ? 'All Documents' : 'All Items', JSON.stringify({
        DefaultView: true, PersonalView: false, RowLimit: 30, Paged: true, ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
        Fields: library ? ['DocIcon', 'LinkFilename', 'Modified', 'Editor'] : ['LinkTitle'],
        ServerRelativeUrl: `${base + urlName}/${library ? 'Forms/' : ''}AllItems.aspx`,
      }));
    });
    tx();
    return this.byId(id) as IList;
  }

  public update(list: IList, props: Record<string, unknown>): void {
    const next = { ...list.props };
    let title = list.title;
    for (const [k, v] of Object.entries(props)) {
      if (k === '__metadata') continue;
      if (k === 'Title') {
        const t = String(v);
        const other = this.byTitle(t);
        if (other && other.id !== list.id) throw Errors.duplicateList();
        title = t;
      } else next[k] = v;
    }
    this.db.prepare('UPDATE lists SET title=?, props=?, version=version+1, modified=? WHERE id=?')
      .run(title, JSON.stringify(next), isoSeconds(this.site.now()), list.id);
  }

  public remove(list: IList): void {
    this.fieldCache.delete(list.id);
    const tx = this.db.transaction(() => {
      for (const t of ['fields', 'views', 'items', 'item_versions', 'files', 'file_versions', 'attachments', 'approved', 'subscriptions']) {
        this.db.prepare(`DELETE FROM ${t} WHERE list_id=?`).run(list.id);
      }
      this.db.prepare("DELETE FROM role_assignments WHERE scope=? OR scope LIKE ?").run(listScope(list.id), `item:${list.id}:%`);
      this.db.prepare("DELETE FROM unique_scopes WHERE scope=? OR scope LIKE ?").run(listScope(list.id), `item:${list.id}:%`);
      this.db.prepare('DELETE FROM lists WHERE id=?').run(list.id);
    });
    tx();
  }

  public currentChangeToken(list: IList): string {
    const row = this.db.prepare('SELECT MAX(change_no) n FROM changes').get() as { n: number | null };
    return `1;3;${list.id};${dotnetTicks(this.site.now())};${row.n ?? 0}`;
  }

  public entity(list: IList, extra: Record<string, unknown> = {}): OEntity {
    const site = this.site;
    const uri = `${site.siteUrl}/_api/Web/Lists(guid'${list.id}')`;
    const p = list.props;
    return new OEntity({ type: 'SP.List', uri, editLink: `Web/Lists(guid'${list.id}')`, etag: `"${list.version}"`, fragment: 'SP.ApiData.Lists/@Element' }, {
      AllowContentTypes: p.AllowContentTypes,
      BaseTemplate: list.template,
      BaseType: list.library ? 1 : 0,
      ContentTypesEnabled: p.ContentTypesEnabled,
      CrawlNonDefaultViews: false,
      Created: list.created,
      CurrentChangeToken: new OComplex('SP.ChangeToken', { StringValue: this.currentChangeToken(list) }),
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
      Description: p.Description,
      Direction: 'none',
      DocumentTemplateUrl: list.library ? `${list.url}/Forms/template.dotx` : null,
      DraftVersionVisibility: 0,
      EnableAttachments: p.EnableAttachments,
      EnableFolderCreation: p.EnableFolderCreation,
      EnableMinorVersions: p.EnableMinorVersions,
      EnableModeration: p.EnableModeration ?? false,
      EnableVersioning: p.EnableVersioning,
      EntityTypeName: list.entity,
      ForceCheckout: false,
      HasExternalDataSource: false,
      Hidden: p.Hidden,
      Id: list.id,
      ImagePath: new OComplex('SP.ResourcePath', { DecodedUrl: list.library ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47' }),
      ImageUrl: list.library ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47',
      IrmEnabled: false,
      ItemCount: list.item_count,
      LastItemDeletedDate: list.modified,
      LastItemModifiedDate: list.modified,
      ListItemEntityTypeFullName: `SP.Data.${list.entity}Item`,
      MajorVersionLimit: p.MajorVersionLimit,
      MultipleDataList: false,
      NoCrawl: p.NoCrawl,
      OnQuickLaunch: p.OnQuickLaunch,
      ParentWebPath: new OComplex('SP.ResourcePath', { DecodedUrl: site.serverRelativeUrl }),
      ParentWebUrl: site.serverRelativeUrl,
      ReadSecurity: p.ReadSecurity,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: list.library ? '00bfea71-e717-4e80-aa17-d0c71b360101' : '00bfea71-de22-43b2-a848-c05709900100',
      Title: list.title,
      WriteSecurity: p.WriteSecurity,
      ...extra,
    });
  }

  // ---------------------------------------------------------------- fields

  public fields(list: IList): IField[] {
    let fields = this.fieldCache.get(list.id);
    if (!fields) {
      fields = (this.db.prepare('SELECT * FROM fields WHERE list_id=? ORDER BY ord').all(list.id) as IFieldRow[]).map(toField);
      this.fieldCache.set(list.id, fields);
    }
    return fields;
  }

  public field(list: IList, by: 'id' | 'internalNameOrTitle' | 'title', value: string): IField | undefined {
    const fields = this.fields(list);
    if (by === 'id') return fields.find(f => f.id === value.toLowerCase());
    if (by === 'title') return fields.find(f => f.title.toLowerCase() === value.toLowerCase());
    return fields.find(f => f.internal_name.toLowerCase() === value.toLowerCase())
      ?? fields.find(f => f.title.toLowerCase() === value.toLowerCase());
  }

  /** Adds a field; `internalName` is honoured only where SPO honours it (createFieldAsXml with option 8). */
  public addField(list: IList, title: string, kind: number, props: Record<string, unknown>, internalName?: string): IField {
    const fields = this.fields(list);
    const taken = (n: string): boolean => fields.some(f => f.internal_name.toLowerCase() === n.toLowerCase());
    const name = uniqueInternalName(internalName ?? internalNameFromTitle(title), taken);
    const id = String(props.Id ?? randomUUID()).replace(/[{}]/g, '').toLowerCase();
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props)) {
      if (['__metadata', 'Title', 'FieldTypeKind', 'Id', 'InternalName', 'StaticName'].includes(k)) continue;
      clean[k] = v && typeof v === 'object' && 'results' in (v as object) ? (v as { results: unknown }).results : v;
    }
    if (kind === FieldKind.User && clean.SelectionMode === undefined) clean.SelectionMode = 1;
    const typeName = kind === FieldKind.User && clean.AllowMultipleValues ? 'UserMulti'
      : kind === FieldKind.Lookup && clean.AllowMultipleValues ? 'LookupMulti' : KIND_INFO[kind]?.type ?? 'Text';
    const ord = fields.reduce((m, f) => Math.max(m, f.ord), 0) + 1;
    this.fieldCache.delete(list.id);
    this.db.prepare('INSERT INTO fields(list_id,id,internal_name,title,kind,type_as_string,props,ord) VALUES(?,?,?,?,?,?,?,?)')
      .run(list.id, id, name, title, kind, typeName, JSON.stringify(clean), ord);
    const field = this.field(list, 'id', id) as IField;
    if (field.indexed) this.ensureIndex(list, field);
    if (field.unique) this.ensureUniqueIndex(list, field);
    return field;
  }

  public updateField(list: IList, field: IField, props: Record<string, unknown>): void {
    const next = { ...field.props };
    let title = field.title;
    for (const [k, v] of Object.entries(props)) {
      if (k === '__metadata') continue;
      if (k === 'Title') title = String(v);
      else next[k] = v && typeof v === 'object' && 'results' in (v as object) ? (v as { results: unknown }).results : v;
    }
    const typeName = field.kind === FieldKind.User ? (next.AllowMultipleValues ? 'UserMulti' : 'User')
      : field.kind === FieldKind.Lookup ? (next.AllowMultipleValues ? 'LookupMulti' : 'Lookup') : field.type_as_string;
    this.db.prepare('UPDATE fields SET title=?, props=?, type_as_string=? WHERE list_id=? AND id=?')
      .run(title, JSON.stringify(next), typeName, list.id, field.id);
    this.fieldCache.delete(list.id);
    const updated = this.field(list, 'id', field.id) as IField;
    if (updated.indexed) this.ensureIndex(list, updated);
    else this.db.exec(`DROP INDEX IF EXISTS "${indexName(list, field)}"`);
    if (updated.unique) this.ensureUniqueIndex(list, updated);
    else this.dropUniqueIndex(list, field);
  }

  public removeField(list: IList, field: IField): void {
    this.db.prepare('DELETE FROM fields WHERE list_id=? AND id=?').run(list.id, field.id);
    this.fieldCache.delete(list.id);
    this.db.exec(`DROP INDEX IF EXISTS "${indexName(list, field)}"`);
    this.dropUniqueIndex(list, field);
  }

  private readonly uniqueIndexed = new Set<string>();

  private dropUniqueIndex(list: IList, field: IField): void {
    this.uniqueIndexed.delete(uniqueIndexName(list, field));
    this.db.exec(`DROP INDEX IF EXISTS "${uniqueIndexName(list, field)}"`);
  }

  /**
   * The index the unique-value check reads (Items.checkUnique): text compares case-insensitively there, so text
   * columns get a NOCASE expression index beside the BINARY one $filter uses; other kinds reuse ensureIndex's.
   * Created on first use too, for databases written before the check existed.
   */
  public ensureUniqueIndex(list: IList, field: IField): void {
    const name = uniqueIndexName(list, field);
    if (this.uniqueIndexed.has(name)) return;
    if (isCaseInsensitive(field)) {
      this.db.exec(`CREATE INDEX IF NOT EXISTS "${name}" ON items(list_id, json_extract(data, '$."${field.internal_name}"') COLLATE NOCASE)`);
    } else if (field.builtin) {
      return;
    } else {
      this.ensureIndex(list, field);
    }
    this.uniqueIndexed.add(name);
  }

  /** An expression index, so an indexed-column filter with $top/$skiptoken does not scan the list. */
  public ensureIndex(list: IList, field: IField): void {
    if (field.builtin) return;
    this.db.exec(`CREATE INDEX IF NOT EXISTS "${indexName(list, field)}" ON items(list_id, json_extract(data, '$."${field.internal_name}"'), id)`);
  }

  public fieldEntity(list: IList, f: IField, verboseSpType = true): OEntity {
    const site = this.site;
    const info = KIND_INFO[f.kind] ?? KIND_INFO[2];
    const uri = `${site.siteUrl}/_api/Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`;
    const p = f.props;
    const props: Record<string, unknown> = {
      AutoIndexed: false, CanBeDeleted: !f.builtin, ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
      ClientSideComponentProperties: null, ClientValidationFormula: null, ClientValidationMessage: null, CustomFormatter: null,
      DefaultFormula: null, DefaultValue: p.DefaultValue ?? null, Description: p.Description ?? '', Direction: 'none',
      EnforceUniqueValues: p.EnforceUniqueValues ?? false, EntityPropertyName: f.epn, Filterable: true, FromBaseType: f.builtin === 1,
      Group: p.Group ?? 'Custom Columns', Hidden: p.Hidden ?? false, Id: f.id, Indexed: f.indexed, IndexStatus: f.indexed ? 1 : 0,
      InternalName: f.internal_name, IsModern: false, JSLink: 'clienttemplates.js', PinnedToFiltersPane: false,
      ReadOnlyField: p.ReadOnlyField ?? false, Required: p.Required ?? false,
      SchemaXml: `<Field Type="${f.type_as_string}" DisplayName="${xmlAttr(f.title)}" ID="{${f.id}}" SourceID="{${list.id}}" StaticName="${f.internal_name}" Name="${f.internal_name}" Required="${p.Required ? 'TRUE' : 'FALSE'}"${f.indexed ? ' Indexed="TRUE"' : ''} />`,
      Scope: list.url, Sealed: false, ShowInFiltersPane: 0, Sortable: true, StaticName: f.internal_name, Title: f.title,
      FieldTypeKind: f.kind, TypeAsString: f.type_as_string, TypeDisplayName: info.display, TypeShortDescription: info.display,
      ValidationFormula: null, ValidationMessage: null,
    };
    const extra: Record<string, unknown> = {};
    switch (f.kind) {
      case FieldKind.Text: extra.MaxLength = p.MaxLength ?? 255; break;
      case FieldKind.Note: Object.assign(extra, { AllowHyperlink: p.AllowHyperlink ?? false, AppendOnly: p.AppendOnly ?? false, IsLongHyperlink: false, NumberOfLines: p.NumberOfLines ?? 6, RestrictedMode: p.RestrictedMode ?? true, RichText: p.RichText ?? false, UnlimitedLengthInDocumentLibrary: false, WikiLinking: false }); break;
      case FieldKind.Number: case FieldKind.Currency: Object.assign(extra, { CommaSeparator: true, CustomUnitName: null, CustomUnitOnRight: false, DisplayFormat: -1, MaximumValue: p.MaximumValue ?? 1.7976931348623157e308, MinimumValue: p.MinimumValue ?? -1.7976931348623157e308, ShowAsPercentage: false, Unit: 'None' }); break;
      case FieldKind.Choice: case FieldKind.MultiChoice: Object.assign(extra, { Choices: (p.Choices as string[]) ?? [], EditFormat: p.EditFormat ?? 0, FillInChoice: p.FillInChoice ?? false, Mappings: null }); break;
      case FieldKind.DateTime: Object.assign(extra, { DateTimeCalendarType: 1, DateFormat: null, DisplayFormat: p.DisplayFormat ?? 0, FriendlyDisplayFormat: p.FriendlyDisplayFormat ?? 0 }); break;
      case FieldKind.User: Object.assign(extra, { AllowMultipleValues: f.multi, LookupField: 'ImnName', LookupList: '{USERINFO}', AllowDisplay: true, Presence: true, SelectionGroup: 0, SelectionMode: p.SelectionMode ?? 1 }); break;
      case FieldKind.Lookup: Object.assign(extra, { AllowMultipleValues: f.multi, LookupField: p.LookupFieldName ?? p.LookupField ?? 'Title', LookupList: `{${String(p.LookupListId ?? '')}}`, LookupWebId: site.webId, RelationshipDeleteBehavior: 0 }); break;
      default: break;
    }
    return new OEntity({ type: verboseSpType ? info.spType : info.spType, uri, editLink: `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`, fragment: 'SP.ApiData.Fields1/@Element' }, { ...props, ...extra });
  }
}

function indexName(list: IList, field: IField): string {
  return `ix_${list.id.replace(/-/g, '')}_${field.id.replace(/-/g, '')}`;
}

function uniqueIndexName(list: IList, field: IField): string {
  return `ux_${list.id.replace(/-/g, '')}_${field.id.replace(/-/g, '')}`;
}

/** Text-valued kinds, whose unique values SharePoint compares without regard to case. */
export function isCaseInsensitive(field: IField): boolean {
  return field.kind === FieldKind.Text || field.kind === FieldKind.Choice;
}

export function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
