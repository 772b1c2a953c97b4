import { IListDef } from '../schema';

/**
 * OData `$filter` terms written with schema field keys, so no query spells an internal name. Values are
 * quoted and escaped here; dates are sent as `datetime'…'` as SharePoint expects.
 */
export type FilterValue = string | number | boolean | Date;

function literal(value: FilterValue): string {
  if (value instanceof Date) return `datetime'${value.toISOString()}'`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return `'${value.replace(/'/g, "''")}'`;
}

export class ListFilter {
  constructor(private readonly list: IListDef) {}

  /** The column a key compares on: people and lookups by their `<Name>Id` column, which needs no $expand. */
  private column(key: string): string {
    if (key === 'id') return 'Id';
    if (key === 'title') return 'Title';
    const field = this.list.fields[key];
    if (!field) throw new Error(`Field ${key} is not in list ${this.list.key}`);
    return field.kind === 'user' || field.kind === 'lookup' ? `${field.internalName}Id` : field.internalName;
  }

  public eq(key: string, value: FilterValue): string {
    return `${this.column(key)} eq ${literal(value)}`;
  }
  public ne(key: string, value: FilterValue): string {
    return `${this.column(key)} ne ${literal(value)}`;
  }
  public lt(key: string, value: FilterValue): string {
    return `${this.column(key)} lt ${literal(value)}`;
  }
  public le(key: string, value: FilterValue): string {
    return `${this.column(key)} le ${literal(value)}`;
  }
  public gt(key: string, value: FilterValue): string {
    return `${this.column(key)} gt ${literal(value)}`;
  }
  public ge(key: string, value: FilterValue): string {
    return `${this.column(key)} ge ${literal(value)}`;
  }
  public startsWith(key: string, value: string): string {
    return `startswith(${this.column(key)},${literal(value)})`;
  }
  public substringOf(key: string, value: string): string {
    return `substringof(${literal(value)},${this.column(key)})`;
  }
  public anyOf(key: string, values: ReadonlyArray<FilterValue>): string {
    return or(...values.map((v) => this.eq(key, v)));
  }
  /** The internal name a key sorts on (for `$orderby`). */
  public orderColumn(key: string): string {
    if (key === 'id') return 'Id';
    if (key === 'title') return 'Title';
    if (key === 'created') return 'Created';
    if (key === 'modified') return 'Modified';
    const field = this.list.fields[key];
    if (!field) throw new Error(`Field ${key} is not in list ${this.list.key}`);
    return field.kind === 'user' || field.kind === 'lookup' ? `${field.internalName}/Title` : field.internalName;
  }
}

export function and(...terms: string[]): string {
  const parts = terms.filter((t) => !!t);
  return parts.length <= 1 ? parts[0] || '' : parts.map((t) => `(${t})`).join(' and ');
}

export function or(...terms: string[]): string {
  const parts = terms.filter((t) => !!t);
  return parts.length <= 1 ? parts[0] || '' : parts.map((t) => `(${t})`).join(' or ');
}

export function not(term: string): string {
  return `not (${term})`;
}
