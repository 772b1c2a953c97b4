/**
 * Item permissions the way production sets them: the notifier's `applyItemSecurity(listKey, itemId)` (mode
 * 'vendorScoped' for knowledge and documents), run as the app principal against the same sandbox. Tests then
 * assert what each user can read through the repositories.
 */
import type { SPFI } from '@pnp/sp';
import { createNotifier } from '../../../notifier/src';
import type { IProvisionedSandbox } from '../../support/provisionedSandbox';

export function itemSecurity(env: IProvisionedSandbox, app: SPFI): (listKey: string, itemId: number) => Promise<boolean> {
  const notifier = createNotifier({
    sp: app,
    mailer: { send: async () => undefined },
    siteUrl: env.sb.siteUrl,
    site: env.config,
    clientState: 'opsdesk-registers-test'
  });
  return (listKey, itemId) => notifier.applyItemSecurity(listKey, itemId);
}
