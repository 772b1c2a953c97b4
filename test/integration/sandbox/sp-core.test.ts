import { SPFI, SPQueryable, spGet } from '@pnp/sp';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

describe('sandbox SharePoint core through @pnp/sp', () => {
  let sb: Sandbox;
  let admin: SPFI;

  beforeEach(() => {
    sb = newSandbox();
    admin = spAs(sb, 'admin');
  });
  afterEach(() => sb.close());

  test('contextinfo answers JSON light with an SPO-format digest (sharepoint-rest.md §1.4)', async () => {
    const res = await sb.handle(new Request(`${sb.siteUrl}/_api/contextinfo`, {
      method: 'POST', headers: { Accept: 'application/json', Cookie: 'sandbox-user=admin' },
    }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    const body = await res.json();
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
    expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    expect(body.WebFullUrl).toBe(sb.siteUrl);
  });

  test('web select returns SP.Web minimal metadata with odata.id/editLink (§4, §2.2)', async () => {
    const web = await admin.web.select('Title', 'Url', 'ServerRelativeUrl', 'Language')();
    expect(web).toMatchObject({
      'odata.type': 'SP.Web', 'odata.id': `${sb.siteUrl}/_api/Web`, 'odata.editLink': 'Web',
      Title: 'opsdesk', Url: sb.siteUrl, ServerRelativeUrl: '/sites/opsdesk', Language: 1041,
    });
    expect(web).not.toHaveProperty('Description');
  });

  test('currentUser is the SP.User of the caller with login i:0#.f|membership|upn (§4 SPOREC)', async () => {
    const me = await admin.web.currentUser();
    expect(me).toMatchObject({ LoginName: 'i:0#.f|membership|opsdesk-admin@midoriku.example', PrincipalType: 1, IsSiteAdmin: true, Email: 'opsdesk-admin@midoriku.example' });
  });

  test('ensureUser adds a directory user (guest #ext# login) and unknown logins answer 400 -2146232832 (§3.2)', async () => {
    const u = await admin.web.ensureUser('i:0#.f|membership|tanaka.sho_midori-systems.example#ext#@midoriku.onmicrosoft.com');
    expect(u).toMatchObject({ Title: '田中 翔', Email: 'tanaka.sho@midori-systems.example', PrincipalType: 1 });
    const users = await admin.web.siteUsers();
    expect(users.map(x => x.Id)).toContain(u.Id);
    const f = await failure(admin.web.ensureUser('i:0#.f|membership|nobody@midoriku.example'));
    expect(f.status).toBe(400);
    expect(f.body['odata.error'].code).toBe('-2146232832, Microsoft.SharePoint.SPException');
    expect(f.body['odata.error'].message.value).toBe('The specified user i:0#.f|membership|nobody@midoriku.example could not be found.');
  });

  test('getUserById of an unknown id answers 500 "User cannot be found." (§3.2)', async () => {
    const f = await failure(admin.web.getUserById(999)());
    expect(f.status).toBe(500);
    expect(f.body['odata.error'].message.value).toBe('User cannot be found.');
  });

  test('siteGroups add + users add/list, and the seeded default groups (§4)', async () => {
    const groups = await admin.web.siteGroups();
    expect(groups.map(g => g.Title)).toEqual(['opsdesk Owners', 'opsdesk Visitors', 'opsdesk Members']);
    const g = await admin.web.siteGroups.add({ Title: '承認者', Description: 'Approvers' });
    expect(g).toMatchObject({ Title: '承認者', PrincipalType: 8, Description: 'Approvers' });
    await admin.web.siteGroups.getById(g.Id).users.add('i:0#.f|membership|sato.hanako@midoriku.example');
    const members = await admin.web.siteGroups.getByName('承認者').users();
    expect(members.map(m => m.Title)).toEqual(['佐藤 花子']);
  });

  test('role definitions carry SPO ids and BasePermissions strings (§4 SPOREC)', async () => {
    const c = await admin.web.roleDefinitions.getByName('Contribute')();
    expect(c).toMatchObject({ Id: 1073741827, RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011028719' } });
    const full = await admin.web.roleDefinitions.getByType(5)();
    expect(full).toMatchObject({ Id: 1073741829, Name: 'Full Control', BasePermissions: { High: '2147483647', Low: '4294967295' } });
    const all = await admin.web.roleDefinitions();
    expect(all.map(r => r.Id)).toEqual(expect.arrayContaining([1073741829, 1073741828, 1073741830, 1073741827, 1073741826, 1073741825]));
  });

  test('lists.add returns 201 SP.List with SPO defaults; EntityTypeName <Url>List (§5.2)', async () => {
    const l = await admin.web.lists.add('Tasks', 'desc', 100, false, { EnableVersioning: true });
    expect(l).toMatchObject({ Title: 'Tasks', BaseTemplate: 100, BaseType: 0, EntityTypeName: 'TasksList', ListItemEntityTypeFullName: 'SP.Data.TasksListItem', EnableAttachments: true, ItemCount: 0 });
    const byId = await admin.web.lists.getById(l.Id).select('Title')();
    expect(byId.Title).toBe('Tasks');
    const lib = await admin.web.lists.add('Docs', '', 101, false);
    expect(lib).toMatchObject({ BaseType: 1, EntityTypeName: 'Docs', EnableAttachments: false, MajorVersionLimit: 500 });
    const byUrl = await admin.web.getList('/sites/opsdesk/Lists/Tasks').select('Id')();
    expect(byUrl.Id).toBe(l.Id);
  });

  test('duplicate list title → 500 -2130575342; unknown getByTitle → 404 -1 ArgumentException (§3.2)', async () => {
    await admin.web.lists.add('Tasks');
    const dup = await failure(admin.web.lists.add('Tasks'));
    expect(dup.status).toBe(500);
    expect(dup.body['odata.error']).toEqual({ code: '-2130575342, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.' } });
    const missing = await failure(admin.web.lists.getByTitle('Nope')());
    expect(missing.status).toBe(404);
    expect(missing.body['odata.error']).toEqual({ code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${sb.siteUrl}'.` } });
  });

  test('lists.ensure creates then MERGEs with the sticky $select ignored (§5.3)', async () => {
    const a = await admin.web.lists.ensure('Tasks', 'first');
    expect(a.created).toBe(true);
    const b = await admin.web.lists.ensure('Tasks', 'second');
    expect(b.created).toBe(false);
    expect((await admin.web.lists.getByTitle('Tasks').select('Description')()).Description).toBe('second');
  });

  test('list update with MERGE sets ReadSecurity/WriteSecurity (§5.4)', async () => {
    await admin.web.lists.add('Tasks');
    await admin.web.lists.getByTitle('Tasks').update({ EnableVersioning: true, ReadSecurity: 2, WriteSecurity: 2 });
    const l = await admin.web.lists.getByTitle('Tasks').select('ReadSecurity', 'WriteSecurity')();
    expect(l).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2 });
  });

  test('fields.add* bodies (verbose both sides) produce XML-encoded internal names; OData_ prefix (§7.1, §7.4)', async () => {
    await admin.web.lists.add('Tasks');
    const fields = admin.web.lists.getByTitle('Tasks').fields;
    const memo = await fields.addText('担当メモ', { Required: true, Indexed: true });
    expect(memo).toMatchObject({ InternalName: '_x62c5__x5f53__x30e1__x30e2_', EntityPropertyName: 'OData__x62c5__x5f53__x30e1__x30e2_', Required: true, Indexed: true, TypeAsString: 'Text', FieldTypeKind: 2 });
    expect((memo as unknown as { __metadata: { type: string } }).__metadata.type).toBe('SP.FieldText');
    const status = await fields.addChoice('Status', { Choices: ['未着手', '完了'], FillInChoice: false });
    expect(status).toMatchObject({ InternalName: 'Status', Choices: { results: ['未着手', '完了'] } });
    const sp = await fields.addText('Due Date');
    expect(sp.InternalName).toBe('Due_x0020_Date');
    const long = await fields.addText('任意保険加入有無の確認');
    expect(long.InternalName).toBe('_x4efb__x610f__x4fdd__x967a__x52');
    expect(long.InternalName).toHaveLength(32);
    const again = await fields.addText('Status');
    expect(again.InternalName).toBe('Status0');
  });

  test('addLookup (AddField) and addUser; field update Indexed via MERGE without IF-Match (§7.1)', async () => {
    const projects = await admin.web.lists.add('Projects');
    await admin.web.lists.add('Tasks');
    const tasks = admin.web.lists.getByTitle('Tasks');
    const lk = await tasks.fields.addLookup('Project', { LookupListId: projects.Id, LookupFieldName: 'Title' });
    expect(lk).toMatchObject({ InternalName: 'Project', TypeAsString: 'Lookup', FieldTypeKind: 7 });
    const user = await tasks.fields.addUser('AssignedTo', { SelectionMode: 0 });
    expect(user).toMatchObject({ TypeAsString: 'User', SelectionMode: 0 });
    await tasks.fields.getByInternalNameOrTitle('AssignedTo').update({ Indexed: true });
    expect((await tasks.fields.getByInternalNameOrTitle('AssignedTo')()).Indexed).toBe(true);
  });

  test('createFieldAsXml derives the internal name from DisplayName unless option 8 (§7.3)', async () => {
    await admin.web.lists.add('Tasks');
    const fields = admin.web.lists.getByTitle('Tasks').fields;
    const a = await fields.createFieldAsXml('<Field Type="Text" Name="Code" StaticName="Code" DisplayName="管理番号" />');
    expect(a.InternalName).toBe('_x7ba1__x7406__x756a__x53f7_');
    const b = await fields.createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="OpsStatus" DisplayName="状態" Indexed="TRUE"><CHOICES><CHOICE>未着手</CHOICE><CHOICE>完了</CHOICE></CHOICES></Field>', Options: 8 });
    expect(b).toMatchObject({ InternalName: 'OpsStatus', Title: '状態', Indexed: true, Choices: ['未着手', '完了'] });
  });

  test('views.add with ViewQuery and viewfields/addviewfield (§8)', async () => {
    await admin.web.lists.add('Tasks');
    const list = admin.web.lists.getByTitle('Tasks');
    const v = await list.views.add('Open', false, { ViewQuery: "<Where><Eq><FieldRef Name='Title'/><Value Type='Text'>a</Value></Eq></Where>", RowLimit: 50 });
    expect(v).toMatchObject({ Title: 'Open', RowLimit: 50, PersonalView: false });
    await list.views.getByTitle('Open').fields.add('Created');
    const vf = await list.views.getByTitle('Open').fields();
    expect(vf.Items).toEqual(['LinkTitle', 'Created']);
  });

  describe('items', () => {
    beforeEach(async () => {
      await admin.web.lists.add('Tasks');
      const f = admin.web.lists.getByTitle('Tasks').fields;
      await f.addChoice('Status', { Choices: ['未着手', '対応中', '完了'] });
      await f.addDateTime('Due');
      await f.addNumber('Qty');
      await f.addUser('AssignedTo', { SelectionMode: 0 });
      await f.addBoolean('Done');
    });

    test('items.add → 201 body in minimal metadata with odata.etag "1" and default properties (§9.2, §2.2)', async () => {
      const sato = await admin.web.ensureUser('i:0#.f|membership|sato.hanako@midoriku.example');
      const it = await admin.web.lists.getByTitle('Tasks').items.add({ Title: 't', Status: '未着手', AssignedToId: sato.Id, Due: '2024-01-01T00:00:00Z', Qty: 2, Done: false });
      expect(it).toMatchObject({
        'odata.type': 'SP.Data.TasksListItem', 'odata.etag': '"1"', Id: 1, ID: 1, Title: 't', Status: '未着手', AssignedToId: sato.Id, AssignedToStringId: String(sato.Id),
        Due: '2024-01-01T00:00:00Z', Qty: 2, Done: false, OData__UIVersionString: '1.0', FileSystemObjectType: 0, ContentTypeId: '0x0100', Attachments: false,
      });
      expect(it['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
      expect(it['odata.id']).toBe(it.GUID);
    });

    test('unknown property in an item body → 400 InvalidClientQueryException (§3.2)', async () => {
      const f = await failure(admin.web.lists.getByTitle('Tasks').items.add({ Title: 'x', Nope: 1 }));
      expect(f.status).toBe(400);
      expect(f.body['odata.error']).toEqual({ code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: { lang: 'en-US', value: "The property 'Nope' does not exist on type 'SP.Data.TasksListItem'. Make sure to only use property names that are defined by the type." } });
    });

    test('item update with stale IF-Match → 412 -1 ClientServiceException; fresh one → 204 + ETag (sharepoint-rest.md §2.6, §9.3)', async () => {
      const items = admin.web.lists.getByTitle('Tasks').items;
      await items.add({ Title: 'a' });
      expect(await items.getById(1).update({ Title: 'b' }, '"1"')).toEqual({ etag: '"2"' });
      const f = await failure(items.getById(1).update({ Title: 'c' }, '"1"'));
      expect(f.status).toBe(412);
      expect(f.body['odata.error']).toEqual({ code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: 'The request ETag value \'"1"\' does not match the object\'s ETag value \'"2"\'.' } });
      expect(await items.getById(1).update({ Title: 'd' })).toEqual({ etag: '"3"' });
      const v = await items.getById(1).select('Title', 'OData__UIVersionString')();
      expect(v).toMatchObject({ Title: 'd', OData__UIVersionString: '3.0', 'odata.etag': '"3"' });
    });

    test('delete → 200 then items(n) → 404 -2130575338 "Item does not exist…" (§9.4, §3.2)', async () => {
      const items = admin.web.lists.getByTitle('Tasks').items;
      await items.add({ Title: 'a' });
      await items.getById(1).delete();
      const f = await failure(items.getById(1)());
      expect(f.status).toBe(404);
      expect(f.body['odata.error']).toEqual({ code: '-2130575338, System.ArgumentException', message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' } });
    });

    test('$filter eq/ne/lt/ge, and/or/not, startswith, substringof, datetime and plain ISO literals (§9.1)', async () => {
      const items = admin.web.lists.getByTitle('Tasks').items;
      const data = [['alpha', '未着手', '2024-01-05T00:00:00Z', 1], ['beta', '対応中', '2024-02-01T00:00:00Z', 5], ['gamma', '完了', '2023-12-01T00:00:00Z', 9]] as const;
      for (const [Title, Status, Due, Qty] of data) await items.add({ Title, Status, Due, Qty, Done: Qty > 4 });
      const ids = async (filter: string): Promise<number[]> => (await items.filter(filter).select('Id')()).map(i => i.Id);
      expect(await ids("Status eq '未着手' or Status eq '完了'")).toEqual([1, 3]);
      expect(await ids("Status ne '完了' and Qty ge 5")).toEqual([2]);
      expect(await ids("Due ge datetime'2024-01-01T00:00:00Z'")).toEqual([1, 2]);
      expect(await ids("Due lt '2024-01-01T00:00:00.000Z'")).toEqual([3]);
      expect(await ids("startswith(Title,'al')")).toEqual([1]);
      expect(await ids("substringof('mm',Title)")).toEqual([3]);
      expect(await ids('not (Qty lt 5)')).toEqual([2, 3]);
      expect(await ids('Done eq 1')).toEqual([2, 3]);
      expect(await ids('month(Due) eq 2')).toEqual([2]);
    });

    test('fluent filter builder output is accepted (%24filter=Due+gt+%27…%27+and+Done+eq+0) (§9.1 CAP)', async () => {
      const items = admin.web.lists.getByTitle('Tasks').items;
      await items.add({ Title: 'a', Due: '2024-03-01T00:00:00Z', Done: false });
      await items.add({ Title: 'b', Due: '2024-03-01T00:00:00Z', Done: true });
      const r = await items.filter(f => f.date('Due').greaterThan(new Date('2024-01-01T00:00:00Z')).and().boolean('Done').isFalse()).select('Title')();
      expect(r.map(i => i.Title)).toEqual(['a']);
    });

    test('person fields: filter by AuthorId / AssignedTo/Title, $select X/Title needs $expand X else 400 (§9.1, §3.2)', async () => {
      const sato = await admin.web.ensureUser('i:0#.f|membership|sato.hanako@midoriku.example');
      const items = admin.web.lists.getByTitle('Tasks').items;
      await items.add({ Title: 'a', AssignedToId: sato.Id });
      await items.add({ Title: 'b' });
      const r = await items.select('Id', 'Title', 'AssignedTo/Title', 'AssignedTo/Id', 'AssignedToId').expand('AssignedTo').filter("AssignedTo/Title eq '佐藤 花子'")();
      expect(r).toHaveLength(1);
      expect(r[0]).toMatchObject({ Title: 'a', AssignedToId: sato.Id, AssignedTo: { Title: '佐藤 花子', Id: sato.Id, 'odata.type': 'SP.Data.UserInfoItem' } });
      expect(r[0]['AssignedTo@odata.navigationLinkUrl']).toMatch(/Items\(1\)\/AssignedTo$/);
      const me = await admin.web.currentUser();
      expect((await items.filter(`AuthorId eq ${me.Id}`).select('Id')()).length).toBe(2);
      const f = await failure(items.select('AssignedTo')());
      expect(f.status).toBe(400);
      expect(f.body['odata.error'].message.value).toBe("The query to field 'AssignedTo' is not valid. The $select query string must specify the target fields and the $expand query string must contains AssignedTo.");
    });

    test('$orderby desc + $top + paging through odata.nextLink with the async iterator (§9.1, §1.5)', async () => {
      // PnPjs queryables are mutable (select/orderBy stick to the instance), so each query starts from a fresh one
      const items = (): ReturnType<typeof admin.web.lists.getByTitle>['items'] => admin.web.lists.getByTitle('Tasks').items;
      for (let i = 1; i <= 7; i++) await items().add({ Title: `t${i}`, Qty: i % 3 });
      const page = await items().select('Id', 'Qty').orderBy('Qty', false).orderBy('ID', true).top(3)();
      expect(page.map(i => i.Id)).toEqual([2, 5, 1]);
      const seen: number[] = [];
      for await (const p of items().select('Id').top(3)) seen.push(...p.map((i: { Id: number }) => i.Id));
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const ordered: number[] = [];
      for await (const p of items().select('Id', 'Qty').orderBy('Qty', false).top(2)) ordered.push(...p.map((i: { Id: number }) => i.Id));
      expect(ordered).toEqual([2, 5, 1, 4, 7, 3, 6]);
    });

    test('nextLink keeps the request options after a lowercase-escaped skiptoken (§9.1 3P capture)', async () => {
      const items = admin.web.lists.getByTitle('Tasks').items;
      for (let i = 1; i <= 3; i++) await items.add({ Title: `t${i}` });
      const res = await sb.handle(new Request(`${sb.siteUrl}/_api/web/lists/getByTitle('Tasks')/items?%24select=Id%2CTitle&%24top=2`, { headers: { Accept: 'application/json', Cookie: 'sandbox-user=admin' } }));
      const body = await res.json();
      expect(body['odata.nextLink']).toBe(`${sb.siteUrl}/_api/web/lists/getByTitle('Tasks')/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d2&%24select=Id%2cTitle&%24top=2`);
      expect(body['odata.metadata']).toBe(`${sb.siteUrl}/_api/$metadata#SP.ListData.TasksListItems&$select=Id,Title`);
    });

    test('items.skip(n) is sent as $skiptoken=Paged=TRUE&p_ID=n (§1.2)', async () => {
      const items = admin.web.lists.getByTitle('Tasks').items;
      for (let i = 1; i <= 5; i++) await items.add({ Title: `t${i}` });
      expect((await items.skip(3).select('Id')()).map(i => i.Id)).toEqual([4, 5]);
    });

    test('$filter on an unknown column → 400 -2147024809 "Column … does not exist" (§3.2)', async () => {
      const f = await failure(admin.web.lists.getByTitle('Tasks').items.filter("Nope eq 'x'")());
      expect(f.status).toBe(400);
      expect(f.body['odata.error'].code).toBe('-2147024809, System.ArgumentException');
      expect(f.body['odata.error'].message.value).toBe("Column 'Nope' does not exist. It may have been deleted by another user.");
    });

    test('$batch: GET parts and changesets are answered flat, per part, non-transactional (§10)', async () => {
      const list = admin.web.lists.getByTitle('Tasks');
      await list.items.add({ Title: 'existing' });
      const [batched, execute] = admin.batched();
      const bl = batched.web.lists.getByTitle('Tasks');
      const results: unknown[] = [];
      bl.items.add({ Title: 'b1' }).then(r => results.push(['add', r.Id]));
      bl.items.getById(1).update({ Title: 'upd' }, '"99"').catch(e => results.push(['stale', e.status]));
      bl.items.getById(1).update({ Title: 'upd' }).then(r => results.push(['merge', r.etag]));
      bl.items.select('Id', 'Title')().then(r => results.push(['get', r.map((x: { Title: string }) => x.Title)]));
      bl.fields.addText('BatchField').then(r => results.push(['field', r.InternalName]));
      await execute();
      expect(results).toEqual(expect.arrayContaining([['add', 2], ['stale', 412], ['merge', '"2"'], ['get', ['upd', 'b1']], ['field', 'BatchField']]));
    });

    test('nometadata and verbose formats chosen from Accept (§2.1, §2.3)', async () => {
      await admin.web.lists.getByTitle('Tasks').items.add({ Title: 'a' });
      const nm = await admin.web.lists.getByTitle('Tasks').items.select('Id', 'Title').using(h => { h.on.pre(async (url: string, init: RequestInit, result: unknown) => { (init.headers as Record<string, string>).Accept = 'application/json;odata=nometadata'; return [url, init, result]; }); return h; })();
      expect(nm).toEqual([{ Id: 1, Title: 'a' }]);
      const res = await sb.handle(new Request(`${sb.siteUrl}/_api/web/lists/getByTitle('Tasks')/items(1)?$select=Title,Id`, { headers: { Accept: 'application/json;odata=verbose', Cookie: 'sandbox-user=admin' } }));
      expect(res.headers.get('content-type')).toBe('application/json;odata=verbose;charset=utf-8');
      const v = await res.json();
      expect(v.d.__metadata).toMatchObject({ etag: '"1"', type: 'SP.Data.TasksListItem' });
      expect(v.d).toMatchObject({ Title: 'a', Id: 1 });
    });
  });

  test('cookie-authenticated POST without X-RequestDigest → 403 security validation (§1.4)', async () => {
    const res = await sb.handle(new Request(`${sb.siteUrl}/_api/web/lists`, {
      method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', Cookie: 'sandbox-user=admin' }, body: JSON.stringify({ Title: 'X', BaseTemplate: 100 }),
    }));
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body['odata.error'].message.value).toBe("The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.");
    const bad = await sb.handle(new Request(`${sb.siteUrl}/_api/web/lists`, {
      method: 'POST', headers: { Accept: 'application/json', 'X-RequestDigest': '0xABCDEF,21 Apr 2026 10:06:12 -0000', Cookie: 'sandbox-user=admin' }, body: '{}',
    }));
    expect((await bad.json())['odata.error'].code).toBe('-2130575251, Microsoft.SharePoint.SPException');
  });

  test('app principal ({ app: true }) writes without a digest (bearer, §1.4 MSDOC)', async () => {
    const app = spAs(sb, { app: true });
    const l = await app.web.lists.add('AppList');
    expect(l.Title).toBe('AppList');
    const it = await app.web.lists.getByTitle('AppList').items.add({ Title: 'x' });
    const author = await admin.web.getUserById(it.AuthorId)();
    expect(author.Title).toBe('SharePoint App');
  });

  test('anonymous requests → 403 -2147024891 "Attempted to perform an unauthorized operation." (3P: PLGSharepointRestAPI-java#43, office365-rest-python-client#984)', async () => {
    const res = await sb.handle(new Request(`${sb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } }));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Attempted to perform an unauthorized operation.' } } });
  });

  test('unknown routes → 501 with method and URL (issue spec)', async () => {
    const f = await failure(spGet(SPQueryable(admin.web, 'features')));
    expect(f.status).toBe(501);
    expect(f.body).toMatchObject({ method: 'GET', url: `${sb.siteUrl}/_api/web/features` });
  });
});
