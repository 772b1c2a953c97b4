/**
 * Runs the notifier (notifier/src createNotifier) beside the workbench as it runs in Azure Functions: its own
 * HTTP endpoint on loopback that the sandbox's webhooks POST to (handshake + clientState), GetChanges from the
 * stored tokens, routing, item permissions, Graph mail; and a periodic sweep for reminders and escalations.
 * SharePoint and Graph are reached with the service's app-only identity.
 */
import { randomUUID } from 'crypto';
import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { Client } from '@microsoft/microsoft-graph-client';
import { createBrowserSp } from '../../src/data/pnp';
import { SandboxSend, sandboxGraphMiddleware } from '../../sandbox/src';
import { createNotifier, INotifier } from '../../notifier/src';
import { loadSiteConfig } from '../../provisioning/src';
import type { IWorkbenchServer } from '../server';

/** The no-reply mailbox the notifier sends from (the site admin's mailbox in the demo directory). */
export const SENDER_UPN = 'opsdesk-admin@midoriku.example';
const SWEEP_EVERY_MS = 60_000;

export interface IRunningNotifier {
  notifier: INotifier;
  webhookUrl: string;
  /** processes every change made so far (after seeding, instead of waiting for the webhook) */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export interface INotifierOptions {
  rootDir: string;
  server: IWorkbenchServer;
  log: (line: string) => void;
}

export async function startNotifier(options: INotifierOptions): Promise<IRunningNotifier> {
  const { server, log } = options;
  const sandbox = server.sandbox;
  const clientState = randomUUID();
  const notifier = createNotifier({
    sp: createBrowserSp(server.siteUrl, SandboxSend(sandbox, { app: true })),
    graph: Client.initWithMiddleware({ baseUrl: `${sandbox.origin}/`, middleware: sandboxGraphMiddleware(sandbox, { app: true }) as never }),
    siteUrl: server.siteUrl,
    site: loadSiteConfig(path.join(options.rootDir, 'provisioning', 'config', 'demo.site.json')),
    senderUpn: SENDER_UPN,
    clientState,
    log: line => log(`notifier: ${line}`),
  });

  const http_ = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      notifier.handleWebhook({ method: req.method ?? 'POST', url: req.url ?? '/', body }).then(r => {
        if (!/validationtoken=/i.test(req.url ?? '')) log(`notifier: webhook ${req.method} → ${r.status} (${body.length} bytes)`);
        res.writeHead(r.status, r.headers);
        res.end(r.body);
      }, (e: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(e.message);
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    http_.once('error', reject);
    http_.listen(0, '127.0.0.1', () => resolve());
  });
  const webhookUrl = `http://127.0.0.1:${(http_.address() as AddressInfo).port}/api/webhook`;
  await notifier.ensureSubscriptions(webhookUrl);
  log(`notifier: listening for webhooks at ${webhookUrl}`);

  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = notifier.sweep().then(r => {
      if (r.errors.length) log(`notifier: sweep errors: ${r.errors.join('; ')}`);
    }, (e: Error) => log(`notifier: sweep failed: ${e.message}`));
  }, SWEEP_EVERY_MS);
  timer.unref();

  let stopped: Promise<void> | undefined;
  return {
    notifier,
    webhookUrl,
    settle: async () => {
      const report = await notifier.processChanges();
      if (report.errors.length) log(`notifier: ${report.errors.length} error(s): ${report.errors.slice(0, 3).join('; ')}`);
      await notifier.idle();
      log(`notifier: ${report.items} item(s) processed, ${report.mails} mail(s) sent`);
    },
    stop: () => (stopped ??= (async () => {
      clearInterval(timer);
      await sweeping.catch(() => undefined);
      await notifier.idle().catch(() => undefined);
      http_.closeAllConnections?.();
      await new Promise<void>(resolve => http_.close(() => resolve()));
    })()),
  };
}
