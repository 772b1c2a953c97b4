/**
 * Name derivation rules (sharepoint-rest.md §5.2, §7.4).
 * - InternalName: XmlConvert.EncodeName-style `_xHHHH_` (lowercase hex) for every character outside
 *   [A-Za-z0-9_] (and for a leading digit), truncated at 32 characters even mid-escape.
 * - EntityPropertyName: InternalName, with `OData_` prefixed when it starts with `_`.
 * - List URL name: the title without characters invalid in URLs (spaces removed) [UNVERIFIED for non-ASCII].
 * - EntityTypeName: the URL name XML-encoded (`_` → `_x005f_`) + `List` for lists (libraries: no suffix).
 */

export function encodeXmlName(s: string, opts: { escapeUnderscore?: boolean } = {}): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const c = s[i];
    const ok = /[A-Za-z]/.test(c) || (/[0-9]/.test(c) && i > 0) || (c === '_' && !opts.escapeUnderscore);
    out += ok ? c : `_x${code.toString(16).padStart(4, '0')}_`;
  }
  return out;
}

export function internalNameFromTitle(title: string): string {
  return encodeXmlName(title).slice(0, 32);
}

/** Picks a unique internal name: `Name`, then `Name0`, `Name1`… (MetaInfo → MetaInfo0 [SPOREC]). */
export function uniqueInternalName(base: string, taken: (n: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 0; ; i++) {
    const candidate = `${base.slice(0, 32 - String(i).length)}${i}`;
    if (!taken(candidate)) return candidate;
  }
}

export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

export function listUrlName(title: string): string {
  // [UNVERIFIED] SPO strips characters that are invalid in URLs; for non-ASCII titles the exact rule is unknown.
  const cleaned = title.replace(/[\s~"#%&*:<>?/\\{|}.'+]/g, '');
  return cleaned || 'List';
}

export function entityTypeName(urlName: string, library: boolean): string {
  const enc = encodeXmlName(urlName, { escapeUnderscore: true });
  return library ? enc : `${enc}List`;
}
