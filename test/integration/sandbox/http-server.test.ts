import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { graphfi, GraphBrowser } from '@pnp/graph';
import { BearerToken } from '@pnp/queryable';
import '@pnp/graph/users';
import { startSandboxServer, ISandboxServer, sandboxToken } from '../../../sandbox/src';
import './clients';

describe('the sandbox over real HTTP on 127.0.0.1 (random port)', () => {
  let server: ISandboxServer;
  let sp: SPFI;

  beforeAll(async () => {
    server = await startSandboxServer({ port: 0, dbPath: ':memory:', webhookRetry: { pollMs: 0 } });
    // SPFx sends cookies, no Authorization: the real BrowserFetchWithRetry + RequestDigest go over the wire
    sp = spfi(server.siteUrl).using(SPBrowser(), InjectHeaders({ Cookie: 'sandbox-user=admin' }));
  });
  afterAll(() => server.close());

  test('site URL is printed as http://localhost:<port>/sites/opsdesk and the web answers (§4)', async () => {
    expect(server.siteUrl).toMatch(/^http:\/\/localhost:\d+\/sites\/opsdesk$/);
    expect((await sp.web.select('Title')()).Title).toBe('opsdesk');
  });

  test('digest fetched from contextinfo, list + item writes, getByTitle with %2F in the raw path (§1.2, §1.4)', async () => {
    await sp.web.lists.add('A/B 案件');
    const list = sp.web.lists.getByTitle('A/B 案件');
    const it = await list.items.add({ Title: 'over http' });
    expect(it.Id).toBe(1);
    expect((await list.items.getById(1).update({ Title: 'x' })).etag).toBe('"2"');
  });

  test('429 with Retry-After is retried by the real PnPjs BrowserFetchWithRetry; exhausted → "Retry count exceeded (3)" (§1.6, §3.4)', async () => {
    server.sandbox.setThrottle({ count: 2, retryAfterSeconds: 0, status: 429 });
    expect((await sp.web.select('Title')()).Title).toBe('opsdesk');
    server.sandbox.setThrottle({ count: 3, retryAfterSeconds: 0, status: 429 });
    const err = await sp.web.select('Title')().catch(e => e);
    expect(err.status).toBe(429);
    expect(err.message).toBe('Retry count exceeded (3) for this request. 429: Too Many Requests;');
    server.sandbox.setThrottle(null);
  });

  test('unknown route → 501 with method and URL (issue spec)', async () => {
    const res = await fetch(`${server.url}/sites/opsdesk/_api/web/navigation`, { headers: { Cookie: 'sandbox-user=admin' } });
    expect(res.status).toBe(501);
    expect(await res.json()).toMatchObject({ method: 'GET', url: `${server.url}/sites/opsdesk/_api/web/navigation` });
  });

  test('CORS preflight and exposed ETag for the cross-origin workbench (§1.7)', async () => {
    const pre = await fetch(`${server.siteUrl}/_api/web`, { method: 'OPTIONS', headers: { Origin: 'https://localhost:4321', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-requestdigest,if-match' } });
    expect(pre.status).toBe(200);
    const res = await fetch(`${server.siteUrl}/_api/web`, { headers: { Origin: 'https://localhost:4321', Cookie: 'sandbox-user=admin', Accept: 'application/json' } });
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  test('@pnp/graph with BearerToken and @microsoft/microsoft-graph-client over HTTP (§13)', async () => {
    const graph = graphfi().using(GraphBrowser({ baseUrl: server.graphUrl }), BearerToken(sandboxToken({ app: true })));
    expect((await graph.users.getById('sato.hanako@midoriku.example')()).displayName).toBe('佐藤 花子');
    // graph-client only authenticates https Graph hosts / customHosts and strips Authorization elsewhere (§13.2);
    // over plain http a middleware chain ending in the real HTTPMessageHandler carries the token
    const token = sandboxToken('ict');
    const auth = {
      next: undefined as unknown as { execute(c: unknown): Promise<void> },
      setNext(n: { execute(c: unknown): Promise<void> }): void { this.next = n; },
      async execute(context: { options?: RequestInit }): Promise<void> {
        context.options = { ...context.options, headers: { ...(context.options?.headers as Record<string, string>), Authorization: `Bearer ${token}` } };
        return this.next.execute(context);
      },
    };
    const http = new HTTPMessageHandler();
    auth.setNext(http);
    const client = Client.initWithMiddleware({ baseUrl: `${server.url}/`, middleware: auth });
    const me = await client.api('/me').select('displayName').get();
    expect(me.displayName).toBe('佐藤 花子');
  });
});
