import { output } from '@azure/functions';
import type {
  HttpFunctionOptions,
  HttpRequest,
  HttpResponseInit,
  InvocationContext,
  StorageQueueFunctionOptions,
  Timer,
  TimerFunctionOptions
} from '@azure/functions';
import { handleWebhook } from '../../src/webhook';
import type { IWebhookNotification } from '../../src/webhook';
import type { INotifier } from '../../src/notifier';

/** The part of `app` from @azure/functions this adapter uses (tests pass a recorder). */
export interface IFunctionsApp {
  http(name: string, options: HttpFunctionOptions): void;
  timer(name: string, options: TimerFunctionOptions): void;
  storageQueue(name: string, options: StorageQueueFunctionOptions): void;
}

export interface IFunctionsDeps {
  clientState: string;
  /** The notifier, built lazily once per worker (settings are read on first use, not at import). */
  notifier(): Promise<INotifier>;
  /** Where SharePoint posts; subscriptions are renewed daily when set. */
  notificationUrl?: string;
  /** NCRONTAB of the sweep; default every minute. */
  sweepSchedule?: string;
  queueName?: string;
}

/**
 * Registers the notifier as Azure Functions (Node v4 programming model):
 * - `webhook` (HTTP POST /api/webhook): the handshake and the clientState check, then the accepted notifications
 *   go to a Storage queue and SharePoint gets its 200 at once. After a Functions invocation returns, the host may
 *   freeze the worker, so the processing cannot run in the background as in the local runner; the queue also
 *   gives retries with poison handling for free.
 * - `changes` (queue trigger): GetChanges from the stored tokens for the lists named, then act.
 * - `sweep` (timer): reminders, escalations, recovery of unfinished deliveries, the GetChanges safety net, and
 *   subscription renewal.
 * - `subscriptions` (timer, daily 03:00 UTC): creates or renews the list subscriptions (180 days at most).
 */
export function registerFunctions(app: IFunctionsApp, deps: IFunctionsDeps): void {
  const queueName = deps.queueName || 'opsdesk-changes';
  const queueOutput = output.storageQueue({ queueName, connection: 'AzureWebJobsStorage' });

  app.http('webhook', {
    methods: ['POST'],
    authLevel: 'anonymous',
    route: 'webhook',
    extraOutputs: [queueOutput],
    handler: async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
      let queued: IWebhookNotification[] = [];
      const answer = await handleWebhook(
        { method: request.method, url: request.url, body: await request.text() },
        { clientState: deps.clientState, enqueue: (n) => { queued = n; }, log: (m) => context.warn(m) }
      );
      if (queued.length > 0) context.extraOutputs.set(queueOutput, queued.map((n) => ({ resource: n.resource, subscriptionId: n.subscriptionId })));
      return { status: answer.status, headers: answer.headers, body: answer.body };
    }
  });

  app.storageQueue('changes', {
    queueName,
    connection: 'AzureWebJobsStorage',
    handler: async (message: unknown, context: InvocationContext): Promise<void> => {
      const notifier = await deps.notifier();
      const report = await notifier.processNotifications([message as { resource: string }]);
      context.log(`changes: ${report.items} item(s), ${report.mails} mail(s)`);
      // A failed item keeps the token before it; throwing lets the queue retry (then poison after maxDequeueCount).
      if (report.errors.length > 0) throw new Error(report.errors.join('; '));
    }
  });

  app.timer('sweep', {
    schedule: deps.sweepSchedule || '0 */1 * * * *',
    handler: async (_timer: Timer, context: InvocationContext): Promise<void> => {
      const notifier = await deps.notifier();
      const report = await notifier.sweep();
      context.log(`sweep: ${report.mails} mail(s), ${report.deferred} deferred, ${report.updates} update(s), ${report.errors.length} error(s)`);
      for (const e of report.errors) context.error(e);
    }
  });

  app.timer('subscriptions', {
    schedule: '0 0 3 * * *',
    runOnStartup: true,
    handler: async (_timer: Timer, context: InvocationContext): Promise<void> => {
      if (!deps.notificationUrl) {
        context.warn('OPSDESK_NOTIFICATION_URL is not set: webhook subscriptions are not managed');
        return;
      }
      await (await deps.notifier()).ensureSubscriptions(deps.notificationUrl);
      context.log(`subscriptions ensured for ${deps.notificationUrl}`);
    }
  });
}
