/**
 * The provisioned demo site (test/support/provisionedSandbox: lists, groups, roster, list grants through the
 * real provisioning code) plus the notifier's `applyItemSecurity`, which sets item permissions by the rules
 * in the doc comments of src/schema/lists/issues.ts, proposals.ts and issueUpdates.ts. Tests call `secure`
 * where the notifier would act on the webhook for a new item.
 */
import { SPFI } from '@pnp/sp';
import { createNotifier, INotifier } from '../../../../notifier/src';
import { DIRECTORY, loginNameOf, Sandbox } from '../../../../sandbox/src';
import { provisionedSandbox } from '../../../support/provisionedSandbox';

export interface IIssueSite {
  sb: Sandbox;
  /** The service identity (app-only bearer, no request digest). */
  service: SPFI;
  webUrl: string;
  notifier: INotifier;
  userId: (key: string) => Promise<number>;
  as: (key: string) => SPFI;
  /** The notifier securing a new item of a list (issues, proposals, issueUpdates). */
  secure: (listKey: string, itemId: number) => Promise<void>;
  close: () => void;
}

/** A fresh in-memory provisioned site; `now` drives the sandbox clock (item Created/Modified, versions). */
export async function createIssueSite(now?: () => Date, listViewThreshold?: number): Promise<IIssueSite> {
  const site = await provisionedSandbox({ sandbox: { ...(now ? { now } : {}), ...(listViewThreshold ? { listViewThreshold } : {}) } });
  const service = site.spAs({ app: true });
  const notifier = createNotifier({
    sp: service,
    siteUrl: site.sb.siteUrl,
    site: site.config,
    clientState: 'issue-register-tests',
    mailer: { send: async () => undefined },
    now
  });
  return {
    sb: site.sb,
    service,
    webUrl: new URL(site.sb.siteUrl).pathname,
    notifier,
    userId: async (key: string) => {
      const user = DIRECTORY.filter((d) => d.key === key)[0];
      return (await service.web.ensureUser(loginNameOf(user))).Id;
    },
    as: (key: string) => site.spAs(key),
    secure: async (listKey: string, itemId: number) => {
      await notifier.applyItemSecurity(listKey, itemId);
    },
    close: () => site.sb.close()
  };
}
