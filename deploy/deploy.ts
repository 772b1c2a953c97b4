import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { TEAMS_APP_ID } from './teams/teamsApp';
import { OPSDESK_SITE_URL_KEY } from '../src/webparts/myWork/tenantSetting';

/**
 * Deploys opsdesk to a Microsoft 365 tenant with the CLI for Microsoft 365 (`m365`, installed globally:
 * `npm i -g @pnp/cli-microsoft365`), then provisions the site:
 *
 *   npm run deploy -- --site https://contoso.sharepoint.com/sites/opsdesk [--scope tenant|sitecollection]
 *                     [--app-catalog <url>] [--login certificate --app-id <id> --tenant <id>
 *                     (--certificate-file <pem|pfx> | env OPSDESK_CERTIFICATE_BASE64)] [--skip-teams]
 *                     [--skip-provision] [--teams-only] [--cli <m365>] [--dry-run] [-- <provisioning options>]
 *
 * 1. (optional) m365 login --authType certificate …; then m365 status (fails fast when not signed in)
 * 2. m365 spo app add --overwrite, m365 spo app deploy (--skipFeatureDeployment on the tenant catalog)
 *    site collection catalog: m365 spo app get, then spo app install or spo app upgrade on the site
 * 3. tenant catalog only: the tenant property the Teams personal app reads (spo storageentity set), and the
 *    Teams app: m365 teams app list, then teams app publish (first time) or teams app update. Graph lets only a
 *    signed-in Teams administrator publish (no application permission exists), so a certificate (app-only) run
 *    skips this step; an administrator then runs `npm run deploy -- --site … --teams-only` after `m365 login`.
 * 4. npm run provision -- apply --site …, then verify
 *
 * Each command is printed before it runs (secrets masked); the first failure stops the run with its exit code.
 * The CLI is found as `--cli`, else $OPSDESK_M365_CLI, else `m365` on PATH; `npm` likewise ($OPSDESK_NPM).
 */

const root = path.join(__dirname, '..');
const SPPKG_NAME = 'opsdesk.sppkg';

const Args = z
  .object({
    site: z.string().url('--site must be the absolute URL of the opsdesk site, e.g. https://contoso.sharepoint.com/sites/opsdesk'),
    scope: z.enum(['tenant', 'sitecollection']).default('tenant'),
    'app-catalog': z.string().url('--app-catalog must be an absolute URL').optional(),
    package: z.string().default(path.join(root, 'sharepoint/solution', SPPKG_NAME)),
    'teams-package': z.string().default(path.join(root, 'teams/TeamsSPFxApp.zip')),
    login: z.enum(['certificate']).optional(),
    'app-id': z.string().uuid('--app-id must be the Entra application (client) id').optional(),
    tenant: z.string().min(1).optional(),
    'certificate-file': z.string().optional(),
    'skip-teams': z.boolean().default(false),
    'skip-provision': z.boolean().default(false),
    'teams-only': z.boolean().default(false),
    'dry-run': z.boolean().default(false),
    cli: z.string().optional(),
    npm: z.string().optional(),
    provision: z.array(z.string()).default([])
  })
  .superRefine((a, ctx) => {
    if (a.login === 'certificate') {
      if (!a['app-id']) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['app-id'], message: '--login certificate needs --app-id' });
      if (!a.tenant) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['tenant'], message: '--login certificate needs --tenant (tenant id or domain)' });
      if (!a['certificate-file'] && !process.env.OPSDESK_CERTIFICATE_BASE64) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['certificate-file'], message: '--login certificate needs --certificate-file or OPSDESK_CERTIFICATE_BASE64' });
      }
      if (a['teams-only']) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['teams-only'], message: 'Teams apps are published by a signed-in Teams administrator (Graph has no application permission for it): run m365 login, then --teams-only without --login' });
    }
    if (a['teams-only'] && (a.scope === 'sitecollection' || a['skip-teams'])) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['teams-only'], message: '--teams-only publishes the Teams app of the tenant app catalog: not with --scope sitecollection or --skip-teams' });
    }
  });

export type IDeployArgs = z.infer<typeof Args>;

const FLAGS = new Set(['skip-teams', 'skip-provision', 'teams-only', 'dry-run']);

export class UsageError extends Error {}

