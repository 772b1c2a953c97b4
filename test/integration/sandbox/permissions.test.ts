import { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

interface IExpandedAssignment { PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: { Id: number; Name: string }[] }

const ITEM_MISSING = { code: '-2130575338, System.ArgumentException', message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' } };

describe('permissions at web, list and item level (sharepoint-rest.md §6)', () => {
  let sb: Sandbox;
  let admin: SPFI;
  let staffA: SPFI;
  let staffB: SPFI;
  let membersId: number;
  let staffAId: number;

  beforeEach(async () => {
    sb = newSandbox();
    admin = spAs(sb, 'admin');
    staffA = spAs(sb, 'staffA');
    staffB = spAs(sb, 'staffB');
    const members = await admin.web.siteGroups.getByName('opsdesk Members')();
    membersId = members.Id;
    await admin.web.siteGroups.getById(membersId).users.add('i:0#.f|membership|suzuki.ichiro@midoriku.example');
    await admin.web.siteGroups.getById(membersId).users.add('i:0#.f|membership|takahashi.misaki@midoriku.example');
    staffAId = (await admin.web.ensureUser('i:0#.f|membership|suzuki.ichiro@midoriku.example')).Id;
    await admin.web.lists.add('Tasks');
    for (const t of ['one', 'two', 'three']) await admin.web.lists.getByTitle('Tasks').items.add({ Title: t });
  });
  afterEach(() => sb.close());

  test('a user with no access to the site gets 403 "Access denied…" (3P: onedrive-api-docs#729, cli-microsoft365#1660)', async () => {
    const f = await failure(spAs(sb, 'vendorB').web());
    expect(f.status).toBe(403);
    expect(f.body['odata.error']).toEqual({ code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } });
  });

  test('item with broken inheritance: hidden from the collection and 404 on items(n) for users without access (§6)', async () => {
    const item = admin.web.lists.getByTitle('Tasks').items.getById(2);
    await item.breakRoleInheritance(false, false);
    const visible = await staffA.web.lists.getByTitle('Tasks').items.select('Id')();
    expect(visible.map(i => i.Id)).toEqual([1, 3]);
    const f = await failure(staffA.web.lists.getByTitle('Tasks').items.getById(2)());
    expect(f.status).toBe(404);
    expect(f.body).toEqual({ 'odata.error': ITEM_MISSING });
    const upd = await failure(staffA.web.lists.getByTitle('Tasks').items.getById(2).update({ Title: 'x' }));
    expect(upd.status).toBe(404);
  });

  test('break(copy=false) leaves the caller with Full Control as the only assignment (§6 SPOREC)', async () => {
    const item = admin.web.lists.getByTitle('Tasks').items.getById(2);
    await item.breakRoleInheritance(false, false);
    const ra = (await item.roleAssignments.expand('RoleDefinitionBindings')()) as unknown as IExpandedAssignment[];
    const me = await admin.web.currentUser();
    expect(ra).toHaveLength(1);
    expect(ra[0].PrincipalId).toBe(me.Id);
    expect(ra[0].RoleDefinitionBindings.map((r: { Name: string }) => r.Name)).toEqual(['Full Control']);
    expect((await item.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
  });

  test('a Read grant on an item: readable, but update → 403 access denied [UNVERIFIED body] (§6)', async () => {
    const item = admin.web.lists.getByTitle('Tasks').items.getById(2);
    await item.breakRoleInheritance(false, false);
    await item.roleAssignments.add(staffAId, 1073741826);
    const got = await staffA.web.lists.getByTitle('Tasks').items.getById(2).select('Title')();
    expect(got.Title).toBe('two');
    const f = await failure(staffA.web.lists.getByTitle('Tasks').items.getById(2).update({ Title: 'x' }));
    expect(f.status).toBe(403);
    expect(f.body['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect(await staffB.web.lists.getByTitle('Tasks').items.getById(2)().catch(e => e.status)).toBe(404);
  });

  test('effective permissions: FullMask for the admin, Edit bits for members, none for outsiders (§6)', async () => {
    const list = (sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Tasks');
    expect(await list(admin).currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
    expect(await list(staffA).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await list(staffA).currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    const eff = await list(admin).getUserEffectivePermissions('i:0#.f|membership|suzuki.ichiro@midoriku.example');
    expect(eff).toMatchObject({ High: '432', Low: '1011030767' });
    const webEff = await admin.web.getCurrentUserEffectivePermissions();
    expect(webEff).toMatchObject({ High: '2147483647', Low: '4294967295' });
  });

  test('list with unique permissions: invisible (404 "List … does not exist") to users without access (§6, §3.2)', async () => {
    const list = admin.web.lists.getByTitle('Tasks');
    await list.breakRoleInheritance(false, true);
    const f = await failure(staffA.web.lists.getByTitle('Tasks')());
    expect(f.status).toBe(404);
    expect(f.body['odata.error'].message.value).toBe(`List 'Tasks' does not exist at site with URL '${sb.siteUrl}'.`);
    expect((await staffA.web.lists()).map(l => l.Title)).not.toContain('Tasks');
    await list.roleAssignments.add(membersId, 1073741827);
    expect((await staffA.web.lists.getByTitle('Tasks').items.select('Id')()).length).toBe(3);
  });

  test('ReadSecurity=2 / WriteSecurity=2: users see and edit only their own items; Override List Behaviors sees all (§5.4) [UNVERIFIED bypass]', async () => {
    await admin.web.lists.getByTitle('Tasks').update({ ReadSecurity: 2, WriteSecurity: 2 });
    await staffA.web.lists.getByTitle('Tasks').items.add({ Title: 'mine A' });
    await staffB.web.lists.getByTitle('Tasks').items.add({ Title: 'mine B' });
    const a = await staffA.web.lists.getByTitle('Tasks').items.select('Title')();
    expect(a.map(i => i.Title)).toEqual(['mine A']);
    expect(await staffA.web.lists.getByTitle('Tasks').items.getById(5)().catch(e => e.status)).toBe(404);
    const all = await admin.web.lists.getByTitle('Tasks').items.select('Title')();
    expect(all).toHaveLength(5);
    expect(await staffA.web.lists.getByTitle('Tasks').items.getById(4).update({ Title: 'ok' })).toHaveProperty('etag');
  });

  test('roleAssignments.add on an inheriting list is refused; after break it is listed with Member expanded (§6)', async () => {
    const list = admin.web.lists.getByTitle('Tasks');
    expect((await failure(list.roleAssignments.add(staffAId, 1073741827))).status).toBe(400);
    await list.breakRoleInheritance(true, false);
    await list.roleAssignments.add(staffAId, 1073741827);
    const ra = (await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as IExpandedAssignment[];
    const mine = ra.find(r => r.PrincipalId === staffAId);
    expect(mine?.Member.Title).toBe('鈴木 一郎');
    expect(mine?.RoleDefinitionBindings.map((r: { Id: number }) => r.Id)).toEqual([1073741827]);
    expect(ra.map(r => r.PrincipalId)).toEqual(expect.arrayContaining([membersId]));
  });

  test('members cannot manage permissions: breakroleinheritance → 403 (§6)', async () => {
    const f = await failure(staffA.web.lists.getByTitle('Tasks').breakRoleInheritance(false));
    expect(f.status).toBe(403);
  });
});
