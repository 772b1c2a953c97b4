/**
 * The Azure Functions adapter: the registered handlers invoked as the host would, with the library's own
 * HttpRequest / InvocationContext test constructors, over a notifier on the sandbox.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import type { HttpFunctionOptions, StorageQueueFunctionOptions, Timer, TimerFunctionOptions } from '@azure/functions';
import { registerFunctions } from '../../../notifier/functions/src/register';
import type { IFunctionsApp } from '../../../notifier/functions/src/register';
import type { INotifier } from '../../../notifier/src';
import { CLIENT_STATE, harness, IHarness, NOTIFICATION_URL } from './harness';

describe('Azure Functions v4 adapter', () => {
  let h: IHarness;
  let notifier: INotifier;
  const registered: Record<string, HttpFunctionOptions | TimerFunctionOptions | StorageQueueFunctionOptions> = {};
  const recorder: IFunctionsApp = {
    http: (name, o) => { registered[name] = o; },
    timer: (name, o) => { registered[name] = o; },
    storageQueue: (name, o) => { registered[name] = o; }
  };
  const tick: Timer = { isPastDue: false, schedule: { adjustForDST: false }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };
  const context = (name: string): InvocationContext => new InvocationContext({ functionName: name, logHandler: () => undefined });

  beforeAll(async () => {
    h = await harness({ batchDelayMs: 0, retryDelayMs: 0, pollMs: 0 });
    notifier = h.notifier();
    h.receiver.notifier = notifier; // the sandbox's handshake reaches the same handlers
    registerFunctions(recorder, { clientState: CLIENT_STATE, notifier: async () => notifier, notificationUrl: NOTIFICATION_URL });
  }, 60_000);
  afterAll(() => h.sb.close());

  test('registers webhook (HTTP POST, anonymous), changes (queue), sweep and subscriptions (timers)', () => {
    expect(Object.keys(registered).sort()).toEqual(['changes', 'subscriptions', 'sweep', 'webhook']);
    expect(registered.webhook).toMatchObject({ methods: ['POST'], authLevel: 'anonymous', route: 'webhook' });
    expect((registered.sweep as TimerFunctionOptions).schedule).toBe('0 */1 * * * *');
  });

  test('webhook: handshake echo; forged → 403 and nothing queued; ours → 200 and the notification on the queue', async () => {
    const webhook = registered.webhook as HttpFunctionOptions;
    const hs = await webhook.handler(new HttpRequest({ method: 'POST', url: `${NOTIFICATION_URL}?validationtoken=tok-1` }), context('webhook'));
    expect(hs).toMatchObject({ status: 200, body: 'tok-1', headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

    const listId = await notifier.site.listId('inquiries');
    const forgedCtx = context('webhook');
    const forged = await webhook.handler(new HttpRequest({
      method: 'POST', url: NOTIFICATION_URL, body: { string: JSON.stringify({ value: [{ subscriptionId: 's', clientState: 'nope', resource: listId }] }) }
    }), forgedCtx);
    expect(forged).toMatchObject({ status: 403 });
    expect(forgedCtx.extraOutputs.get(webhook.extraOutputs![0])).toBeUndefined();

    const okCtx = context('webhook');
    const ok = await webhook.handler(new HttpRequest({
      method: 'POST', url: NOTIFICATION_URL, body: { string: JSON.stringify({ value: [{ subscriptionId: 's', clientState: CLIENT_STATE, resource: listId }] }) }
    }), okCtx);
    expect(ok).toMatchObject({ status: 200 });
    expect(okCtx.extraOutputs.get(webhook.extraOutputs![0])).toEqual([{ resource: listId, subscriptionId: 's' }]);
  });

  test('changes (queue message) routes the new inquiry and mails the assignee; sweep and subscriptions run', async () => {
    const id = await h.add('inquiries', 'staffA', {
      body: 'x', system: h.ids.systemA, category: '操作方法', requester: h.ids.users.staffA, receivedAt: new Date().toISOString()
    }, 'Functions経由');
    const listId = await notifier.site.listId('inquiries');
    await (registered.changes as StorageQueueFunctionOptions).handler({ resource: listId, subscriptionId: 's' }, context('changes'));
    expect((await h.outbox()).filter((m) => m.subject.includes(`Functions経由 (#${id})`))).toHaveLength(1);
    await (registered.sweep as TimerFunctionOptions).handler(tick, context('sweep'));
    await (registered.subscriptions as TimerFunctionOptions).handler(tick, context('subscriptions'));
    const subs = await h.app.web.getList(`${new URL(h.sb.siteUrl).pathname}/Lists/OpsInquiries`).subscriptions();
    expect(subs.map((s: { notificationUrl: string }) => s.notificationUrl)).toEqual([NOTIFICATION_URL]);
  });
});
