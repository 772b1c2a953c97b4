import * as fs from 'fs';

export const E2E_STATE_ENV = 'OPSDESK_E2E_STATE';

/** What the global setup hands to the test files (they run in other processes). */
export interface IE2EState {
  origin: string;
  siteUrl: string;
  workbenchUrl: string;
  notifier: boolean;
  setupMs: number;
  log: string[];
  /** sandbox gaps open on this run (see gaps.ts) */
  gaps: { id: string; reason: string }[];
}

export function e2eState(): IE2EState {
  const file = process.env[E2E_STATE_ENV];
  if (!file || !fs.existsSync(file)) throw new Error(`${E2E_STATE_ENV} is not set: run the e2e tests through jest (--selectProjects e2e)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as IE2EState;
}

/**
 * `test`, or `test.skip` while a sandbox gap the test needs is open (the reason is printed once per file).
 * Evaluated when the test file loads, after the global setup probed the running sandbox.
 */
export function testNeeding(...gapIds: string[]): jest.It {
  const open = e2eState().gaps.filter(g => gapIds.indexOf(g.id) >= 0);
  if (open.length === 0) return test;
  process.stdout.write(`e2e: skipped while the sandbox gap is open: ${open.map(g => `${g.id} — ${g.reason}`).join('; ')}\n`);
  return test.skip;
}
