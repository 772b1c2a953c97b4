/**
 * Provisions the site with the real provisioning code (provisioning/src): the demo configuration and roster
 * of provisioning/config. Idempotent: on a second start the plan is empty and nothing is written.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';

export interface IProvisionOptions {
  rootDir: string;
  sp: SPFI;
  log: (line: string) => void;
}

interface IProvisioningModule {
  provisionSite(sp: SPFI, options: { config: unknown; roster: unknown }): Promise<unknown>;
  loadSiteConfig(file: string): unknown;
  loadRoster(file: string, config?: unknown): unknown;
}

function describe(result: unknown): string {
  if (!result || typeof result !== 'object') return 'done';
  const r = result as Record<string, unknown>;
  if (typeof r.written === 'number') return r.written === 0 ? 'already up to date' : `${r.written} change(s) written`;
  return 'done';
}

export async function provision(options: IProvisionOptions): Promise<string> {
  const entry = path.join(options.rootDir, 'provisioning', 'src', 'index.ts');
  if (!fs.existsSync(entry)) {
    options.log('provisioning: provisioning/src/index.ts is missing');
    return 'unavailable';
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(entry) as IProvisioningModule;
  const configDir = path.join(options.rootDir, 'provisioning', 'config');
  const config = mod.loadSiteConfig(path.join(configDir, 'demo.site.json'));
  const roster = mod.loadRoster(path.join(configDir, 'demo.roster.json'), config);
  try {
    return describe(await mod.provisionSite(options.sp, { config, roster }));
  } catch (e) {
    // A partly applied site still serves the registers; say loudly what is missing and carry on, so one
    // step the sandbox cannot do yet does not keep a newcomer from the product. Anything else is fatal.
    if ((e as Error).name !== 'ProvisioningError') throw e;
    options.log(`provisioning: INCOMPLETE — ${(e as Error).message}`);
    return 'incomplete (see above)';
  }
}
