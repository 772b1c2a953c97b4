/**
 * Programmatic provisioning API (used by the CLI, tests, `npm start` and the other parts' test set-up):
 *
 *   const result = await provisionSite(sp, { config: loadSiteConfig(path), roster: loadRoster(rosterPath) });
 *
 * `sp` is any SPFI whose identity may manage the site (site owner / Sites.FullControl app, or the sandbox's
 * app principal). Nothing here caches state between calls.
 */
import { applySite, describeStep, ProvisioningError } from './apply';
import { buildDesired } from './desired';
import { plan } from './plan';
import type { SPFI } from './pnp';
import { readSite } from './readSite';
import type { IActualSite, IApplyResult, IDesiredSite, IPlan, IProgress, IProvisioningConfig, IRoster } from './types';
import { verify } from './verify';
import type { IVerifyOptions, IVerifyReport } from './verify';

export interface IProvisionOptions {
  config: IProvisioningConfig;
  roster?: IRoster;
  onProgress?: (progress: IProgress) => void;
  /** Upper bound on read → plan → write rounds (default 6). */
  maxRounds?: number;
}

export interface IPlanResult extends IPlan {
  desired: IDesiredSite;
  actual: IActualSite;
}

/** Creates what is missing and updates what differs; a second call writes nothing. Throws ProvisioningError on failure. */
export function provisionSite(sp: SPFI, options: IProvisionOptions): Promise<IApplyResult> {
  return applySite(sp, buildDesired(options.config, options.roster), { onProgress: options.onProgress, maxRounds: options.maxRounds });
}

/** Reads the site (one batched read) and returns what apply would change, with reasons. Read-only. */
export async function planSite(sp: SPFI, options: Pick<IProvisionOptions, 'config' | 'roster'>): Promise<IPlanResult> {
  const desired = buildDesired(options.config, options.roster);
  const actual = await readSite(sp, desired);
  return { ...plan(desired, actual), desired, actual };
}

/** Read-only report of effective permissions per list × role; `ok` is false on any violation. */
export function verifySite(sp: SPFI, options: Pick<IProvisionOptions, 'config' | 'roster'> & IVerifyOptions): Promise<IVerifyReport> {
  return verify(sp, buildDesired(options.config, options.roster), { maxItemsPerList: options.maxItemsPerList });
}

export { loadRoster, loadSiteConfig, parseRoster, parseSiteConfig, ConfigError } from './config';
export { applySite, describeStep, ProvisioningError, buildDesired, plan, readSite };
export { CountRequests, FailAfterWrites, RetryThrottled, SimulatedCrash, UserAgent, newCounts } from './pnp';
export { renderPlan, renderApplyResult } from './render';
export { renderVerify } from './verify';
export type { IVerifyOptions, IVerifyReport };
export { exportPnpTemplate } from './export/pnpTemplate';
export { exportSiteScript } from './export/siteScript';
export type {
  IActualSite, IApplyResult, IDesiredSite, IPlan, IProgress, IProvisioningConfig, IRequestCounts, IRoster, IStepResult, Notice, Step
} from './types';
