/**
 * Fills a provisioned list with many items fast, for the 100,000-item threshold tests. Seeding goes through the
 * sandbox's store because 100,000 REST adds take minutes; the same schema mapping the
 * repositories use (`toPayload`) shapes every item, and every query under test then goes through the real PnPjs
 * client and the sandbox's list view threshold rule.
 */
import { APP_PRINCIPAL_ID, Sandbox } from '../../../sandbox/src';
import { toPayload, WriteValues } from '../../../src/data/fieldValues';
import { IListDef } from '../../../src/schema';

export function bulkSeed(sb: Sandbox, webUrl: string, list: IListDef, count: number, item: (i: number) => { title: string; values: WriteValues }, library = false): void {
  const target = sb.lists.byUrl(`${webUrl}/${list.url}`);
  if (!target) throw new Error(`list ${list.url} is not provisioned`);
  const actor = sb.site.actor({ kind: 'app', appId: APP_PRINCIPAL_ID });
  // Each add is its own store transaction (the sandbox checks unique columns inside it, and its SQLite driver
  // does not nest transactions), so no outer one here.
  for (let i = 0; i < count; i++) {
    const { title, values } = item(i);
    const extra = library ? { fs_type: 0, dir: target.url, leaf: `bulk-${i}.docx` } : {};
    // Seeded entries are approved ones (lists with content approval would otherwise hide them from readers).
    const body = list.contentApproval ? { ...toPayload(list, values, title), OData__ModerationStatus: 0 } : toPayload(list, values, title);
    sb.items.add(target, body, actor, extra);
  }
}
