/**
 * How each schema field kind becomes a SharePoint field, and which of its REST properties provisioning owns.
 * One table drives creation (apply), comparison (plan) and the exports, so they cannot disagree.
 */
import type { FieldKind, IFieldDef, IViewDef } from '../../src/schema';
import type { IActualField, IActualView } from './types';

export interface IKindSpec {
  fieldTypeKind: number;
  /** TypeAsString of the created field before multi-value is switched on. */
  typeAsString: string;
  /** `__metadata.type` PnPjs uses for this kind (field.update needs it to skip its extra GET). */
  spType: string;
  /** Field element Type in CAML (PnP template, site script). */
  camlType: string;
}

export const KIND_SPECS: Readonly<Record<FieldKind, IKindSpec>> = {
  text: { fieldTypeKind: 2, typeAsString: 'Text', spType: 'SP.FieldText', camlType: 'Text' },
  note: { fieldTypeKind: 3, typeAsString: 'Note', spType: 'SP.FieldMultiLineText', camlType: 'Note' },
  richText: { fieldTypeKind: 3, typeAsString: 'Note', spType: 'SP.FieldMultiLineText', camlType: 'Note' },
  choice: { fieldTypeKind: 6, typeAsString: 'Choice', spType: 'SP.FieldChoice', camlType: 'Choice' },
  multiChoice: { fieldTypeKind: 15, typeAsString: 'MultiChoice', spType: 'SP.FieldMultiChoice', camlType: 'MultiChoice' },
  number: { fieldTypeKind: 9, typeAsString: 'Number', spType: 'SP.FieldNumber', camlType: 'Number' },
  boolean: { fieldTypeKind: 8, typeAsString: 'Boolean', spType: 'SP.Field', camlType: 'Boolean' },
  dateTime: { fieldTypeKind: 4, typeAsString: 'DateTime', spType: 'SP.FieldDateTime', camlType: 'DateTime' },
  dateOnly: { fieldTypeKind: 4, typeAsString: 'DateTime', spType: 'SP.FieldDateTime', camlType: 'DateTime' },
  user: { fieldTypeKind: 20, typeAsString: 'User', spType: 'SP.FieldUser', camlType: 'User' },
  userMulti: { fieldTypeKind: 20, typeAsString: 'User', spType: 'SP.FieldUser', camlType: 'UserMulti' },
  lookup: { fieldTypeKind: 7, typeAsString: 'Lookup', spType: 'SP.FieldLookup', camlType: 'Lookup' },
  lookupMulti: { fieldTypeKind: 7, typeAsString: 'Lookup', spType: 'SP.FieldLookup', camlType: 'LookupMulti' },
  url: { fieldTypeKind: 11, typeAsString: 'URL', spType: 'SP.FieldUrl', camlType: 'URL' }
};

/** DisplayFormat of SP.FieldDateTime: 0 date only, 1 date and time. */
export const DATE_ONLY = 0;
export const DATE_TIME = 1;
/** SP.FieldUser SelectionMode: 0 people only. */
export const PEOPLE_ONLY = 0;

/**
 * The REST properties provisioning reconciles on a field, as they should be. Flags the schema leaves out are
 * false (provisioning owns its own fields); description, default and bounds only when the schema sets them,
 * so a value someone set on purpose is not reset to nothing.
 */
export function desiredFieldProps(field: IFieldDef): Record<string, unknown> {
  const p: Record<string, unknown> = {
    Title: field.title.ja,
    Required: field.required === true,
    Indexed: field.indexed === true || field.unique === true,
    EnforceUniqueValues: field.unique === true,
    Hidden: field.hidden === true
  };
  if (field.description) p.Description = field.description.ja;
  if (field.defaultValue !== undefined) p.DefaultValue = field.defaultValue;
  switch (field.kind) {
    case 'text':
      p.MaxLength = field.maxLength ?? 255;
      break;
    case 'note':
      p.RichText = false;
      break;
    case 'richText':
      p.RichText = true;
      p.RichTextMode = 'FullHtml';
      break;
    case 'choice':
    case 'multiChoice':
      p.Choices = (field.choices ?? []).map((c) => c.value);
      break;
    case 'number':
      if (field.min !== undefined) p.MinimumValue = field.min;
      if (field.max !== undefined) p.MaximumValue = field.max;
      break;
    case 'dateOnly':
      p.DisplayFormat = DATE_ONLY;
      break;
    case 'dateTime':
      p.DisplayFormat = DATE_TIME;
      break;
    case 'user':
    case 'userMulti':
      p.SelectionMode = PEOPLE_ONLY;
      p.AllowMultipleValues = field.kind === 'userMulti';
      break;
    case 'lookup':
    case 'lookupMulti':
      p.AllowMultipleValues = field.kind === 'lookupMulti';
      break;
    default:
      break;
  }
  return p;
}

/** The same properties read from the site; undefined when SharePoint did not report the property. */
export function actualFieldProps(f: IActualField): Record<string, unknown> {
  return {
    Title: f.title,
    Required: f.required,
    Indexed: f.indexed,
    EnforceUniqueValues: f.enforceUniqueValues,
    Hidden: f.hidden,
    Description: f.description,
    DefaultValue: f.defaultValue,
    MaxLength: f.maxLength,
    RichText: f.richText,
    RichTextMode: f.richTextMode,
    Choices: f.choices,
    MinimumValue: f.minimumValue,
    MaximumValue: f.maximumValue,
    DisplayFormat: f.displayFormat,
    SelectionMode: f.selectionMode,
    AllowMultipleValues: f.allowMultipleValues
  };
}

/** Properties that can only be given when the field is created (RichTextMode lives in SchemaXml only). */
export const CREATE_ONLY_PROPS = ['RichTextMode'];

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a === b;
}

/** View CAML as SharePoint may echo it back: quotes, self-closing spacing and whitespace between tags vary. */
export function normalizeCaml(xml: string): string {
  return xml
    .replace(/'/g, '"')
    .replace(/>\s+</g, '><')
    .replace(/\s+\/>/g, '/>')
    .replace(/\s+/g, ' ')
    .trim();
}

export function desiredViewProps(view: IViewDef): Record<string, unknown> {
  const p: Record<string, unknown> = {
    Title: view.title.ja,
    ViewQuery: view.query,
    RowLimit: view.rowLimit,
    ViewFields: view.fields.slice()
  };
  if (view.default) p.DefaultView = true;
  return p;
}

export function actualViewProps(v: IActualView): Record<string, unknown> {
  return { Title: v.title, ViewQuery: v.viewQuery, RowLimit: v.rowLimit, ViewFields: v.fields.slice(), DefaultView: v.defaultView };
}
