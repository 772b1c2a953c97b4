import { SPFI } from '@pnp/sp';
import '@pnp/sp/attachments';
import '@pnp/sp/site-users';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

describe('current user groups, item versions, attachments', () => {
  let sb: Sandbox;
  let admin: SPFI;

  beforeEach(async () => {
    sb = newSandbox();
    admin = spAs(sb, 'admin');
    await admin.web.lists.add('Tasks');
  });
  afterEach(() => sb.close());

  test('currentUser.groups lists the SharePoint groups the caller is a direct member of (§4, PnPjs site-users groups)', async () => {
    const members = await admin.web.siteGroups.getByName('opsdesk Members')();
    await admin.web.siteGroups.getById(members.Id).users.add('i:0#.f|membership|sato.hanako@midoriku.example');
    const mine = await spAs(sb, 'ict').web.currentUser.groups.select('Id', 'Title')();
    expect(mine.map(g => g.Title)).toEqual(['opsdesk Members']);
    expect((await admin.web.currentUser.groups()).map(g => g.Title)).toEqual(['opsdesk Owners']);
    const sato = await admin.web.siteUsers.getByEmail('sato.hanako@midoriku.example')();
    expect((await admin.web.siteUsers.getById(sato.Id).groups()).map(g => g.Id)).toEqual([members.Id]);
  });

  test('item versions: newest first, VersionLabel/IsCurrentVersion, person values as {LookupId, LookupValue, Email} (§9.5) [UNVERIFIED shape details]', async () => {
    await admin.web.lists.getByTitle('Tasks').fields.addUser('Owner0');
    const sato = await admin.web.ensureUser('i:0#.f|membership|sato.hanako@midoriku.example');
    const items = admin.web.lists.getByTitle('Tasks').items;
    await items.add({ Title: 'v1' });
    await items.getById(1).update({ Title: 'v2', Owner0Id: sato.Id });
    const versions = (await items.getById(1).versions()) as Record<string, any>[];
    expect(versions.map(v => [v.VersionLabel, v.IsCurrentVersion, v.Title])).toEqual([['2.0', true, 'v2'], ['1.0', false, 'v1']]);
    expect(versions[0].Owner0).toEqual({ Email: 'sato.hanako@midoriku.example', LookupId: sato.Id, LookupValue: '佐藤 花子' });
    expect(versions[0].Editor).toMatchObject({ LookupValue: 'opsdesk 管理者' });
    expect(versions[0].VersionId).toBe(1024);
  });

  test('attachmentFiles.add/list/getText/delete; adding bumps the item ETag and sets Attachments (§9.7)', async () => {
    const item = admin.web.lists.getByTitle('Tasks').items.getById(1);
    await admin.web.lists.getByTitle('Tasks').items.add({ Title: 'x' });
    await item.attachmentFiles.add('スクリーンショット 1.txt', 'hello');
    const files = await item.attachmentFiles();
    expect(files).toEqual([expect.objectContaining({ FileName: 'スクリーンショット 1.txt', ServerRelativeUrl: '/sites/opsdesk/Lists/Tasks/Attachments/1/スクリーンショット 1.txt' })]);
    expect(await item.attachmentFiles.getByName('スクリーンショット 1.txt').getText()).toBe('hello');
    const after = await item.select('Attachments')();
    expect(after).toMatchObject({ Attachments: true, 'odata.etag': '"2"' });
    await item.attachmentFiles.getByName('スクリーンショット 1.txt').delete();
    expect(await item.attachmentFiles()).toEqual([]);
    const f = await failure(item.attachmentFiles.getByName('none.txt')());
    expect(f.status).toBe(404);
  });
});
