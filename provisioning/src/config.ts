/**
 * Site configuration and roster files, validated with zod so a typo fails with the file, the path and what was
 * expected instead of a half-provisioned site.
 */
import { readFileSync } from 'fs';
import { z } from 'zod';
import { buildGroups } from '../../src/schema';
import type { IProvisioningConfig, IRoster } from './types';

const KEY = /^[a-z0-9][a-z0-9-]{0,40}$/;

const vendorSchema = z.strictObject({
  key: z.string().regex(KEY, 'vendor key: lower-case ASCII letters, digits and hyphens (it is stored on items and used in group keys)'),
  name: z.string().trim().min(1, 'vendor name is required'),
  kind: z.enum(['asp', 'operator'])
});

export const siteConfigSchema = z
  .strictObject({
    $comment: z.string().optional(),
    groupPrefix: z.string().trim().min(1, 'groupPrefix is required').max(40, 'groupPrefix: at most 40 characters'),
    groupOwner: z.string().optional(),
    vendors: z.array(vendorSchema)
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.vendors.forEach((v, i) => {
      if (seen.has(v.key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['vendors', i, 'key'], message: `duplicate vendor key '${v.key}'` });
      seen.add(v.key);
    });
    if (c.groupOwner !== undefined) {
      const keys = Array.from(new Set(buildGroups({ groupPrefix: c.groupPrefix, vendors: c.vendors }).map((g) => g.key)));
      if (keys.indexOf(c.groupOwner) < 0) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['groupOwner'], message: `unknown group key '${c.groupOwner}' (known: ${keys.join(', ')})` });
      }
    }
  });

const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class ConfigError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function describe(error: z.ZodError, file: string): string {
  const lines = error.issues.map((i) => `  - ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  return `${file}:\n${lines.join('\n')}`;
}

/** Validates a parsed site configuration; throws ConfigError listing every problem. */
export function parseSiteConfig(raw: unknown, source = 'site configuration'): IProvisioningConfig {
  const r = siteConfigSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(`Invalid ${describe(r.error, source)}`);
  const { $comment: _comment, ...config } = r.data;
  return config;
}

/**
 * Validates a roster against the groups the configuration produces: unknown group keys, malformed UPNs and
 * duplicates are errors. Accepts `{ groupKey: [upn…] }` (JSON) or rows of `group,upn` (CSV text).
 */
export function parseRoster(raw: unknown, config?: IProvisioningConfig, source = 'roster'): IRoster {
  const rows: Array<[string, string, string]> = [];
  if (typeof raw === 'string') {
    let first = true;
    raw.split(/\r?\n/).forEach((line, i) => {
      const t = line.trim();
      if (!t || t.startsWith('#')) return;
      const cells = t.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
      const header = first && /^group/i.test(cells[0]) && /upn|user|mail/i.test(cells[1] ?? '');
      first = false;
      if (!header) rows.push([cells[0] ?? '', cells[1] ?? '', `line ${i + 1}`]);
    });
  } else if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (key === '$comment') continue;
      if (!Array.isArray(value)) {
        rows.push([key, String(value), key]);
        continue;
      }
      value.forEach((upn, i) => rows.push([key, typeof upn === 'string' ? upn : JSON.stringify(upn), `${key}.${i}`]));
    }
  } else {
    throw new ConfigError(`Invalid ${source}: expected an object of group key → UPN list, or CSV rows "group,upn"`);
  }
  const keys = config ? buildGroups(config).map((g) => g.key) : undefined;
  const problems: string[] = [];
  const roster: Record<string, string[]> = {};
  for (const [group, upn, where] of rows) {
    if (!group || (keys && keys.indexOf(group) < 0)) problems.push(`  - ${where}: unknown group key '${group}'${keys ? ` (known: ${keys.join(', ')})` : ''}`);
    else if (!UPN.test(upn)) problems.push(`  - ${where}: '${upn}' is not a user principal name (name@domain)`);
    else {
      const list = (roster[group] = roster[group] ?? []);
      if (list.some((u) => u.toLowerCase() === upn.toLowerCase())) problems.push(`  - ${where}: '${upn}' is listed twice for ${group}`);
      else list.push(upn);
    }
  }
  if (problems.length) throw new ConfigError(`Invalid ${source}:\n${problems.join('\n')}`);
  return roster;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`Cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Reads and validates a site configuration file (JSON). */
export function loadSiteConfig(path: string): IProvisioningConfig {
  return parseSiteConfig(readJson(path), path);
}

/** Reads and validates a roster file: `.csv` (group,upn rows) or JSON (group key → UPNs); group keys are checked when the configuration is given. */
export function loadRoster(path: string, config?: IProvisioningConfig): IRoster {
  if (/\.csv$/i.test(path)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      throw new ConfigError(`Cannot read ${path}: ${(e as Error).message}`);
    }
    return parseRoster(text, config, path);
  }
  return parseRoster(readJson(path), config, path);
}
