/**
 * Parsing of SharePoint REST paths: `_api/web/lists/getByTitle('a%2Fb')/items(3)` → segments with arguments.
 * Works on the raw path (PnPjs sends `%2F` inside quoted arguments, sharepoint-rest.md §1.2) and tolerates
 * whitespace in function argument lists (`breakroleinheritance(copyroleassignments=false,%20clearsubscopes=true)`).
 */

export type ArgValue = string | number | boolean | null;

export interface ISegment {
  /** segment name as sent (decoded) */
  name: string;
  /** lower-cased name for matching */
  key: string;
  /** undefined when the segment had no parentheses */
  args?: { positional: ArgValue[]; named: Record<string, ArgValue> };
}

/** Splits on `/` outside quotes and parentheses. */
function splitRaw(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "'" ) quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    if (c === '/' && depth === 0 && !quoted) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parseArgValue(raw: string, aliases: Record<string, string>): ArgValue {
  const v = raw.trim();
  if (v.startsWith('@')) {
    const alias = aliases[v.toLowerCase()];
    return alias === undefined ? null : parseArgValue(alias, {});
  }
  const m = /^(guid|datetime|X)?'([\s\S]*)'$/i.exec(v);
  if (m) return m[2].replace(/''/g, "'");
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (/^null$/i.test(v)) return null;
  if (/^-?\d+(\.\d+)?[LlMmDd]?$/.test(v)) return parseFloat(v);
  return v;
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") {
      if (quoted && s[i + 1] === "'") { cur += "''"; i++; continue; }
      quoted = !quoted;
    }
    if (c === ',' && !quoted) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  if (cur.trim() !== '' || out.length) out.push(cur);
  return out;
}

export function parseSegment(rawSeg: string, aliases: Record<string, string>): ISegment {
  const seg = safeDecode(rawSeg);
  const open = seg.indexOf('(');
  if (open < 0 || !seg.endsWith(')')) return { name: seg, key: seg.toLowerCase() };
  const name = seg.slice(0, open);
  const inner = seg.slice(open + 1, -1);
  const positional: ArgValue[] = [];
  const named: Record<string, ArgValue> = {};
  for (const part of splitArgs(inner)) {
    const eq = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=([\s\S]*)$/.exec(part);
    if (eq && !/^\s*'/.test(part)) named[eq[1].toLowerCase()] = parseArgValue(eq[2], aliases);
    else positional.push(parseArgValue(part, aliases));
  }
  return { name, key: name.toLowerCase(), args: { positional, named } };
}

export function parseSegments(rawPath: string, aliases: Record<string, string>): ISegment[] {
  return splitRaw(rawPath).map(s => parseSegment(s, aliases));
}

/** Form-decoding of a query string (`+` is a space; names and values decoded), as URLSearchParams does. */
export function parseQuery(rawQuery: string): Map<string, string> {
  const out = new Map<string, string>();
  const q = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  if (!q) return out;
  for (const pair of q.split('&')) {
    if (!pair) continue;
    const i = pair.indexOf('=');
    const k = safeDecode((i < 0 ? pair : pair.slice(0, i)).replace(/\+/g, ' '));
    const v = i < 0 ? '' : safeDecode(pair.slice(i + 1).replace(/\+/g, ' '));
    out.set(k.toLowerCase(), v);
  }
  return out;
}

/** Splits an absolute or relative URL string into raw path and raw query without normalising `%2F`. */
export function splitUrl(url: string): { origin: string; rawPath: string; rawQuery: string } {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?/i.exec(url);
  return { origin: m?.[1] ?? '', rawPath: m?.[2] ?? '', rawQuery: m?.[3] ?? '' };
}
