import { graphfi, GraphBrowser, GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import '@pnp/graph/mail';
import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { Sandbox, SandboxGraph, sandboxGraphMiddleware, DIRECTORY } from '../../../sandbox/src';
import { newSandbox } from './clients';

const sato = DIRECTORY.find(d => d.key === 'ict')!;
const suzuki = DIRECTORY.find(d => d.key === 'staffA')!;

describe('Microsoft Graph surface for the notifier (sharepoint-rest.md §13)', () => {
  let sb: Sandbox;
  const pnpGraph = (identity: Parameters<typeof SandboxGraph>[1]): GraphFI => graphfi().using(GraphBrowser({ baseUrl: sb.graphUrl }), SandboxGraph(sb, identity));
  const client = (identity: Parameters<typeof sandboxGraphMiddleware>[1]): Client => Client.initWithMiddleware({ baseUrl: `${sb.origin}/`, middleware: sandboxGraphMiddleware(sb, identity) });

  beforeEach(() => { sb = newSandbox(); });
  afterEach(() => sb.close());

  test('@pnp/graph users.getById(upn) → the default user property set (§13.3 GDOC user-get)', async () => {
    const u = await pnpGraph({ app: true }).users.getById(sato.userPrincipalName)();
    expect(u).toEqual({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity', businessPhones: [], displayName: '佐藤 花子', givenName: '花子', jobTitle: '主任',
      mail: 'sato.hanako@midoriku.example', mobilePhone: null, officeLocation: null, preferredLanguage: 'ja-JP', surname: '佐藤', userPrincipalName: 'sato.hanako@midoriku.example', id: sato.id,
    });
  });

  test('graph-client .select() changes the context to users(displayName,mail)/$entity; get by id works (§13.3)', async () => {
    const u = await client({ app: true }).api(`/users/${sato.id}`).select(['displayName', 'mail']).get();
    expect(u).toEqual({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(displayName,mail)/$entity', displayName: '佐藤 花子', mail: 'sato.hanako@midoriku.example' });
  });

  test('unknown user → 404 Request_ResourceNotFound thrown as GraphError with requestId (§13.3 SPOREC Graph recording, §13.2)', async () => {
    let err: GraphError | undefined;
    try {
      await client({ app: true }).api('/users/missing@midoriku.example').get();
    } catch (e) {
      err = e as GraphError;
    }
    expect(err).toBeInstanceOf(GraphError);
    expect(err?.statusCode).toBe(404);
    expect(err?.code).toBe('Request_ResourceNotFound');
    expect(err?.message).toBe("Resource 'missing@midoriku.example' does not exist or one of its queried reference-property objects are not present.");
    expect(err?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('guest UPN with #EXT# must be pre-encoded (%23EXT%23) to be found (§13.1)', async () => {
    const vendor = DIRECTORY.find(d => d.key === 'vendorA')!;
    const u = await pnpGraph({ app: true }).users.getById(encodeURIComponent(vendor.userPrincipalName))();
    expect(u.displayName).toBe('田中 翔');
  });

  test('sendMail via graph-client → 202 without body (no SyntaxError), stored in the recipient inbox and sender Sent Items (§13.2, §13.3)', async () => {
    const res = await client({ app: true }).api(`/users/${sato.userPrincipalName}/sendMail`).post({
      message: { subject: '【opsdesk】問い合わせが割り当てられました', body: { contentType: 'HTML', content: '<p>INQ-0001 を担当してください。</p>' }, toRecipients: [{ emailAddress: { address: suzuki.mail } }] },
      saveToSentItems: true,
    });
    expect(res).toBeNull(); // no Content-Type → graph-client hands back the (empty) raw body
    const inbox = await client({ app: true }).api(`/users/${suzuki.id}/mailFolders/inbox/messages`).get();
    expect(inbox.value).toHaveLength(1);
    expect(inbox.value[0]).toMatchObject({ subject: '【opsdesk】問い合わせが割り当てられました', from: { emailAddress: { address: 'sato.hanako@midoriku.example', name: '佐藤 花子' } }, body: { contentType: 'html' }, isRead: false });
    const sent = await client({ app: true }).api(`/users/${sato.id}/mailFolders/sentitems/messages`).get();
    expect(sent.value.map((m: { subject: string }) => m.subject)).toEqual(['【opsdesk】問い合わせが割り当てられました']);
    const outbox = await (await sb.handle(new Request(`${sb.origin}/_sandbox/outbox`))).json();
    expect(outbox.value).toHaveLength(1);
  });

  test('Sent Items query with $filter=sentDateTime ge …, $select=body, $top (the notifier\'s duplicate check; GDOC list messages)', async () => {
    const c = client({ app: true });
    const before = new Date(Date.now() - 60_000).toISOString();
    await c.api(`/users/${encodeURIComponent(sato.userPrincipalName)}/sendMail`).post({ message: { subject: 's1', body: { contentType: 'HTML', content: '<p>ref:ABC</p>' }, toRecipients: [{ emailAddress: { address: suzuki.mail } }] }, saveToSentItems: true });
    const page = await c.api(`/users/${encodeURIComponent(sato.userPrincipalName)}/mailFolders/sentitems/messages`).filter(`sentDateTime ge ${before}`).select('body').top(50).get();
    expect(page.value).toHaveLength(1);
    expect(Object.keys(page.value[0]).sort()).toEqual(['@odata.etag', 'body', 'id']);
    expect(page.value[0].body.content).toContain('ref:ABC');
    const none = await c.api(`/users/${encodeURIComponent(sato.userPrincipalName)}/mailFolders/sentitems/messages`).filter(`sentDateTime ge ${new Date(Date.now() + 60_000).toISOString()}`).get();
    expect(none.value).toEqual([]);
  });

  test('@pnp/graph me.sendMail as a delegated user and the recipient reads /me/messages (§13.1)', async () => {
    await pnpGraph('ict').me.sendMail({ subject: 'hello', body: { contentType: 'text', content: 'x' }, toRecipients: [{ emailAddress: { address: suzuki.mail } }] });
    const msgs = await pnpGraph('staffA').me.messages();
    expect(msgs.map(m => m.subject)).toEqual(['hello']);
  });

  test('delegated user cannot send as another user → 403 ErrorAccessDenied in Graph error shape (§13.3)', async () => {
    const res = await sb.handle(new Request(`${sb.graphUrl}/users/${suzuki.userPrincipalName}/sendMail`, {
      method: 'POST', headers: { Authorization: `Bearer ${(await import('../../../sandbox/src')).sandboxToken('ict')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: { subject: 's', toRecipients: [{ emailAddress: { address: sato.mail } }] } }),
    }));
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error.code).toBe('ErrorAccessDenied');
    expect(Object.keys(body.error.innerError).sort()).toEqual(['client-request-id', 'date', 'request-id']);
  });

  test('no token → 401 InvalidAuthenticationToken; /me with an app token → 400 (§13.3)', async () => {
    const anon = await sb.handle(new Request(`${sb.graphUrl}/users/${sato.id}`));
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.code).toBe('InvalidAuthenticationToken');
    const f = await pnpGraph({ app: true }).me().catch(e => e);
    expect(f.status).toBe(400);
  });
});
