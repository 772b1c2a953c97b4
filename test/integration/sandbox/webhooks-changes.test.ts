import { SPFI } from '@pnp/sp';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

interface ICall { url: string; method: string; body: string }

/** A notification receiver that implements the validation handshake (§12.2) and can be told to fail. */
function receiver(): { calls: ICall[]; failNext: number; deliver: (url: string, init: RequestInit) => Promise<Response> } {
  const r = {
    calls: [] as ICall[],
    failNext: 0,
    deliver: async (url: string, init: RequestInit): Promise<Response> => {
      r.calls.push({ url, method: String(init.method), body: String(init.body ?? '') });
      const token = new URL(url).searchParams.get('validationtoken');
      if (token !== null) return new Response(url.includes('bad') ? 'nope' : token, { status: 200, headers: { 'Content-Type': 'text/plain' } });
      if (r.failNext > 0) { r.failNext--; return new Response('busy', { status: 503 }); }
      return new Response(null, { status: 200 });
    },
  };
  return r;
}

describe('list webhooks and GetChanges (sharepoint-rest.md §12)', () => {
  let sb: Sandbox;
  let sp: SPFI;
  let rx: ReturnType<typeof receiver>;
  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Tasks');

  beforeEach(async () => {
    rx = receiver();
    sb = newSandbox({ deliver: rx.deliver, webhookRetry: { pollMs: 0, batchDelayMs: 0, retryDelayMs: 0, maxRetries: 5 } });
    sp = spAs(sb, { app: true });
    await sp.web.lists.add('Tasks');
  });
  afterEach(() => sb.close());

  test('subscriptions.add runs the validation handshake and answers 201 with resource = list id, 7-digit fraction (§12.1–12.2)', async () => {
    const exp = new Date(Date.now() + 30 * 86_400_000);
    const sub = await list().subscriptions.add('https://notifier.example/api/webhook', exp.toISOString(), 'state123');
    const listId = (await list().select('Id')()).Id;
    expect(sub).toMatchObject({ clientState: 'state123', notificationUrl: 'https://notifier.example/api/webhook', resource: listId, resourceData: null });
    expect(sub.expirationDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/);
    expect(rx.calls[0].method).toBe('POST');
    expect(rx.calls[0].url).toMatch(/^https:\/\/notifier\.example\/api\/webhook\?validationtoken=/);
    const all = await list().subscriptions();
    expect(all.map(s => s.id)).toEqual([sub.id]);
  });

  test('a receiver that does not echo the token → create fails and nothing is stored (§12.2) [UNVERIFIED status 400]', async () => {
    const f = await failure(list().subscriptions.add('https://bad.example/hook', new Date(Date.now() + 86_400_000).toISOString()));
    expect(f.status).toBe(400);
    expect(await list().subscriptions()).toEqual([]);
  });

  test('expiration beyond 180 days is refused (§12.1) [UNVERIFIED message]', async () => {
    const f = await failure(list().subscriptions.add('https://notifier.example/hook', new Date(Date.now() + 200 * 86_400_000).toISOString()));
    expect(f.status).toBe(400);
  });

  test('changes are collapsed into one notification per subscription with the SPO payload (§12.3)', async () => {
    const sub = await list().subscriptions.add('https://notifier.example/hook', new Date(Date.now() + 86_400_000).toISOString(), 'cs');
    rx.calls.length = 0;
    await list().items.add({ Title: 'a' });
    await list().items.add({ Title: 'b' });
    await list().items.getById(1).update({ Title: 'a2' });
    expect(await sb.flushWebhooks()).toBe(1);
    expect(rx.calls).toHaveLength(1);
    const payload = JSON.parse(rx.calls[0].body);
    const listId = (await list().select('Id')()).Id;
    expect(payload.value).toEqual([expect.objectContaining({ subscriptionId: sub.id, clientState: 'cs', resource: listId, siteUrl: '/sites/opsdesk' })]);
    expect(Object.keys(payload.value[0]).sort()).toEqual(['clientState', 'expirationDateTime', 'resource', 'siteUrl', 'subscriptionId', 'tenantId', 'webId']);
    expect(await sb.flushWebhooks()).toBe(0);
  });

  test('failed deliveries are retried (5 × retry delay) and then dropped; later changes still notify (§12.3)', async () => {
    await list().subscriptions.add('https://notifier.example/hook', new Date(Date.now() + 86_400_000).toISOString());
    rx.calls.length = 0;
    rx.failNext = 2;
    await list().items.add({ Title: 'a' });
    expect(await sb.flushWebhooks()).toBe(0);
    expect(await sb.flushWebhooks()).toBe(0);
    expect(await sb.flushWebhooks()).toBe(1);
    expect(rx.calls).toHaveLength(3);
    rx.calls.length = 0;
    rx.failNext = 100;
    await list().items.add({ Title: 'b' });
    for (let i = 0; i < 8; i++) await sb.flushWebhooks();
    expect(rx.calls).toHaveLength(6); // the first attempt + 5 retries
    rx.failNext = 0;
    await list().items.add({ Title: 'c' });
    expect(await sb.flushWebhooks()).toBe(1);
  });

  test('GetChanges from CurrentChangeToken returns ordered Add/Update/DeleteObject SP.ChangeItem entries (§12.4)', async () => {
    const { CurrentChangeToken } = await list().select('CurrentChangeToken')();
    expect(CurrentChangeToken.StringValue).toMatch(/^1;3;[0-9a-f-]{36};\d+;\d+$/);
    await list().items.add({ Title: 'a' });
    await list().items.getById(1).update({ Title: 'b' });
    await list().items.add({ Title: 'c' });
    await list().items.getById(2).delete();
    const changes = await list().getChanges({ Add: true, Update: true, DeleteObject: true, Item: true, ChangeTokenStart: CurrentChangeToken });
    expect(changes.map((c: { ChangeType: number; ItemId: number }) => [c.ChangeType, c.ItemId])).toEqual([[1, 1], [2, 1], [1, 2], [3, 2]]);
    expect(changes[0]['odata.type']).toBe('SP.ChangeItem');
    const last = changes[changes.length - 1].ChangeToken;
    await list().items.add({ Title: 'd' });
    const next = await list().getChanges({ Add: true, Item: true, ChangeTokenStart: last });
    expect(next.map((c: { ItemId: number }) => c.ItemId)).toEqual([3]);
    const onlyUpdates = await list().getChanges({ Update: true, Item: true, ChangeTokenStart: CurrentChangeToken });
    expect(onlyUpdates).toHaveLength(1);
  });

  test('breaking item inheritance is logged as ScopeAdd (17) then AssignmentAdd (11) (§12.4 SPOREC)', async () => {
    const { CurrentChangeToken } = await list().select('CurrentChangeToken')();
    const admin = spAs(sb, 'admin');
    await admin.web.lists.getByTitle('Tasks').items.add({ Title: 'a' });
    await admin.web.lists.getByTitle('Tasks').items.getById(1).breakRoleInheritance(false, false);
    const staff = await admin.web.ensureUser('i:0#.f|membership|suzuki.ichiro@midoriku.example');
    await admin.web.lists.getByTitle('Tasks').items.getById(1).roleAssignments.add(staff.Id, 1073741827);
    const changes = await list().getChanges({ SecurityPolicy: true, RoleAssignmentAdd: true, Item: true, ChangeTokenStart: CurrentChangeToken });
    expect(changes.map((c: { ChangeType: number }) => c.ChangeType)).toEqual([17, 11]);
  });
});
