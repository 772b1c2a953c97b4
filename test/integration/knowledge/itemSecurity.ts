/**
 * Stand-in for the notifier's `applyItemSecurity(listKey, itemId)` in 'vendorScoped' mode, until it lands: the
 * item stops inheriting and is readable by the ICT center and (unless shared) the owning vendor's group only.
 * It does through the real client, as the app principal, exactly what SharePoint needs; tests then assert what each
 * user can read through the repositories.
 */
import type { SPFI } from '@pnp/sp';
import { buildGroups, IListDef, ISiteConfig, vendorGroupKey } from '../../../src/schema';

// SP.RoleType: Reader = 2, Contributor = 3.
const READER = 2;
const CONTRIBUTOR = 3;

async function groupId(sp: SPFI, config: ISiteConfig, key: string): Promise<number> {
  const group = buildGroups(config).filter((g) => g.key === key)[0];
  const found = await sp.web.siteGroups.getByName(group.title).select('Id')();
  return found.Id;
}

export async function scopeToVendor(sp: SPFI, webUrl: string, list: IListDef, itemId: number, config: ISiteConfig, vendorKey: string | undefined, shared = false): Promise<void> {
  const item = sp.web.getList(`${webUrl}/${list.url}`).items.getById(itemId);
  await item.breakRoleInheritance(false, true);
  const contributor = (await sp.web.roleDefinitions.getByType(CONTRIBUTOR)()).Id;
  const reader = (await sp.web.roleDefinitions.getByType(READER)()).Id;
  await item.roleAssignments.add(await groupId(sp, config, 'ictCenter'), contributor);
  const vendors = shared ? config.vendors.map((v) => v.key) : vendorKey ? [vendorKey] : [];
  for (const v of vendors) {
    await item.roleAssignments.add(await groupId(sp, config, vendorGroupKey(v)), v === vendorKey ? contributor : reader);
  }
}
