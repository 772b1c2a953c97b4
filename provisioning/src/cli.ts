/**
 * npm run provision -- <plan|apply|verify|export> [--site <url> | --sandbox [url]] [--lang ja|en] [--config f]
 *                      [--roster f] [--auth certificate|device-code] [--tenant-id] [--client-id] [--cert-path]
 *                      [--json] [--all] [--out dir] [--format pnp|sitescript|all]
 *
 * Exit codes: 0 in order · 1 error · 2 drift (plan), steps left over (apply) or violations (verify).
 */
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BrowserFetch } from '@pnp/queryable';
import { z } from 'zod';
import { sandboxToken } from '../../sandbox/src/identity';
import { applySite, describeStep, ProvisioningError } from './apply';
import { AzureIdentityBearer, createCredential, sharePointScope, StaticBearer } from './auth';
import { ConfigError, loadRoster, loadSiteConfig } from './config';
import { buildDesired } from './desired';
import { exportPnpTemplate } from './export/pnpTemplate';
import { exportSiteScript } from './export/siteScript';
import { validateAgainstXsd } from './export/validateXsd';
import { plan } from './plan';
import { CountRequests, createBrowserSp, newCounts, RetryThrottled, UserAgent } from './pnp';
import type { SPFI } from './pnp';
import { readSite } from './readSite';
import { renderApplyResult, renderPlan } from './render';
import type { IProgress, Lang } from './types';
import { renderVerify, verify } from './verify';

export const DEFAULT_CONFIG = path.join(__dirname, '..', 'config', 'demo.site.json');
export const SANDBOX_SITE = 'http://localhost:4580/sites/opsdesk';

const argsSchema = z
  .strictObject({
    verb: z.enum(['plan', 'apply', 'verify', 'export'], { errorMap: () => ({ message: 'verb must be one of plan, apply, verify, export' }) }),
    site: z.string().url('--site must be an absolute URL such as https://contoso.sharepoint.com/sites/opsdesk').optional(),
    sandbox: z.union([z.literal(true), z.string().url('--sandbox takes an optional site URL of a running sandbox')]).optional(),
    lang: z.enum(['ja', 'en']).default('ja'),
    config: z.string().default(DEFAULT_CONFIG),
    roster: z.string().optional(),
    auth: z.enum(['certificate', 'device-code']).default('certificate'),
    'tenant-id': z.string().optional(),
    'client-id': z.string().optional(),
    'cert-path': z.string().optional(),
    json: z.literal(true).optional(),
    all: z.literal(true).optional(),
    out: z.string().default('provisioning/out'),
    format: z.enum(['pnp', 'sitescript', 'all']).default('all'),
    xsd: z.string().optional(),
    help: z.literal(true).optional()
  })
  .superRefine((a, ctx) => {
    if (a.help) return;
    if (a.verb !== 'export' && !a.site && !a.sandbox) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['site'], message: `${a.verb} needs --site <url> or --sandbox` });
    if (a.xsd && a.verb !== 'export') ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['xsd'], message: '--xsd applies to export only' });
    if (a.xsd && a.format === 'sitescript') ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['xsd'], message: '--xsd validates the PnP template: use --format pnp or all' });
    if (a.site && a.sandbox) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sandbox'], message: 'use either --site or --sandbox' });
    if (a.site && a.verb !== 'export') {
      if (!(a['tenant-id'] ?? process.env.AZURE_TENANT_ID)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['tenant-id'], message: '--tenant-id (or AZURE_TENANT_ID) is required for SharePoint Online' });
      if (!(a['client-id'] ?? process.env.AZURE_CLIENT_ID)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['client-id'], message: '--client-id (or AZURE_CLIENT_ID) is required for SharePoint Online' });
    }
  });

export type ICliArgs = z.infer<typeof argsSchema>;

const FLAGS = new Set(['sandbox', 'json', 'all', 'help']);

