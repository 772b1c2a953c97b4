/**
 * Just enough CAML to write view queries as data. Which queries stay below the 5,000-item list view threshold
 * however long the list grows is decided by `viewSafety` (an indexed column alone is not enough).
 */
export type CamlValueType = 'Text' | 'Choice' | 'DateTime' | 'Integer' | 'Number' | 'Boolean' | 'User' | 'Lookup';

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
}

function value(type: CamlValueType, v: string): string {
  return `<Value Type='${type}'>${v}</Value>`;
}

function compare(op: string, field: string, type: CamlValueType, v: string, raw = false): string {
  return `<${op}><FieldRef Name='${field}'/>${value(type, raw ? v : escapeXml(v))}</${op}>`;
}

export const caml = {
  eq: (field: string, type: CamlValueType, v: string): string => compare('Eq', field, type, v),
  neq: (field: string, type: CamlValueType, v: string): string => compare('Neq', field, type, v),
  isTrue: (field: string): string => compare('Eq', field, 'Boolean', '1'),
  /** `<Today OffsetDays='n'/>` compared with a date column. */
  beforeToday: (field: string, offsetDays = 0): string =>
    compare('Lt', field, 'DateTime', offsetDays ? `<Today OffsetDays='${offsetDays}'/>` : '<Today/>', true),
  onOrBeforeToday: (field: string, offsetDays: number): string =>
    compare('Leq', field, 'DateTime', `<Today OffsetDays='${offsetDays}'/>`, true),
  onOrAfterToday: (field: string, offsetDays: number): string =>
    compare('Geq', field, 'DateTime', `<Today OffsetDays='${offsetDays}'/>`, true),
  isMe: (field: string): string => `<Eq><FieldRef Name='${field}' LookupId='TRUE'/><Value Type='Integer'><UserID/></Value></Eq>`,
  notIn: (field: string, type: CamlValueType, values: ReadonlyArray<string>): string =>
    `<Not><In><FieldRef Name='${field}'/><Values>${values.map((v) => value(type, escapeXml(v))).join('')}</Values></In></Not>`,
  and: (...parts: string[]): string =>
    parts.reduce((acc, part) => (acc ? `<And>${acc}${part}</And>` : part), ''),
  or: (...parts: string[]): string => parts.reduce((acc, part) => (acc ? `<Or>${acc}${part}</Or>` : part), ''),
  /** A full view query: optional <Where> and the <OrderBy>. */
  query: (where: string, orderBy: ReadonlyArray<[string, 'asc' | 'desc']>): string =>
    (where ? `<Where>${where}</Where>` : '') +
    `<OrderBy>${orderBy
      .map(([f, dir]) => `<FieldRef Name='${f}'${dir === 'desc' ? " Ascending='FALSE'" : ''}/>`)
      .join('')}</OrderBy>`
};
