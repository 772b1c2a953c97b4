/**
 * Runs the notifier beside the workbench with its own local runner (notifier/src/local.ts, what
 * `npm run notifier` runs): a webhook endpoint on a free loopback port that the sandbox's list webhooks POST
 * to, subscriptions at start, catch-up from the stored change tokens, a sweep on a timer. It reaches the
 * workbench's sandbox over HTTP with the service's app-only token, as it reaches SharePoint Online in Azure.
 */
import { randomBytes } from 'crypto';
import * as path from 'path';
import { INotifier } from '../../notifier/src';
import { loadNotifierConfig } from '../../notifier/src/config';
import { startLocalNotifier } from '../../notifier/src/local';
import type { IWorkbenchServer } from '../server';

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
  const config = loadNotifierConfig({}, [
    '--target=sandbox',
    `--site-url=${server.siteUrl}`,
    `--site-config=${path.join(options.rootDir, 'provisioning', 'config', 'demo.site.json')}`,
    '--port=0',
    `--client-state=${randomBytes(16).toString('hex')}`,
  ]);
  const runner = await startLocalNotifier(config, line => log(`notifier: ${line}`));
  let stopped: Promise<void> | undefined;
  return {
    notifier: runner.notifier,
    webhookUrl: runner.url,
    settle: async () => {
      const report = await runner.notifier.processChanges();
      if (report.errors.length) log(`notifier: ${report.errors.length} error(s): ${report.errors.slice(0, 3).join('; ')}`);
      await runner.notifier.idle();
      log(`notifier: ${report.items} item(s) processed, ${report.mails} mail(s) sent`);
    },
    stop: () => (stopped ??= runner.close()),
  };
}
