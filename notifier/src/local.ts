/**
 * `npm run notifier`: the notifier beside the sandbox (or against SharePoint Online with target=spo). Listens on
 * its own loopback port for the list webhooks, subscribes the watched lists at startup (SharePoint validates the
 * endpoint inside that call), catches up from the stored change tokens, then sweeps on a timer.
 *
 *   npm run notifier -- --site-url=http://localhost:4580/sites/opsdesk --port=4590
 */
import * as http from 'http';
import { createClients } from './clients';
import { loadNotifierConfig, loadSiteConfig } from './config';
import type { INotifierConfig } from './config';
import { createNotifier } from './notifier';
import type { INotifier } from './notifier';

export interface ILocalRunner {
  notifier: INotifier;
  url: string;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startLocalNotifier(config: INotifierConfig, log: (message: string) => void = (m) => console.log(`[notifier] ${m}`)): Promise<ILocalRunner> {
  const clients = await createClients(config);
  const notifier = createNotifier({
    ...clients,
    siteUrl: config.siteUrl,
    site: loadSiteConfig(config.siteConfigPath),
    senderUpn: config.senderUpn,
    clientState: config.clientState,
    claimTimeoutMs: config.claimTimeoutMinutes * 60_000,
    initialSync: config.initialSync,
    log
  });
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        if (req.url && /^\/healthz/.test(req.url)) {
          res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
          return;
        }
        if (!req.url || !/^\/api\/webhook/i.test(req.url)) {
          res.writeHead(404).end();
          return;
        }
        const answer = await notifier.handleWebhook({ method: req.method || 'POST', url: req.url, body: await readBody(req) });
        res.writeHead(answer.status, answer.headers).end(answer.body);
      } catch (e) {
        log(`webhook: ${e instanceof Error ? e.message : String(e)}`);
        if (!res.headersSent) res.writeHead(500).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address() as { port: number };
  const url = config.notificationUrl || `http://${config.host}:${address.port}/api/webhook`;
  log(`listening on http://${config.host}:${address.port}; webhook URL ${url}`);
  await notifier.ensureSubscriptions(url);
  log('subscribed the watched lists');
  const first = await notifier.processChanges();
  log(`caught up: ${first.items} item(s), ${first.mails} mail(s)${first.errors.length ? `, ${first.errors.length} error(s)` : ''}`);
  let sweeping = false;
  const sweepTimer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    notifier
      .sweep()
      .then((r) => { if (r.mails || r.errors.length) log(`sweep: ${r.mails} mail(s), ${r.deferred} deferred, ${r.errors.length} error(s)`); })
      .catch((e) => log(`sweep failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => { sweeping = false; });
  }, config.sweepIntervalSeconds * 1000);
  // Subscriptions last 180 days at most; renew daily when they are within 30 days of expiry.
  const renewTimer = setInterval(() => {
    notifier.ensureSubscriptions(url).catch((e) => log(`renewal failed: ${e instanceof Error ? e.message : String(e)}`));
  }, 24 * 3600 * 1000);
  return {
    notifier,
    url,
    async close(): Promise<void> {
      clearInterval(sweepTimer);
      clearInterval(renewTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await notifier.idle();
    }
  };
}

if (require.main === module) {
  let config: INotifierConfig;
  try {
    config = loadNotifierConfig(process.env, process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  startLocalNotifier(config)
    .then((runner) => {
      const stop = (): void => {
        void runner.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e) => {
      console.error(`[notifier] ${e instanceof Error ? e.stack || e.message : String(e)}`);
      process.exit(1);
    });
}
