/**
 * Azure Functions entry point (Node 22, @azure/functions v4). Settings are the notifier's OPSDESK_* variables
 * (see "The notifier as an Azure Functions app" in README.md); the certificate credential and clients are built on first use.
 */
import { app } from '@azure/functions';
import { createClients } from '../../src/clients';
import { loadNotifierConfig, loadSiteConfig } from '../../src/config';
import { createNotifier } from '../../src/notifier';
import type { INotifier } from '../../src/notifier';
import { registerFunctions } from './register';

let instance: Promise<INotifier> | undefined;

function notifier(): Promise<INotifier> {
  // One notifier per worker process: its caches (group and list ids) are safe to share between invocations.
  if (!instance) {
    instance = (async () => {
      const config = loadNotifierConfig(process.env);
      const clients = await createClients(config);
      return createNotifier({
        ...clients,
        siteUrl: config.siteUrl,
        site: loadSiteConfig(config.siteConfigPath),
        senderUpn: config.senderUpn,
        clientState: config.clientState,
        claimTimeoutMs: config.claimTimeoutMinutes * 60_000,
        initialSync: config.initialSync,
        log: (m) => console.log(m)
      });
    })();
    instance.catch(() => { instance = undefined; });
  }
  return instance;
}

registerFunctions(app, {
  clientState: process.env.OPSDESK_WEBHOOK_CLIENT_STATE || '',
  notifier,
  notificationUrl: process.env.OPSDESK_NOTIFICATION_URL,
  sweepSchedule: process.env.OPSDESK_SWEEP_SCHEDULE
});
