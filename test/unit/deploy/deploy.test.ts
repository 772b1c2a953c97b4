import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TEAMS_APP_ID } from '../../../deploy/teams/teamsApp';
import { ICanned, IStubDir, makeStubDir } from './stubCli';

// The deploy script runs as users run it (tsx, a child process) with stand-ins for `m365` and `npm` first on PATH,
// so these tests see the exact command lines, in order, that would reach the tenant.
const root = path.join(__dirname, '../../..');
const tsxCli = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const SITE = 'https://contoso.sharepoint.com/sites/opsdesk';
const TEAMS_ZIP = path.join(root, 'teams/TeamsSPFxApp.zip');
const APP_ID = '11111111-1111-4111-8111-111111111111';
const SIGNED_IN: ICanned = { when: 'm365 status --output json', stdout: '{"connectedAs":"opsdesk-deploy","authType":"certificate"}' };

interface IRun {
  code: number;
  stdout: string;
  stderr: string;
  calls: string[][];
}

const stubDirs: string[] = [];
afterAll(() => stubDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function runDeploy(args: string[], canned: ICanned[], env: Record<string, string> = {}, names = ['m365', 'npm']): IRun & { stub: IStubDir } {
  const stub = makeStubDir(names, canned);
  stubDirs.push(stub.dir);
  const sppkg = path.join(stub.dir, 'opsdesk.sppkg');
  fs.writeFileSync(sppkg, 'not a real package: the stub never reads it');
  const result = spawnSync(process.execPath, [tsxCli, path.join(root, 'deploy/deploy.ts'), '--package', sppkg].concat(args), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${stub.dir}${path.delimiter}${process.env.PATH}`, STUB_LOG: stub.log, STUB_RESPONSES: stub.responses, OPSDESK_M365_CLI: '', OPSDESK_NPM: '', OPSDESK_CERTIFICATE_BASE64: '', OPSDESK_CERTIFICATE_PASSWORD: '', ...env },
    timeout: 60000
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, calls: stub.calls(), stub };
}

function sppkgOf(run: { stub: IStubDir }): string {
  return path.join(run.stub.dir, 'opsdesk.sppkg');
}

describe('deploy (npm run deploy) against a stub CLI for Microsoft 365', () => {
  test('tenant app catalog from CI: certificate login, add, tenant-wide deploy, tenant property, provisioning; Teams left to an administrator', () => {
    const run = runDeploy(
      ['--site', `${SITE}/`, '--login', 'certificate', '--app-id', APP_ID, '--tenant', 'contoso.onmicrosoft.com', '--certificate-file', '/secrets/deploy.pem', '--', '--client-id', 'prov-app', '--cert-path', '/secrets/provision.pem'],
      [SIGNED_IN, { when: 'm365 spo tenant appcatalogurl get', stdout: '"https://contoso.sharepoint.com/sites/appcatalog"\n' }]
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([
      ['m365', 'login', '--authType', 'certificate', '--appId', APP_ID, '--tenant', 'contoso.onmicrosoft.com', '--certificateFile', '/secrets/deploy.pem', '--output', 'json'],
      ['m365', 'status', '--output', 'json'],
      ['m365', 'spo', 'app', 'add', '--filePath', sppkgOf(run), '--overwrite', '--appCatalogScope', 'tenant', '--output', 'json'],
      ['m365', 'spo', 'app', 'deploy', '--name', 'opsdesk.sppkg', '--skipFeatureDeployment', '--appCatalogScope', 'tenant', '--output', 'json'],
      ['m365', 'spo', 'tenant', 'appcatalogurl', 'get', '--output', 'json'],
      ['m365', 'spo', 'storageentity', 'set', '--appCatalogUrl', 'https://contoso.sharepoint.com/sites/appcatalog', '--key', 'opsdeskSiteUrl', '--value', SITE, '--description', 'opsdesk site URL (My work in Teams)', '--output', 'json'],
      ['npm', 'run', 'provision', '--', 'apply', '--site', SITE, '--client-id', 'prov-app', '--cert-path', '/secrets/provision.pem'],
      ['npm', 'run', 'provision', '--', 'verify', '--site', SITE, '--client-id', 'prov-app', '--cert-path', '/secrets/provision.pem']
    ]);
    // Graph's teamsApp publish has no application permission: app-only runs leave Teams to an administrator
    expect(run.stdout).toContain(`npm run deploy -- --site ${SITE} --teams-only`);
    expect(run.stdout).toContain('deploy: done');
  });

  test('a Teams administrator signed in with m365 login: --teams-only publishes the Teams app the first time and nothing else', () => {
    const run = runDeploy(['--site', SITE, '--teams-only'], [SIGNED_IN, { when: 'm365 teams app list', stdout: '[]' }]);
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([
      ['m365', 'status', '--output', 'json'],
      ['m365', 'teams', 'app', 'list', '--distributionMethod', 'organization', '--output', 'json'],
      ['m365', 'teams', 'app', 'publish', '--filePath', TEAMS_ZIP, '--output', 'json']
    ]);
  });

  test('re-deployment by an administrator: an existing opsdesk Teams app is updated, not published twice; --skip-provision stops before the site', () => {
    const run = runDeploy(['--site', SITE, '--skip-provision'], [
      SIGNED_IN,
      { when: 'm365 spo tenant appcatalogurl get', stdout: '"https://contoso.sharepoint.com/sites/appcatalog"' },
      {
        when: 'm365 teams app list',
        stdout: JSON.stringify([
          { id: 'ffdb7239-3b58-46ba-b108-7f90a6d8799b', externalId: null, displayName: 'Contoso App', distributionMethod: 'organization' },
          { id: 'e3e29acb-8c79-412b-b746-e6c39ff4cd22', externalId: TEAMS_APP_ID.toUpperCase(), displayName: 'opsdesk', distributionMethod: 'organization' }
        ])
      }
    ]);
    expect(run.code).toBe(0);
    expect(run.calls.map((c) => c.slice(0, 4).join(' '))).toEqual([
      'm365 status --output json',
      'm365 spo app add',
      'm365 spo app deploy',
      'm365 spo tenant appcatalogurl',
      'm365 spo storageentity set',
      'm365 teams app list',
      'm365 teams app update'
    ]);
    expect(run.calls[6]).toEqual(['m365', 'teams', 'app', 'update', '--id', 'e3e29acb-8c79-412b-b746-e6c39ff4cd22', '--filePath', TEAMS_ZIP, '--output', 'json']);
    expect(run.stdout).toContain('provisioning: skipped');
  });

  test('site collection app catalog: deploy there, install on the site, no tenant property and no Teams app', () => {
    const run = runDeploy(['--site', SITE, '--scope', 'sitecollection'], [
      SIGNED_IN,
      { when: 'm365 spo app get', stdout: JSON.stringify({ ID: 'b05196d4-65a3-4ee3-bf92-4acfb7a05cd7', InstalledVersion: '', CanUpgrade: false }) }
    ]);
    expect(run.code).toBe(0);
    const catalog = ['--appCatalogScope', 'sitecollection', '--appCatalogUrl', SITE];
    expect(run.calls).toEqual([
      ['m365', 'status', '--output', 'json'],
      ['m365', 'spo', 'app', 'add', '--filePath', sppkgOf(run), '--overwrite', ...catalog, '--output', 'json'],
      ['m365', 'spo', 'app', 'deploy', '--name', 'opsdesk.sppkg', ...catalog, '--output', 'json'],
      ['m365', 'spo', 'app', 'get', '--name', 'opsdesk.sppkg', ...catalog, '--output', 'json'],
      ['m365', 'spo', 'app', 'install', '--id', 'b05196d4-65a3-4ee3-bf92-4acfb7a05cd7', '--siteUrl', SITE, '--appCatalogScope', 'sitecollection', '--output', 'json'],
      ['npm', 'run', 'provision', '--', 'apply', '--site', SITE],
      ['npm', 'run', 'provision', '--', 'verify', '--site', SITE]
    ]);
    expect(run.stdout).toMatch(/Teams: skipped/);
  });

  test('site collection app catalog with an older version installed: upgrade instead of install', () => {
    const run = runDeploy(['--site', SITE, '--scope', 'sitecollection', '--app-catalog', 'https://contoso.sharepoint.com/sites/opsdesk/AppCatalog', '--skip-provision'], [
      SIGNED_IN,
      { when: 'm365 spo app get', stdout: JSON.stringify({ ID: 'b05196d4-65a3-4ee3-bf92-4acfb7a05cd7', InstalledVersion: '1.0.0.0', CanUpgrade: true }) }
    ]);
    expect(run.code).toBe(0);
    expect(run.calls[run.calls.length - 1]).toEqual(['m365', 'spo', 'app', 'upgrade', '--id', 'b05196d4-65a3-4ee3-bf92-4acfb7a05cd7', '--siteUrl', SITE, '--appCatalogScope', 'sitecollection', '--output', 'json']);
    expect(run.calls[1]).toContain('https://contoso.sharepoint.com/sites/opsdesk/AppCatalog');
  });

  test('the first failing command stops the run with its exit code; nothing after it reaches the tenant', () => {
    const run = runDeploy(['--site', SITE], [SIGNED_IN, { when: 'm365 spo app deploy', code: 1, stderr: 'Error: Must have Manage Web Site permissions or be a tenant admin' }]);
    expect(run.code).toBe(1);
    expect(run.calls.map((c) => c.slice(0, 4).join(' '))).toEqual(['m365 status --output json', 'm365 spo app add', 'm365 spo app deploy']);
    expect(run.stderr).toMatch(/deploy: failed \(exit 1\): m365 spo app deploy --name opsdesk\.sppkg --skipFeatureDeployment/);
    expect(run.stderr).toMatch(/Manage Web Site permissions/);
  });

  test('refuses to start when the CLI has no connection and no login was asked for', () => {
    const run = runDeploy(['--site', SITE], [{ when: 'm365 status', stdout: '"Logged out"' }]);
    expect(run.code).toBe(1);
    expect(run.calls).toEqual([['m365', 'status', '--output', 'json']]);
    expect(run.stderr).toMatch(/not signed in to Microsoft 365/);
  });

  test('a certificate from OPSDESK_CERTIFICATE_BASE64 reaches the CLI but never the log', () => {
    const secret = 'MIIKYgIBAzCCCh4GCSqGSIb3DQEHAaCCCg8EggoLMIIKBzCCBg';
    const run = runDeploy(['--site', SITE, '--login', 'certificate', '--app-id', APP_ID, '--tenant', 'contoso.onmicrosoft.com', '--skip-teams', '--skip-provision'], [SIGNED_IN, { when: 'm365 spo tenant appcatalogurl get', stdout: '"https://contoso.sharepoint.com/sites/appcatalog"' }], {
      OPSDESK_CERTIFICATE_BASE64: secret,
      OPSDESK_CERTIFICATE_PASSWORD: 'pfx-pass'
    });
    expect(run.code).toBe(0);
    expect(run.calls[0]).toEqual(['m365', 'login', '--authType', 'certificate', '--appId', APP_ID, '--tenant', 'contoso.onmicrosoft.com', '--certificateBase64Encoded', secret, '--password', 'pfx-pass', '--output', 'json']);
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(run.stdout + run.stderr).not.toContain('pfx-pass');
    expect(run.stdout).toContain('--certificateBase64Encoded *** --password ***');
    expect(run.calls.some((c) => c[1] === 'teams')).toBe(false);
  });

  // Only the env var points at this stub: no `m365` exists on the stub PATH, so a fallback to m365 would fail the run.
  test('uses the CLI named by OPSDESK_M365_CLI instead of m365 on PATH', () => {
    const named = runDeploy(['--site', SITE, '--scope', 'sitecollection', '--skip-provision'], [
      { when: 'cli-m365-v11 status', stdout: '{"connectedAs":"admin@contoso.onmicrosoft.com"}' },
      { when: 'cli-m365-v11 spo app get', stdout: '{"ID":"x","InstalledVersion":"1.0.0.0","CanUpgrade":false}' }
    ], { OPSDESK_M365_CLI: 'cli-m365-v11' }, ['cli-m365-v11', 'npm']);
    expect(named.code).toBe(0);
    expect(named.calls.map((c) => c[0])).toEqual(['cli-m365-v11', 'cli-m365-v11', 'cli-m365-v11', 'cli-m365-v11']);
    expect(named.stdout).toMatch(/is installed and current/);
  });

  test('usage errors exit 2 before any command runs', () => {
    const missing = runDeploy([], []);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--site/);
    const login = runDeploy(['--site', SITE, '--login', 'certificate'], []);
    expect(login.code).toBe(2);
    expect(login.stderr).toMatch(/--app-id/);
    expect(login.stderr).toMatch(/--certificate-file or OPSDESK_CERTIFICATE_BASE64/);
    const teamsOnly = runDeploy(['--site', SITE, '--teams-only', '--scope', 'sitecollection'], []);
    expect(teamsOnly.code).toBe(2);
    expect(teamsOnly.stderr).toMatch(/--teams-only publishes the Teams app of the tenant app catalog/);
    expect(missing.calls.concat(login.calls, teamsOnly.calls)).toEqual([]);
  });

  test('--dry-run prints the plan and runs nothing', () => {
    const run = runDeploy(['--site', SITE, '--dry-run'], []);
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([]);
    expect(run.stdout).toMatch(/\[dry run\] > m365 spo app deploy --name opsdesk\.sppkg --skipFeatureDeployment/);
    expect(run.stdout).toMatch(/\[dry run\] > m365 teams app publish --filePath/);
    expect(run.stdout).toMatch(/\[dry run\] > npm run provision -- apply --site https:\/\/contoso\.sharepoint\.com\/sites\/opsdesk/);
  });
});
