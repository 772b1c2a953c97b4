/**
 * `npm run provision` end to end: the CLI against a sandbox served over HTTP (real fetch, the sandbox's app
 * principal as bearer), plus export and argument errors.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { startSandboxServer } from '../../../sandbox/src';
import type { ISandboxServer } from '../../../sandbox/src';
import { run } from '../../../provisioning/src/cli';
import type { Step } from '../../../provisioning/src';
import { DEMO_CONFIG_PATH, DEMO_ROSTER_PATH } from '../../support/provisionedSandbox';

jest.setTimeout(120000);

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s), tty: false });
  return { code, out, err };
}

describe('provision CLI', () => {
  let server: ISandboxServer;
  let dir: string;

  beforeAll(async () => {
    server = await startSandboxServer({ port: 0, dbPath: ':memory:', webhookRetry: { pollMs: 0 } });
    dir = mkdtempSync(path.join(tmpdir(), 'opsdesk-provision-'));
  });

  afterAll(async () => {
    await server.close();
  });

  test('plan on a fresh site lists what apply will create and exits 2; apply provisions it; plan then shows no drift', async () => {
    const site = ['--sandbox', server.siteUrl, '--config', DEMO_CONFIG_PATH, '--roster', DEMO_ROSTER_PATH];
    const before = await cli(['plan', ...site, '--lang', 'en']);
    expect(before.code).toBe(2);
    expect(before.out).toContain('Create list: Issue register (Lists/OpsIssues) (because: it does not exist on the site)');
    expect(before.out).toContain('Add member: opsdesk ICTセンター ← sato.hanako@midoriku.example');

    const applied = await cli(['apply', ...site]);
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/^\d+ 件を書き込みました（3 ラウンド）。失敗 0 件。/);

    const after = await cli(['plan', ...site, '--json']);
    expect(after.code).toBe(0);
    expect((JSON.parse(after.out) as { steps: Step[] }).steps).toEqual([]);

    const verified = await cli(['verify', ...site, '--lang', 'en']);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('Result: PASS');
  });

  test('export writes a PnP provisioning template and a site script', async () => {
    const out = path.join(dir, 'export');
    const r = await cli(['export', '--out', out, '--roster', DEMO_ROSTER_PATH]);
    expect(r.code).toBe(0);
    const xml = readFileSync(path.join(out, 'opsdesk.pnp.xml'), 'utf8');
    expect(xml).toContain('xmlns:pnp="http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema"');
    expect(xml).toContain('<pnp:User Name="sato.hanako@midoriku.example" />');
    const script = JSON.parse(readFileSync(path.join(out, 'opsdesk.sitescript.json'), 'utf8')) as { actions: unknown[] };
    expect(script.actions.length).toBeGreaterThan(0);
    expect(r.err).toContain('サイトスクリプトで表現できないもの');
  });

  test('bad arguments exit 1 and say what is wrong', async () => {
    const r = await cli(['apply']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('apply needs --site <url> or --sandbox');
    const lang = await cli(['plan', '--sandbox', '--lang', 'fr']);
    expect(lang.code).toBe(1);
    expect(lang.err).toContain('--lang');
    const spo = await cli(['plan', '--site', 'https://midoriku.sharepoint.com/sites/opsdesk']);
    expect(spo.err).toContain('--tenant-id (or AZURE_TENANT_ID) is required');
  });
});
