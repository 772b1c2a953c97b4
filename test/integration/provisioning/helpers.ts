/** Clients and desired state for the provisioning integration tests (real PnPjs over the in-process sandbox). */
import { createSandbox, SandboxSend, sandboxToken } from '../../../sandbox/src';
import { StaticBearer } from '../../../provisioning/src/auth';
import type { Sandbox, SandboxIdentity } from '../../../sandbox/src';
import { buildDesired, loadRoster, loadSiteConfig } from '../../../provisioning/src';
import type { IDesiredSite, IProvisioningConfig, IRequestCounts, IRoster } from '../../../provisioning/src';
import { CountRequests, createBrowserSp, newCounts, RetryThrottled } from '../../../provisioning/src/pnp';
import type { IRetryOptions, SPFI } from '../../../provisioning/src/pnp';
import { DEMO_CONFIG_PATH, DEMO_ROSTER_PATH, sandboxConfig } from '../../support/provisionedSandbox';
import { desiredWithoutGaps } from '../../support/sandboxGaps';

export function freshSandbox(): Sandbox {
  return createSandbox({ dbPath: ':memory:', webhookRetry: { pollMs: 0 } });
}

export function demoConfig(): IProvisioningConfig {
  return sandboxConfig(loadSiteConfig(DEMO_CONFIG_PATH));
}

export function demoRoster(config: IProvisioningConfig): IRoster {
  return loadRoster(DEMO_ROSTER_PATH, config);
}

/** The demo site with the roster, minus what the sandbox cannot yet take (test/support/sandboxGaps.ts). */
export function demoDesired(): IDesiredSite {
  const config = demoConfig();
  return desiredWithoutGaps(buildDesired(config, demoRoster(config)));
}

export interface ICountedSp {
  sp: SPFI;
  counts: IRequestCounts;
  reset(): void;
}

/** A client whose requests are counted at the send moment (and retried on 429/503 after Retry-After). */
export function countedSp(sb: Sandbox, identity: SandboxIdentity = { app: true }, extra: Array<ReturnType<typeof RetryThrottled>> = [], retry: IRetryOptions = {}): ICountedSp {
  const counts = newCounts();
  const app = typeof identity === 'object' && 'app' in identity;
  const auth = app ? [StaticBearer(sandboxToken(identity))] : [];
  const sp = createBrowserSp(sb.siteUrl, ...auth, SandboxSend(sb, identity), CountRequests(counts), RetryThrottled(retry), ...extra);
  return { sp, counts, reset: () => Object.assign(counts, newCounts()) };
}

export function asUser(sb: Sandbox, identity: SandboxIdentity): SPFI {
  return createBrowserSp(sb.siteUrl, SandboxSend(sb, identity));
}