/** argv → validated options; everything after a bare `--` goes to `npm run provision`. */
export function parseArgs(argv: ReadonlyArray<string>): IDeployArgs {
  const raw: Record<string, unknown> = {};
  const rest = argv.slice();
  while (rest.length) {
    const token = rest.shift() as string;
    if (token === '--') {
      raw.provision = rest.splice(0);
      break;
    }
    if (!token.startsWith('--')) throw new UsageError(`unexpected argument '${token}'`);
    const name = token.slice(2);
    if (FLAGS.has(name)) {
      raw[name] = true;
      continue;
    }
    const value = rest.shift();
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    raw[name] = value;
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.') ? `--${i.path.join('.')}: ` : ''}${i.message}`).join('\n'));
  return parsed.data;
}

export interface ICommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type Runner = (command: string, args: ReadonlyArray<string>) => Promise<ICommandResult>;

/** Runs a program without a shell (arguments are never re-parsed), inheriting stderr for the CLI's prompts. */
export const spawnRunner: Runner = (command, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args as string[], { stdio: ['inherit', 'pipe', 'pipe'], shell: false });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(d);
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error(`'${command}' was not found. Install the CLI for Microsoft 365 with: npm i -g @pnp/cli-microsoft365`) : e)
    );
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });

export class StepFailed extends Error {
  constructor(
    public readonly commandLine: string,
    public readonly code: number,
    detail: string
  ) {
    super(`failed (exit ${code}): ${commandLine}${detail ? `\n${detail}` : ''}`);
  }
}

const SECRET_OPTIONS = new Set(['--certificateBase64Encoded', '--password']);

