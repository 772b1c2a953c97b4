/**
 * `npm run notifier` as a process would run it, over real HTTP on loopback: the sandbox server delivers its
 * webhooks with fetch to the runner's own port (handshake at subscription time, then notifications), and the
 * runner reaches SharePoint and Graph over HTTP with the sandbox's app token.
 */
import { startSandboxServer } from '../../../sandbox/src';
import type { ISandboxServer } from '../../../sandbox/src';
import { loadRoster, loadSiteConfig, provisionSite, ProvisioningError } from '../../../provisioning/src';
import { startLocalNotifier } from '../../../notifier/src/local';
import type { ILocalRunner } from '../../../notifier/src/local';
import { loadNotifierConfig } from '../../../notifier/src/config';
import { DEMO_CONFIG_PATH, DEMO_ROSTER_PATH, sandboxConfig, sandboxSp } from '../../support/provisionedSandbox';
import { isKnownGapFailure } from '../../support/sandboxGaps';
import { readOutbox, seedReferenceData, waitFor } from './harness';
import type { IHarness, AddItem } from './harness';

describe('local runner over HTTP against the sandbox server', () => {
  let server: ISandboxServer;
  let runner: ILocalRunner;
  let ids: IHarness['ids'];
  let add: AddItem;
  const logs: string[] = [];

  beforeAll(async () => {
    server = await startSandboxServer({ port: 0, dbPath: ':memory:', webhookRetry: { batchDelayMs: 0, retryDelayMs: 0, pollMs: 25 } });
    const config = sandboxConfig(loadSiteConfig(DEMO_CONFIG_PATH));
    try {
      await provisionSite(sandboxSp(server.sandbox, { app: true }), { config, roster: loadRoster(DEMO_ROSTER_PATH, config) });
    } catch (e) {
      if (!(e instanceof ProvisioningError) || !e.result || !e.result.results.filter((r) => r.status === 'failed').every(isKnownGapFailure)) throw e;
    }
    ({ ids, add } = await seedReferenceData(server.sandbox, (identity) => sandboxSp(server.sandbox, identity)));
    runner = await startLocalNotifier(
      loadNotifierConfig({ OPSDESK_SITE_URL: server.siteUrl }, ['--port=0', '--sweep-interval-seconds=3600']),
      (m) => logs.push(m)
    );
  }, 60_000);
  afterAll(async () => {
    await runner?.close();
    await server?.close();
  });

  test('subscribes at startup through the handshake on its own port', async () => {
    expect(runner.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/webhook$/);
    const subs = await sandboxSp(server.sandbox, { app: true }).web.getList('/sites/opsdesk/Lists/OpsInquiries').subscriptions();
    expect(subs.map((s: { notificationUrl: string }) => s.notificationUrl)).toEqual([runner.url]);
    expect(logs.some((l) => l.startsWith('subscribed'))).toBe(true);
  });

  test('a staff user\'s inquiry → mail to the assignee through webhook, GetChanges and Graph over HTTP within 5 s', async () => {
    const started = Date.now();
    const id = await add('inquiries', 'staffA', {
      body: 'x', system: ids.systemA, category: '操作方法', requester: ids.users.staffA, receivedAt: new Date().toISOString()
    }, 'HTTP経由の問い合わせ');
    const mail = await waitFor(async () => (await readOutbox(server.sandbox)).find((m) => m.subject.includes(`(#${id})`)), 5_000);
    expect(mail?.toRecipients.map((r) => r.emailAddress.address)).toEqual(['tanaka.sho@midori-systems.example']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('a forged POST to the runner\'s port is refused (403)', async () => {
    const res = await fetch(runner.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ value: [{ subscriptionId: 'x', clientState: 'guess', resource: 'r' }] }) });
    expect(res.status).toBe(403);
  });

  test('configuration is validated: a bad value stops startup with the field named', () => {
    expect(() => loadNotifierConfig({ OPSDESK_NOTIFIER_PORT: 'eighty' })).toThrow(/port/);
    expect(() => loadNotifierConfig({ OPSDESK_TARGET: 'spo' })).toThrow(/tenantId is required when target is spo/);
  });
});
