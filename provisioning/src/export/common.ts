import { createHash } from 'crypto';
import type { IFieldDef, IListDef } from '../../../src/schema';
import { KIND_SPECS } from '../fieldSpec';

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A stable GUID for a field: the same list key and internal name always give the same ID (name-based, SHA-1). */
export function fieldGuid(listKey: string, internalName: string): string {
  const h = createHash('sha1').update(`opsdesk|${listKey}|${internalName}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const BOOL = (b: boolean): string => (b ? 'TRUE' : 'FALSE');

/**
 * CAML `<Field>` for a schema field (the XML both the PnP template and the site script's addSPFieldXml take).
 * `lookupList` gives the List attribute (a GUID, a PnP token, or a list URL for site scripts).
 */
export function fieldXml(
  list: IListDef,
  def: IFieldDef,
  lookupList?: (target: IListDef | undefined, key: string) => string,
  options: { displayName?: string } = {}
): string {
  const spec = KIND_SPECS[def.kind];
  const attrs: Array<[string, string]> = [
    ['ID', `{${fieldGuid(list.key, def.internalName)}}`],
    ['Type', spec.camlType],
    ['Name', def.internalName],
    ['StaticName', def.internalName],
    ['DisplayName', options.displayName ?? def.title.ja],
    ['Required', BOOL(def.required === true)]
  ];
  if (def.indexed || def.unique) attrs.push(['Indexed', 'TRUE']);
  if (def.unique) attrs.push(['EnforceUniqueValues', 'TRUE']);
  // SharePoint refuses to change Hidden later unless the column allows it
  if (def.hidden) attrs.push(['Hidden', 'TRUE'], ['CanToggleHidden', 'TRUE']);
  if (def.description) attrs.push(['Description', def.description.ja]);
  switch (def.kind) {
    case 'text':
      attrs.push(['MaxLength', String(def.maxLength ?? 255)]);
      break;
    case 'note':
      attrs.push(['RichText', 'FALSE'], ['NumLines', '6']);
      break;
    case 'richText':
      attrs.push(['RichText', 'TRUE'], ['RichTextMode', 'FullHtml'], ['NumLines', '6']);
      break;
    case 'choice':
    case 'multiChoice':
      attrs.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
      break;
    case 'number':
      if (def.min !== undefined) attrs.push(['Min', String(def.min)]);
      if (def.max !== undefined) attrs.push(['Max', String(def.max)]);
      break;
    case 'dateOnly':
      attrs.push(['Format', 'DateOnly']);
      break;
    case 'dateTime':
      attrs.push(['Format', 'DateTime']);
      break;
    case 'user':
    case 'userMulti':
      attrs.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0'], ['ShowField', 'ImnName']);
      if (def.kind === 'userMulti') attrs.push(['Mult', 'TRUE']);
      break;
    case 'lookup':
    case 'lookupMulti':
      attrs.push(['List', lookupList ? lookupList(undefined, def.lookupList ?? '') : ''], ['ShowField', 'Title']);
      if (def.kind === 'lookupMulti') attrs.push(['Mult', 'TRUE']);
      break;
    case 'url':
      attrs.push(['Format', 'Hyperlink']);
      break;
    default:
      break;
  }
  const children: string[] = [];
  if (def.defaultValue !== undefined) children.push(`<Default>${xmlEscape(def.defaultValue)}</Default>`);
  if (def.choices && (def.kind === 'choice' || def.kind === 'multiChoice')) {
    children.push(`<CHOICES>${def.choices.map((c) => `<CHOICE>${xmlEscape(c.value)}</CHOICE>`).join('')}</CHOICES>`);
  }
  const a = attrs.map(([k, v]) => `${k}="${xmlEscape(v)}"`).join(' ');
  return children.length ? `<Field ${a}>${children.join('')}</Field>` : `<Field ${a} />`;
}

/** The schema's CAML uses single-quoted attributes; SharePoint and PnP write double quotes. */
export function camlQuery(query: string): string {
  return query.replace(/'/g, '"');
}
