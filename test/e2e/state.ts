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
}

export function e2eState(): IE2EState {
  const file = process.env[E2E_STATE_ENV];
  if (!file || !fs.existsSync(file)) throw new Error(`${E2E_STATE_ENV} is not set: run the e2e tests through jest (--selectProjects e2e)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as IE2EState;
}
