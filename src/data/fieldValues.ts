import { jstDateKey, jstInstant } from '../domain/time';
import { IFieldDef, IListDef } from '../schema';

/** A Person field as read from SharePoint (expanded `Field/Id,Title,EMail`). */
export interface IUserValue {
  id: number;
  title: string;
  email?: string;
}

/** A Lookup field as read from SharePoint (expanded `Field/Id,Title`). */
export interface ILookupValue {
  id: number;
  title: string;
}

export type FieldValue = string | number | boolean | string[] | IUserValue | IUserValue[] | ILookupValue | ILookupValue[] | undefined;

/** A list item read through the schema: built-in columns plus each schema field under its key. */
export interface ISchemaItem {
  id: number;
  title: string;
  etag?: string;
  created?: string;
  modified?: string;
  authorId?: number;
  values: Record<string, FieldValue>;
}

type Raw = Record<string, unknown>;

const USER_PROPS = ['Id', 'Title', 'EMail'];
const LOOKUP_PROPS = ['Id', 'Title'];

function isExpanded(kind: IFieldDef['kind']): boolean {
  return kind === 'user' || kind === 'userMulti' || kind === 'lookup' || kind === 'lookupMulti';
}

/** `$select` for the given field keys (all fields when omitted), with the expanded properties of people and lookups. */
export function selectFor(list: IListDef, keys?: ReadonlyArray<string>): string[] {
  const select = ['Id', 'Title', 'Created', 'Modified', 'AuthorId'];
  for (const key of keys || Object.keys(list.fields)) {
    const field = list.fields[key];
    if (!field) throw new Error(`Field ${key} is not in list ${list.key}`);
    if (isExpanded(field.kind)) {
      const props = field.kind === 'user' || field.kind === 'userMulti' ? USER_PROPS : LOOKUP_PROPS;
      for (const p of props) select.push(`${field.internalName}/${p}`);
    } else {
      select.push(field.internalName);
    }
  }
  return select;
}

/** `$expand` for the given field keys: every person and lookup column among them. */
export function expandFor(list: IListDef, keys?: ReadonlyArray<string>): string[] {
  return (keys || Object.keys(list.fields))
    .map((key) => list.fields[key])
    .filter((field) => isExpanded(field.kind))
    .map((field) => field.internalName);
}

function readUser(raw: unknown): IUserValue | undefined {
  const r = raw as Raw | undefined;
  if (!r || typeof r.Id !== 'number') return undefined;
  return { id: r.Id, title: String(r.Title || ''), email: r.EMail ? String(r.EMail) : undefined };
}

function readLookup(raw: unknown): ILookupValue | undefined {
  const r = raw as Raw | undefined;
  if (!r || typeof r.Id !== 'number') return undefined;
  return { id: r.Id, title: String(r.Title || '') };
}

/** JSON light returns multi-valued fields as arrays, verbose as `{ results: [...] }`. */
function many(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  const r = raw as { results?: unknown[] } | undefined;
  return r && Array.isArray(r.results) ? r.results : [];
}

export function readFieldValue(field: IFieldDef, raw: unknown): FieldValue {
  if (raw === null || raw === undefined) {
    return field.kind === 'multiChoice' || field.kind === 'userMulti' || field.kind === 'lookupMulti' ? [] : undefined;
  }
  switch (field.kind) {
    case 'user':
      return readUser(raw);
    case 'userMulti':
      return many(raw).map(readUser).filter((u): u is IUserValue => !!u);
    case 'lookup':
      return readLookup(raw);
    case 'lookupMulti':
      return many(raw).map(readLookup).filter((l): l is ILookupValue => !!l);
    case 'multiChoice':
      return many(raw).map(String);
    case 'number':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'boolean':
      return raw === true || raw === 1 || raw === '1' || raw === 'true';
    // Date-only columns hold midnight in the site's time zone (Asia/Tokyo) as a UTC instant.
    case 'dateOnly':
      return jstDateKey(new Date(String(raw)));
    case 'url': {
      const r = raw as Raw;
      return r && r.Url ? String(r.Url) : undefined;
    }
    default:
      return String(raw);
  }
}

export function readItem(list: IListDef, raw: Raw, keys?: ReadonlyArray<string>): ISchemaItem {
  const values: Record<string, FieldValue> = {};
  for (const key of keys || Object.keys(list.fields)) {
    const field = list.fields[key];
    values[key] = readFieldValue(field, raw[field.internalName]);
  }
  const etag = (raw['odata.etag'] as string) || ((raw.__metadata as Raw | undefined)?.etag as string | undefined);
  return {
    id: Number(raw.Id !== undefined ? raw.Id : raw.ID),
    title: raw.Title === null || raw.Title === undefined ? '' : String(raw.Title),
    etag,
    created: raw.Created as string | undefined,
    modified: raw.Modified as string | undefined,
    authorId: raw.AuthorId as number | undefined,
    values
  };
}

/** Values to write, by field key; `null` clears a field. People and lookups are written by id. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint REST clears a column with JSON null.
export type WriteValues = Record<string, string | number | boolean | null | string[] | number[] | undefined>;

// eslint-disable-next-line @rushstack/no-new-null -- the cleared value SharePoint REST expects.
function idOf(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object' && typeof (v as IUserValue).id === 'number') return (v as IUserValue).id;
  return Number(v);
}

/** The JSON body PnPjs sends for add/update: SharePoint takes people and lookups as `<Name>Id`. */
export function toPayload(list: IListDef, values: WriteValues, title?: string): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  if (title !== undefined) payload.Title = title;
  for (const key of Object.keys(values)) {
    const field = list.fields[key];
    if (!field) throw new Error(`Field ${key} is not in list ${list.key}`);
    const v = values[key];
    if (v === undefined) continue;
    switch (field.kind) {
      case 'user':
      case 'lookup':
        payload[`${field.internalName}Id`] = idOf(v);
        break;
      case 'userMulti':
      case 'lookupMulti':
        payload[`${field.internalName}Id`] = Array.isArray(v) ? (v as unknown[]).map((x) => idOf(x)) : [];
        break;
      case 'dateOnly':
        payload[field.internalName] = v === null ? null : jstInstant(String(v)).toISOString();
        break;
      default:
        payload[field.internalName] = v;
    }
  }
  return payload;
}
