import { SPFI, spfi, SPBrowser } from '@pnp/sp';
import { Sandbox, SandboxSend, SandboxGraph, DIRECTORY } from '../../../sandbox/src';
import { graphfi, GraphBrowser } from '@pnp/graph';
import '@pnp/graph/users';
import { newSandbox, spAs, failure } from './clients';

describe('sandbox: lookups, digest expiry, error formats, admin endpoints', () => {
  let sb: Sandbox;
  let admin: SPFI;
  let clock: Date;

  beforeEach(() => {
    clock = new Date('2026-04-01T00:00:00Z');
    sb = newSandbox({ now: () => clock, siteUrl: 'http://localhost:4599/sites/opsdesk' });
    admin = spAs(sb, 'admin');
  });
  afterEach(() => sb.close());

  test('lookup: <Name>Id on write, filter ProjectId eq n and Project/Title, $expand Project/Title (§9.1 MSDOC)', async () => {
    const projects = await admin.web.lists.add('Projects');
    await admin.web.lists.add('Tasks');
    await admin.web.lists.getByTitle('Projects').items.add({ Title: '基幹系' });
    await admin.web.lists.getByTitle('Projects').items.add({ Title: '情報系' });
    await admin.web.lists.getByTitle('Tasks').fields.addLookup('Project', { LookupListId: projects.Id, LookupFieldName: 'Title' });
    const tasks = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => admin.web.lists.getByTitle('Tasks').items;
    await tasks().add({ Title: 'a', ProjectId: 1 });
    await tasks().add({ Title: 'b', ProjectId: 2 });
    expect((await tasks().filter('ProjectId eq 2').select('Title')()).map(i => i.Title)).toEqual(['b']);
    const r = await tasks().filter("Project/Title eq '基幹系'").select('Title', 'Project/Title', 'Project/Id').expand('Project')();
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ Title: 'a', Project: { Title: '基幹系', Id: 1, 'odata.type': 'SP.Data.ProjectsListItem' } });
  });

  test('multi-user field: JSON-light arrays for <Name>Id / <Name>StringId (§2.5) [UNVERIFIED JSON-light shape]', async () => {
    await admin.web.lists.add('Tasks');
    await admin.web.lists.getByTitle('Tasks').fields.addUser('Watchers', { SelectionMode: 0 });
    await admin.web.lists.getByTitle('Tasks').fields.getByInternalNameOrTitle('Watchers').update({ AllowMultipleValues: true });
    const a = await admin.web.ensureUser('i:0#.f|membership|sato.hanako@midoriku.example');
    const b = await admin.web.ensureUser('i:0#.f|membership|yamamoto.ken@midoriku.example');
    const it = await admin.web.lists.getByTitle('Tasks').items.add({ Title: 'x', WatchersId: [a.Id, b.Id] });
    expect(it).toMatchObject({ WatchersId: [a.Id, b.Id], WatchersStringId: [String(a.Id), String(b.Id)] });
    const got = await admin.web.lists.getByTitle('Tasks').items.select('Watchers/Title').expand('Watchers')();
    expect(got[0].Watchers.map((w: { Title: string }) => w.Title)).toEqual(['佐藤 花子', '山本 健']);
  });

  test('a digest older than FormDigestTimeoutSeconds → 403 -2130575252 (expired) (§1.4 MS-CSOMSPT)', async () => {
    const ctxRes = await sb.handle(new Request(`${sb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', Cookie: 'sandbox-user=admin' } }));
    const { FormDigestValue } = await ctxRes.json();
    expect(FormDigestValue).toMatch(/,01 Apr 2026 00:00:00 -0000$/);
    clock = new Date('2026-04-01T00:31:00Z');
    const res = await sb.handle(new Request(`${sb.siteUrl}/_api/web/lists`, {
      method: 'POST', headers: { Accept: 'application/json', 'X-RequestDigest': FormDigestValue, Cookie: 'sandbox-user=admin' }, body: JSON.stringify({ Title: 'T' }),
    }));
    expect(res.status).toBe(403);
    expect((await res.json())['odata.error'].code).toBe('-2130575252, Microsoft.SharePoint.SPException');
  });

  test('error bodies: verbose → {"error":…}, nometadata → {"odata.error":…}, same code/message (§3.1)', async () => {
    for (const [accept, key, ct] of [
      ['application/json;odata=verbose', 'error', 'application/json;odata=verbose;charset=utf-8'],
      ['application/json;odata=nometadata', 'odata.error', 'application/json;odata=nometadata;streaming=true;charset=utf-8'],
    ]) {
      const res = await sb.handle(new Request(`${sb.siteUrl}/_api/web/lists/getByTitle('None')`, { headers: { Accept: accept, Cookie: 'sandbox-user=admin' } }));
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe(ct);
      expect(await res.json()).toEqual({ [key]: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'None' does not exist at site with URL '${sb.siteUrl}'.` } } });
    }
  });

  test('routing is case-insensitive and accepts Lists(guid\'…\')/Items(n) and GetItemById (§1.2)', async () => {
    const l = await admin.web.lists.add('Tasks');
    await admin.web.lists.getByTitle('Tasks').items.add({ Title: 'x' });
    for (const path of [`Web/Lists(guid'${l.Id}')/Items(1)`, `WEB/LISTS('${l.Id}')/GETITEMBYID(1)`, `web/lists/GetById('${l.Id}')/items/getbyid(1)`]) {
      const res = await sb.handle(new Request(`${sb.siteUrl}/_api/${path}?$select=Title`, { headers: { Accept: 'application/json', Cookie: 'sandbox-user=admin' } }));
      expect((await res.json()).Title).toBe('x');
    }
  });

  test('siteUsers.getByLoginName via @v alias and getByEmail (§1.2 aliased parameters, §4)', async () => {
    await admin.web.ensureUser('i:0#.f|membership|sato.hanako@midoriku.example');
    const byLogin = await admin.web.siteUsers.getByLoginName('i:0#.f|membership|sato.hanako@midoriku.example')();
    expect(byLogin.Title).toBe('佐藤 花子');
    const byEmail = await admin.web.siteUsers.getByEmail('sato.hanako@midoriku.example')();
    expect(byEmail.Id).toBe(byLogin.Id);
  });

  test('POST /_sandbox/reset wipes data and reseeds the site (sandbox admin endpoint)', async () => {
    await admin.web.lists.add('Tasks');
    const res = await sb.handle(new Request(`${sb.origin}/_sandbox/reset`, { method: 'POST' }));
    expect(res.status).toBe(204);
    expect((await admin.web.lists()).map(l => l.Title)).toEqual([]);
    expect((await admin.web.siteGroups()).map(g => g.Title)).toEqual(['opsdesk Owners', 'opsdesk Visitors', 'opsdesk Members']);
  });

  test('rate throttling: requests above the window answer 429 with Retry-After (§3.4)', async () => {
    sb.setThrottle({ rate: { requests: 2, perSeconds: 60 }, retryAfterSeconds: 7 });
    const sp = spfi(sb.siteUrl).using(SPBrowser(), SandboxSend(sb, 'admin'));
    await sp.web.select('Title')();
    await sp.web.select('Title')();
    const res = await sb.handle(new Request(`${sb.siteUrl}/_api/web`, { headers: { Accept: 'application/json', Cookie: 'sandbox-user=admin' } }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    sb.setThrottle(null);
  });

  test('Teams activity feed: sendActivityNotification → 204, visible at /_sandbox/activity (§13.3)', async () => {
    const staff = DIRECTORY.find(d => d.key === 'staffA')!;
    const graph = graphfi().using(GraphBrowser({ baseUrl: sb.graphUrl }), SandboxGraph(sb, { app: true }));
    const { GraphQueryable, graphPost } = await import('@pnp/graph');
    const body = { topic: { source: 'text', value: 'INQ-0001', webUrl: 'https://teams.microsoft.com/l/entity/x' }, activityType: 'inquiryAssigned', previewText: { content: '問い合わせが割り当てられました' } };
    await graphPost(GraphQueryable(graph.users.getById(staff.id), 'teamwork/sendActivityNotification'), { body: JSON.stringify(body) });
    const feed = await (await sb.handle(new Request(`${sb.origin}/_sandbox/activity`))).json();
    expect(feed.value).toEqual([expect.objectContaining({ userId: staff.id, activityType: 'inquiryAssigned' })]);
  });
});
