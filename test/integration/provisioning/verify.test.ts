/**
 * provision verify against the sandbox. SharePoint facts relied on: getUserEffectivePermissions counts every
 * route to a permission (groups and direct grants); an item that inherits its list is readable by everyone the
 * list lets read; once an item has its own permissions only its own assignments count.
 */
import { AuditLogList, FaqList, InquiriesList, ServicesList } from '../../../src/schema';
import { applySite } from '../../../provisioning/src';
import { renderVerify, verify } from '../../../provisioning/src/verify';
import { desiredSecurity, SharePointSite } from '../../../notifier/src';
import { asUser, countedSp, demoConfig, demoDesired, freshSandbox } from './helpers';

jest.setTimeout(120000);

const SITE = '/sites/opsdesk';

async function provisioned(): Promise<{ sb: ReturnType<typeof freshSandbox>; sp: ReturnType<typeof countedSp>['sp']; d: ReturnType<typeof demoDesired> }> {
  const sb = freshSandbox();
  const d = demoDesired();
  const { sp } = countedSp(sb);
  await applySite(sp, d);
  return { sb, sp, d };
}

describe('provision verify (sandbox)', () => {
  test('fails when a role holds more on a list than the schema grants, naming the list and the group', async () => {
    const { sb, sp, d } = await provisioned();
    try {
      const dept = d.groups.find((g) => g.key === 'department')!;
      const deptId = (await sp.web.siteGroups.getByName(dept.title)()).Id;
      const edit = (await sp.web.roleDefinitions.getByType(6)()).Id;
      await sp.web.getList(`${SITE}/${AuditLogList.url}`).roleAssignments.add(deptId, edit);
      const report = await verify(sp, d);
      expect(report.ok).toBe(false);
      expect(report.groups.filter((c) => c.status !== 'ok')).toEqual([
        { listKey: 'auditLog', groupKey: 'department', role: 'department', expected: 'none', granted: ['edit'], status: 'exceeds' }
      ]);
      // and the department's users really can edit the audit log now
      expect(report.users.filter((u) => u.status === 'exceeds').map((u) => `${u.listKey} ${u.upn}`).sort()).toEqual([
        'auditLog suzuki.ichiro@midoriku.example', 'auditLog takahashi.misaki@midoriku.example'
      ]);
    } finally {
      sb.close();
    }
  });

  test('fails when a roster user gets more than their roles through a direct grant', async () => {
    const { sb, sp, d } = await provisioned();
    try {
      const user = await sp.web.ensureUser('i:0#.f|membership|suzuki.ichiro@midoriku.example');
      const full = (await sp.web.roleDefinitions.getByType(5)()).Id;
      await sp.web.getList(`${SITE}/${InquiriesList.url}`).roleAssignments.add(user.Id, full);
      const report = await verify(sp, d);
      expect(report.ok).toBe(false);
      expect(report.groups.every((c) => c.status === 'ok')).toBe(true);
      const cell = report.users.find((u) => u.status === 'exceeds')!;
      expect(cell).toMatchObject({ listKey: 'inquiries', upn: 'suzuki.ichiro@midoriku.example', groupKeys: ['department'] });
      expect(cell.extra).toEqual(expect.arrayContaining(['ManageLists', 'ManagePermissions']));
    } finally {
      sb.close();
    }
  });

  test("fails while one vendor's inquiry still inherits the list (the other vendor can read it) and passes once the item is scoped to its vendor", async () => {
    const { sb, sp, d } = await provisioned();
    try {
      const list = sp.web.getList(`${SITE}/${InquiriesList.url}`);
      const item = await list.items.add({ Title: '帳票が出力できない', [InquiriesList.fields.vendorKey.internalName]: 'midori-systems' });
      const id = Number(item.Id ?? item.ID);

      // the SharePoint fact: an inheriting item is readable by the other vendor's guest
      await expect(asUser(sb, 'vendorB').web.getList(`${SITE}/${InquiriesList.url}`).items.getById(id).select('Id')()).resolves.toBeTruthy();
      let report = await verify(sp, d);
      expect(report.ok).toBe(false);
      expect(report.isolation).toEqual([{ listKey: 'inquiries', itemId: id, vendorKey: 'midori-systems', readableBy: ['vendor:sakura-its'], inherits: true }]);

      // scope it as the notifier does: requester, the assigned vendor's group and the ICT center
      const group = async (key: string): Promise<number> => (await sp.web.siteGroups.getByName(d.groups.find((g) => g.key === key)!.title)()).Id;
      const contribute = (await sp.web.roleDefinitions.getByType(3)()).Id;
      const edit = (await sp.web.roleDefinitions.getByType(6)()).Id;
      const it = list.items.getById(id);
      await it.breakRoleInheritance(false, false);
      await it.roleAssignments.add(await group('vendor:midori-systems'), contribute);
      await it.roleAssignments.add(await group('ictCenter'), edit);
      await expect(asUser(sb, 'vendorB').web.getList(`${SITE}/${InquiriesList.url}`).items.getById(id).select('Id')()).rejects.toMatchObject({ status: 404 });
      report = await verify(sp, d);
      expect(report.isolation).toEqual([]);
      expect(report.ok).toBe(true);

      // a grant to the other vendor on the item is caught too
      await it.roleAssignments.add(await group('vendor:sakura-its'), contribute);
      report = await verify(sp, d);
      expect(report.isolation).toEqual([{ listKey: 'inquiries', itemId: id, vendorKey: 'midori-systems', readableBy: ['vendor:sakura-its'], inherits: false }]);
    } finally {
      sb.close();
    }
  });

  test("on the service catalog (every vendor reads, only the service's vendor edits) fails while another vendor can edit a vendor's service, and passes once the notifier's ownVendorEdits permissions are on the item", async () => {
    const { sb, sp, d } = await provisioned();
    try {
      const list = sp.web.getList(`${SITE}/${ServicesList.url}`);
      const item = await list.items.add({ Title: '住民記録システム 操作支援', [ServicesList.fields.vendorKey.internalName]: 'midori-systems' });
      const id = Number(item.Id ?? item.ID);

      // inheriting the list, the other vendor's Contribute reaches the service
      let report = await verify(sp, d);
      expect(report.ok).toBe(false);
      const finding = { listKey: 'services', itemId: id, vendorKey: 'midori-systems', readableBy: [], editableBy: ['vendor:sakura-its'], inherits: true };
      expect(report.isolation).toEqual([finding]);
      expect(renderVerify(report, d, 'en')).toContain(`services #${id} (vendor midori-systems) is editable by vendor:sakura-its (inherits the list)`);

      // what the notifier writes (ownVendorEdits): every vendor still reads, so read isolation is not the check here
      const config = demoConfig();
      const site = new SharePointSite(sp, sb.siteUrl, config);
      await site.reconcileItemSecurity('services', id, desiredSecurity('services', { mode: 'ownVendorEdits', vendorKey: 'midori-systems' }, config.vendors.map((v) => v.key)));
      report = await verify(sp, d);
      expect(report.isolation).toEqual([]);
      expect(report.ok).toBe(true);

      // an item-level grant of Contribute to the other vendor is caught
      const other = (await sp.web.siteGroups.getByName(d.groups.find((g) => g.key === 'vendor:sakura-its')!.title)()).Id;
      await list.items.getById(id).roleAssignments.add(other, (await sp.web.roleDefinitions.getByType(3)()).Id);
      report = await verify(sp, d);
      expect(report.isolation).toEqual([{ ...finding, inherits: false }]);
    } finally {
      sb.close();
    }
  });

  test("an FAQ entry a vendor wrote with the vendor column empty is its author's vendor's: only the other vendor's edit right is a finding", async () => {
    const { sb, sp, d } = await provisioned();
    try {
      const vendorB = asUser(sb, 'vendorB');
      const item = await vendorB.web.getList(`${SITE}/${FaqList.url}`).items.add({ Title: '国保の資格確認' });
      const id = Number(item.Id ?? item.ID);
      let report = await verify(sp, d);
      expect(report.isolation).toEqual([{ listKey: 'faq', itemId: id, vendorKey: 'sakura-its', readableBy: [], editableBy: ['vendor:midori-systems'], inherits: true }]);

      const config = demoConfig();
      const site = new SharePointSite(sp, sb.siteUrl, config);
      await site.reconcileItemSecurity('faq', id, desiredSecurity('faq', { mode: 'ownVendorEdits', vendorKey: 'sakura-its' }, config.vendors.map((v) => v.key)));
      report = await verify(sp, d);
      expect(report.isolation).toEqual([]);
    } finally {
      sb.close();
    }
  });
});
