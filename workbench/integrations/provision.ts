/**
 * Provisions the site with the real provisioning code (provisioning/src provisionSite) from the demo
 * configuration and roster in provisioning/config. Idempotent: on a second start nothing is written.
 */
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import { loadRoster, loadSiteConfig, provisionSite } from '../../provisioning/src';

export interface IProvisionOptions {
  rootDir: string;
  /** an identity that may manage the site (the sandbox's app principal) */
  sp: SPFI;
  log: (line: string) => void;
}

export async function provision(options: IProvisionOptions): Promise<string> {
  const configDir = path.join(options.rootDir, 'provisioning', 'config');
  const config = loadSiteConfig(path.join(configDir, 'demo.site.json'));
  const roster = loadRoster(path.join(configDir, 'demo.roster.json'), config);
  try {
    const result = await provisionSite(options.sp, { config, roster });
    return result.written === 0 ? 'already up to date' : `${result.written} change(s) written`;
  } catch (e) {
    // A partly applied site still serves the registers; say loudly what is missing and carry on, so one
    // step the sandbox cannot do yet does not keep a newcomer from the product. Anything else is fatal.
    if ((e as Error).name !== 'ProvisioningError') throw e;
    options.log(`provisioning: INCOMPLETE — ${(e as Error).message}`);
    return 'incomplete (see above)';
  }
}