/** Parses argv (`verb --name value --flag`) into the validated arguments; throws with every problem listed. */
export function parseArgs(argv: ReadonlyArray<string>): ICliArgs {
  const raw: Record<string, unknown> = {};
  const rest = argv.slice();
  if (rest[0] && !rest[0].startsWith('--')) raw.verb = rest.shift();
  while (rest.length) {
    const token = rest.shift()!;
    if (!token.startsWith('--')) throw new ConfigError(`unexpected argument '${token}'`);
    const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
    if (FLAGS.has(name)) {
      if (name === 'sandbox') raw.sandbox = inline ?? (rest[0] && !rest[0].startsWith('--') ? rest.shift() : undefined) ?? true;
      else raw[name] = true;
      continue;
    }
    const value = inline ?? rest.shift();
    if (value === undefined || value.startsWith('--')) throw new ConfigError(`--${name} needs a value`);
    raw[name] = value;
  }
  if (raw.help) raw.verb = raw.verb ?? 'plan';
  const r = argsSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${i.path.length ? `--${i.path.join('.')}` : 'arguments'}: ${i.message}`).join('\n'));
  return r.data;
}

export const USAGE = `usage: npm run provision -- <verb> [options]

verbs
  plan      read the site and print what apply would change, and why (exit 2 when it differs)
  apply     create what is missing, update what differs (batched, resumable, honours Retry-After)
  verify    read-only report of effective permissions per list x role (exit 2 on a violation)
  export    write the schema as a PnP provisioning template (XML) and a site script (JSON)

options
  --site <url>              SharePoint Online site, e.g. https://contoso.sharepoint.com/sites/opsdesk
  --sandbox [url]           a running local sandbox (npm run sandbox), as its app principal (default ${SANDBOX_SITE})
  --config <file>           site configuration JSON (default provisioning/config/demo.site.json)
  --roster <file>           group members: JSON {groupKey: [upn]} or CSV rows group,upn
  --lang ja|en              output language (default ja)
  --auth certificate|device-code   how to sign in to SharePoint Online (default certificate)
  --tenant-id, --client-id, --cert-path   Entra app (or AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_CERTIFICATE_PATH)
  --json                    machine-readable output
  --all                     list every unmanaged role assignment in the plan
  --out <dir>, --format pnp|sitescript|all   export destination and format
  --xsd <file>  export: validate the PnP template against this XSD (ProvisioningSchema-2022-09.xsd)
`;

export interface ICliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stderr is a terminal (progress bar). */
  tty: boolean;
}

/** Builds the SPFI for the arguments: bearer for SharePoint Online, the sandbox's app token for --sandbox. */
export function connect(a: ICliArgs, counts = newCounts()): { sp: SPFI; siteUrl: string } {
  const retry = RetryThrottled({ onRetry: (status, ms) => process.stderr.write(`\n${status}: waiting ${Math.round(ms / 1000)} s (Retry-After)\n`) });
  if (a.sandbox) {
    const siteUrl = typeof a.sandbox === 'string' ? a.sandbox : SANDBOX_SITE;
    const sp = createBrowserSp(siteUrl, BrowserFetch({ replace: true }), StaticBearer(sandboxToken({ app: true })), CountRequests(counts), retry);
    return { sp, siteUrl };
  }
  const siteUrl = a.site!;
  const credential = createCredential({
    mode: a.auth,
    tenantId: (a['tenant-id'] ?? process.env.AZURE_TENANT_ID)!,
    clientId: (a['client-id'] ?? process.env.AZURE_CLIENT_ID)!,
    certificatePath: a['cert-path'] ?? process.env.AZURE_CLIENT_CERTIFICATE_PATH,
    certificatePassword: process.env.AZURE_CLIENT_CERTIFICATE_PASSWORD
  });
  const sp = createBrowserSp(
    siteUrl, BrowserFetch({ replace: true }), AzureIdentityBearer(credential, sharePointScope(siteUrl)), UserAgent(), CountRequests(counts), retry
  );
  return { sp, siteUrl };
}

function progressBar(io: ICliIo, lang: Lang): (p: IProgress) => void {
  return (p) => {
    if (!io.tty) return;
    if (p.phase === 'read') io.err(`\r${lang === 'ja' ? 'サイトを読み込み中' : 'Reading the site'} (round ${p.round})…`.padEnd(70));
    if (p.phase === 'write' && p.total) {
      const width = 30;
      const filled = Math.round((p.done / p.total) * width);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${p.step ? describeStep(p.step).slice(0, 40) : ''}`.padEnd(90));
    }
    if (p.phase === 'done') io.err('\r'.padEnd(90) + '\r');
  };
}