function display(command: string, args: ReadonlyArray<string>): string {
  const shown = args.map((a, i) => (i > 0 && SECRET_OPTIONS.has(args[i - 1]) ? '***' : /[\s"']/.test(a) ? JSON.stringify(a) : a));
  return [path.basename(command)].concat(shown).join(' ');
}

function parseJson<T>(stdout: string, what: string): T {
  const text = stdout.trim();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${what} did not answer JSON: ${text.slice(0, 200)}`);
  }
}

export interface IDeployContext {
  run: Runner;
  log: (line: string) => void;
}

/** The deployment, step by step; resolves when every step succeeded, rejects at the first failure. */
export async function deploy(args: IDeployArgs, ctx: IDeployContext): Promise<void> {
  const m365 = args.cli || process.env.OPSDESK_M365_CLI || 'm365';
  const npm = args.npm || process.env.OPSDESK_NPM || 'npm';
  const site = args.site.replace(/\/+$/, '');
  const sitecollection = args.scope === 'sitecollection';
  const appCatalog = args['app-catalog'] ? args['app-catalog'].replace(/\/+$/, '') : sitecollection ? site : undefined;
  const packagePath = path.resolve(args.package);
  const teamsPackage = path.resolve(args['teams-package']);

  if (!fs.existsSync(packagePath)) throw new Error(`${packagePath} does not exist: run \`npm run build\` first`);
  if (!sitecollection && !args['skip-teams'] && !fs.existsSync(teamsPackage)) throw new Error(`${teamsPackage} does not exist: run \`npm run teams:package\``);

  const step = async (command: string, commandArgs: string[]): Promise<string> => {
    const line = display(command, commandArgs);
    ctx.log(`${args['dry-run'] ? '[dry run] ' : ''}> ${line}`);
    if (args['dry-run']) return '';
    const result = await ctx.run(command, commandArgs);
    if (result.code !== 0) throw new StepFailed(line, result.code, result.stderr.trim() || result.stdout.trim());
    return result.stdout;
  };
  const cli = (...commandArgs: string[]): Promise<string> => step(m365, commandArgs.concat(['--output', 'json']));
  const catalogOptions = sitecollection ? ['--appCatalogScope', 'sitecollection', '--appCatalogUrl', appCatalog as string] : ['--appCatalogScope', 'tenant'].concat(appCatalog ? ['--appCatalogUrl', appCatalog] : []);

  // 1. sign in (CI) and make sure a connection exists before touching the catalog
  if (args.login === 'certificate') {
    const certificate = args['certificate-file']
      ? ['--certificateFile', path.resolve(args['certificate-file'])]
      : ['--certificateBase64Encoded', process.env.OPSDESK_CERTIFICATE_BASE64 as string];
    const password = process.env.OPSDESK_CERTIFICATE_PASSWORD ? ['--password', process.env.OPSDESK_CERTIFICATE_PASSWORD] : [];
    await cli('login', '--authType', 'certificate', '--appId', args['app-id'] as string, '--tenant', args.tenant as string, ...certificate, ...password);
  }
  const status = await cli('status');
  if (!args['dry-run'] && !/connectedAs/.test(status)) {
    throw new Error(`not signed in to Microsoft 365 (m365 status: ${status.trim() || 'empty'}). Run \`m365 login\` or pass --login certificate.`);
  }

  const publishTeamsApp = async (): Promise<void> => {
    const apps = args['dry-run'] ? [] : parseJson<Array<{ id: string; externalId?: string | null }>>(await cli('teams', 'app', 'list', '--distributionMethod', 'organization'), 'teams app list');
    const existing = apps.filter((a) => (a.externalId || '').toLowerCase() === TEAMS_APP_ID)[0];
    if (existing) await cli('teams', 'app', 'update', '--id', existing.id, '--filePath', teamsPackage);
    else await cli('teams', 'app', 'publish', '--filePath', teamsPackage);
  };
  if (args['teams-only']) {
    await publishTeamsApp();
    return;
  }

  // 2. the solution package
  await cli('spo', 'app', 'add', '--filePath', packagePath, '--overwrite', ...catalogOptions);
  if (sitecollection) {
    await cli('spo', 'app', 'deploy', '--name', SPPKG_NAME, ...catalogOptions);
    const app = args['dry-run']
      ? { ID: '<app id>', InstalledVersion: '' }
      : parseJson<{ ID: string; InstalledVersion?: string; CanUpgrade?: boolean }>(await cli('spo', 'app', 'get', '--name', SPPKG_NAME, ...catalogOptions), 'spo app get');
    if (!app.InstalledVersion) await cli('spo', 'app', 'install', '--id', app.ID, '--siteUrl', site, '--appCatalogScope', 'sitecollection');
    else if (app.CanUpgrade) await cli('spo', 'app', 'upgrade', '--id', app.ID, '--siteUrl', site, '--appCatalogScope', 'sitecollection');
    else ctx.log(`  ${SPPKG_NAME} ${app.InstalledVersion} is installed and current on ${site}`);
    ctx.log('  Teams: skipped. Teams apps come from the tenant app catalog only; use --scope tenant to publish "my work" to Teams.');
  } else {
    // tenant-wide: every site gets the web parts without an install, and Teams tabs can load them anywhere
    await cli('spo', 'app', 'deploy', '--name', SPPKG_NAME, '--skipFeatureDeployment', ...catalogOptions);

    // 3. the tenant property "my work" reads in the Teams personal app (it runs on the root site, not opsdesk's)
    const catalogUrl = appCatalog || (args['dry-run'] ? '<tenant app catalog>' : String(parseJson<string>(await cli('spo', 'tenant', 'appcatalogurl', 'get'), 'spo tenant appcatalogurl get')));
    await cli('spo', 'storageentity', 'set', '--appCatalogUrl', catalogUrl.replace(/\/+$/, ''), '--key', OPSDESK_SITE_URL_KEY, '--value', site, '--description', 'opsdesk site URL (My work in Teams)');

    if (args['skip-teams']) {
      ctx.log('  Teams: skipped (--skip-teams). Publish teams/TeamsSPFxApp.zip later, or use "Sync to Teams" in the app catalog.');
    } else if (args.login === 'certificate') {
      ctx.log('  Teams: skipped. Graph lets only a signed-in Teams administrator publish Teams apps (no application permission);');
      ctx.log('  after `m365 login` as one, run: npm run deploy -- --site ' + site + ' --teams-only');
    } else {
      await publishTeamsApp();
    }
  }

  // 4. the site itself: lists, groups, permissions (idempotent), then a read-only check
  if (args['skip-provision']) {
    ctx.log('  provisioning: skipped (--skip-provision)');
    return;
  }
  await step(npm, ['run', 'provision', '--', 'apply', '--site', site, ...args.provision]);
  await step(npm, ['run', 'provision', '--', 'verify', '--site', site, ...args.provision]);
}

async function main(): Promise<number> {
  let args: IDeployArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`deploy: ${e.message}\nusage: npm run deploy -- --site <url> [--scope tenant|sitecollection] [--app-catalog <url>] [--login certificate --app-id <id> --tenant <id> --certificate-file <file>] [--skip-teams | --teams-only] [--skip-provision] [--cli <m365>] [--dry-run] [-- <provisioning options>]`);
      return 2;
    }
    throw e;
  }
  try {
    await deploy(args, { run: spawnRunner, log: (line) => console.log(line) });
    console.log('deploy: done');
    return 0;
  } catch (e) {
    console.error(`deploy: ${e instanceof Error ? e.message : String(e)}`);
    return e instanceof StepFailed ? e.code || 1 : 1;
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
