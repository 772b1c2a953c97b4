/**
 * e2e global setup: Debian's Chromium (installed with apt if missing and we are root — never a Playwright
 * download), then the same stack `npm start` runs — page bundle, sandbox + workbench server on a free loopback
 * port with a temporary database, the real provisioning, the demo seed and the notifier.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startStack } from '../../workbench/stack';
import { openGaps } from './gaps';
import { E2E_STATE_ENV, IE2EState } from './state';

const ROOT = path.resolve(__dirname, '..', '..');

export default async function globalSetup(): Promise<void> {
  execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsdesk-e2e-'));
  const started = Date.now();
  const lines: string[] = [];
  // the stack's own log (provisioning, seed, notifier) as a test artifact, kept after the run
  const logFile = path.join(ROOT, 'test-artifacts', 'e2e', 'stack.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  const stack = await startStack({
    dbPath: path.join(dir, 'opsdesk.db'),
    port: 0,
    bundleDir: path.join(dir, 'bundle'),
    log: line => {
      lines.push(line);
      fs.appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
    },
  });
  (globalThis as Record<string, unknown>).__OPSDESK_E2E__ = { stack, dir };
  const state: IE2EState = {
    origin: stack.server.url,
    siteUrl: stack.server.siteUrl,
    workbenchUrl: stack.server.workbenchUrl,
    notifier: !!stack.notifier,
    setupMs: Date.now() - started,
    log: lines,
    gaps: await openGaps(stack.server.siteUrl),
  };
  const file = path.join(dir, 'state.json');
  fs.writeFileSync(file, JSON.stringify(state, null, 2));
  process.env[E2E_STATE_ENV] = file;
  process.stdout.write(`\ne2e: workbench ${state.workbenchUrl} ready in ${state.setupMs} ms\n`);
  for (const g of state.gaps) process.stdout.write(`e2e: sandbox gap open: ${g.id} — ${g.reason}\n`);
}