export async function run(argv: ReadonlyArray<string>, io: ICliIo, sp0?: SPFI): Promise<number> {
  let a: ICliArgs;
  try {
    a = parseArgs(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (a.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    const config = loadSiteConfig(a.config);
    const roster = a.roster ? loadRoster(a.roster, config) : undefined;
    const desired = buildDesired(config, roster);
    if (a.verb === 'export') {
      mkdirSync(a.out, { recursive: true });
      if (a.format !== 'sitescript') {
        const file = path.join(a.out, 'opsdesk.pnp.xml');
        const xml = exportPnpTemplate(desired);
        writeFileSync(file, xml, 'utf8');
        io.out(`${file}\n`);
        if (a.xsd) {
          const check = await validateAgainstXsd(xml, a.xsd);
          if (!check.valid) {
            io.err(`${a.lang === 'ja' ? 'XSD に適合しません' : 'Not valid against'} ${a.xsd}:\n${check.errors.map((x) => `  ${x}`).join('\n')}\n`);
            return 1;
          }
          io.out(`${a.lang === 'ja' ? 'XSD に適合' : 'Valid against'}: ${a.xsd}\n`);
        }
      }
      if (a.format !== 'pnp') {
        const script = exportSiteScript(desired);
        script.scripts.forEach((part, i) => {
          const file = path.join(a.out, script.scripts.length === 1 ? 'opsdesk.sitescript.json' : `opsdesk.sitescript.${i + 1}.json`);
          writeFileSync(file, `${JSON.stringify(part, null, 2)}\n`, 'utf8');
          io.out(`${file}\n`);
        });
        if (script.notExpressed.length) io.err(`${a.lang === 'ja' ? 'サイトスクリプトで表現できないもの' : 'Not expressible in a site script'}:\n${script.notExpressed.map((x) => `  - ${x}`).join('\n')}\n`);
      }
      return 0;
    }
    const counts = newCounts();
    const sp = sp0 ?? connect(a, counts).sp;
    const started = Date.now();
    const stats = (): string => `${counts.http} HTTP request(s), ${counts.reads} read(s), ${counts.writes} write(s), ${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (a.verb === 'plan') {
      const actual = await readSite(sp, desired);
      const p = plan(desired, actual);
      io.out(a.json ? `${JSON.stringify({ drift: p.drift, steps: p.steps, notices: p.notices }, null, 2)}\n` : `${renderPlan(p, desired, a.lang, { notices: a.all ? 'all' : 'summary' })}\n`);
      if (!a.json && sp0 === undefined) io.err(`${stats()}\n`);
      return p.drift ? 2 : 0;
    }
    if (a.verb === 'apply') {
      try {
        const result = await applySite(sp, desired, { onProgress: progressBar(io, a.lang) });
        io.out(a.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderApplyResult(result, desired, a.lang)}\n`);
        if (sp0 === undefined) io.err(`${stats()}\n`);
        return result.remaining.steps.length ? 2 : 0;
      } catch (e) {
        if (e instanceof ProvisioningError && e.result) io.out(`${renderApplyResult(e.result, desired, a.lang)}\n`);
        throw e;
      }
    }
    const report = await verify(sp, desired);
    io.out(a.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderVerify(report, desired, a.lang)}\n`);
    return report.ok ? 0 : 2;
  } catch (e) {
    io.err(`${explain(e, a)}\n`);
    return 1;
  }
}

/** The message a person needs: config and provisioning errors as they are, an unreachable site with what to do. */
function explain(e: unknown, a: ICliArgs): string {
  if (e instanceof ConfigError || e instanceof ProvisioningError) return e.message;
  const err = e as Error & { cause?: { code?: string } };
  if (err?.cause?.code === 'ECONNREFUSED' || err?.cause?.code === 'ENOTFOUND') {
    const target = a.sandbox ? (typeof a.sandbox === 'string' ? a.sandbox : SANDBOX_SITE) : a.site;
    return a.sandbox
      ? `Cannot reach the sandbox at ${target} (${err.cause.code}). Start it with: npm run sandbox`
      : `Cannot reach ${target} (${err.cause.code}). Check the site URL and the network.`;
  }
  return err?.stack ?? String(e);
}

if (require.main === module) {
  run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), tty: process.stderr.isTTY === true }).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    }
  );
}
