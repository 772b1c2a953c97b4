/**
 * Runs the notifier (notifier/src) beside the workbench: list webhooks → routing, item permissions and mail,
 * as it runs in Azure Functions, against the workbench's sandbox over HTTP.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { IWorkbenchServer } from '../server';

export interface IRunningNotifier {
  /** waits until the notifier has processed every change queued so far */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export interface INotifierOptions {
  rootDir: string;
  server: IWorkbenchServer;
  log: (line: string) => void;
}

export async function startNotifier(options: INotifierOptions): Promise<IRunningNotifier | undefined> {
  const entry = path.join(options.rootDir, 'notifier', 'src', 'local.ts');
  if (!fs.existsSync(entry)) {
    options.log('notifier: not available yet (notifier/src/local.ts missing): no routing, item permissions or mail');
    return undefined;
  }
  options.log('notifier: local runner found but not wired yet');
  return undefined;
}
