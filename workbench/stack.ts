/**
 * The whole product on one machine: the workbench server (sandbox + page, one origin), the site provisioned by
 * the real provisioning code, the demo data seeded once, and the notifier. Used by `npm start` (start.ts) and by
 * the e2e suite's global setup, so what the tests drive is what a newcomer runs.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import { createBrowserSp } from '../src/data/pnp';
import { SandboxSend } from '../sandbox/src';
import { buildWorkbench } from './build';
import { provision } from './integrations/provision';
import { startNotifier, IRunningNotifier } from './integrations/notifier';
import { seedDemoData } from './seed/seed';
import { IWorkbenchServer, startWorkbenchServer } from './server';

export const ROOT_DIR = path.resolve(__dirname, '..');
export const DEFAULT_DB = path.join(ROOT_DIR, '.sandbox', 'opsdesk.db');
/** Bumped when the demo data changes shape, so an old database is seeded again only after `npm run reset`. */
export const SEED_VERSION = 3;

export interface IStackOptions {
  dbPath?: string;
  port?: number;
  /** where the page bundle goes (default .sandbox/workbench) */
  bundleDir?: string;
  log?: (line: string) => void;
  /** skip the notifier (tests of the page alone) */
  notifier?: boolean;
  /** webhook delivery delay; SharePoint batches for up to a minute, the workbench is interactive */
  webhookDelayMs?: number;
}

export interface IStack {
  server: IWorkbenchServer;
  notifier?: IRunningNotifier;
  timings: Record<string, number>;
  seeded: boolean;
  /** a PnPjs client on the running server, signed in as a directory user (in-process, the same handler) */
  spAs(userKey: string): SPFI;
  stop(): Promise<void>;
}

export function seedMarkerOf(dbPath: string): string {
  return `${dbPath}.seed.json`;
}

/** Deletes the database (and its WAL files) and the seed marker: the next start provisions and seeds anew. */
export function resetData(dbPath: string = DEFAULT_DB): string[] {
  const removed: string[] = [];
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`, seedMarkerOf(dbPath)]) {
    if (fs.existsSync(f)) {
      fs.unlinkSync(f);
      removed.push(f);
    }
  }
  return removed;
}

/** `current`: seeded by this version; `stale`: by an older one (left alone: seeding twice would duplicate); `none`. */
function seedState(dbPath: string): 'current' | 'stale' | 'none' {
  const marker = seedMarkerOf(dbPath);
  if (!fs.existsSync(marker)) return 'none';
  // a marker without its database (sandbox:reset deleted only the db) means nothing is seeded
  if (dbPath !== ':memory:' && !fs.existsSync(dbPath)) return 'none';
  try {
    const m = JSON.parse(fs.readFileSync(marker, 'utf8')) as { version?: number };
    return m.version === SEED_VERSION ? 'current' : 'stale';
  } catch {
    return 'stale';
  }
}

export async function startStack(options: IStackOptions = {}): Promise<IStack> {
  const log = options.log ?? ((): void => undefined);
  const dbPath = options.dbPath ?? DEFAULT_DB;
  const timings: Record<string, number> = {};
  const t0 = Date.now();
  const lap = (name: string, since: number): number => (timings[name] = Date.now() - since);

  if (dbPath !== ':memory:') {
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    if (!fs.existsSync(dbPath) && fs.existsSync(seedMarkerOf(dbPath))) fs.unlinkSync(seedMarkerOf(dbPath));
  }
  const seedStatus = seedState(dbPath);
  const alreadySeeded = seedStatus !== 'none';
  if (seedStatus === 'stale') log('workbench: the demo data was seeded by an older version of opsdesk; run `npm run reset` to seed the current one');

  let t = Date.now();
  const bundleDir = options.bundleDir ?? path.join(ROOT_DIR, '.sandbox', 'workbench');
  await buildWorkbench(ROOT_DIR, bundleDir);
  log(`workbench: page bundle built (${lap('bundle', t)} ms)`);

  t = Date.now();
  const server = await startWorkbenchServer({
    port: options.port, dbPath, bundleDir, rootDir: ROOT_DIR,
    webhookRetry: { batchDelayMs: options.webhookDelayMs ?? 500, pollMs: 250 },
  });
  lap('server', t);
  const spAs = (userKey: string): SPFI => createBrowserSp(server.siteUrl, SandboxSend(server.sandbox, userKey));
  let notifier: IRunningNotifier | undefined;
  const stop = async (): Promise<void> => {
    if (notifier) await notifier.stop().catch(() => undefined);
    await server.close();
  };

  try {
    t = Date.now();
    const provisioned = await provision({ rootDir: ROOT_DIR, sp: createBrowserSp(server.siteUrl, SandboxSend(server.sandbox, { app: true })), log });
    log(`workbench: site provisioned (${provisioned}; ${lap('provision', t)} ms)`);

    // the notifier starts before seeding so it secures and routes the seeded items like live ones
    if (options.notifier !== false) {
      t = Date.now();
      notifier = await startNotifier({ rootDir: ROOT_DIR, server, log });
      lap('notifier', t);
    }

    let seeded = false;
    if (!alreadySeeded) {
      t = Date.now();
      const result = await seedDemoData({ spAs, log });
      fs.writeFileSync(seedMarkerOf(dbPath), JSON.stringify({ version: SEED_VERSION, at: new Date().toISOString(), counts: result.counts }, null, 2));
      seeded = true;
      log(`workbench: demo data seeded (${lap('seed', t)} ms)`);
      if (notifier) await notifier.settle().catch(e => log(`notifier: ${(e as Error).message}`));
    }
    timings.total = Date.now() - t0;
    return { server, notifier, timings, seeded, spAs, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
