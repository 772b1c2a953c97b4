/**
 * `npm start`: the whole opsdesk product offline — sandbox SharePoint + Graph, the site provisioned, demo data,
 * the notifier, and the local workbench page. Ctrl-C stops everything and closes the database cleanly.
 * `npm run reset` (--reset-only): deletes the local data so the next start begins from scratch.
 * Options: --port N (default 4580, env WORKBENCH_PORT), --db path (default .sandbox/opsdesk.db, env WORKBENCH_DB).
 */
import * as path from 'path';
import { DEFAULT_DB, resetData, startStack } from './stack';
import { DEMO_USERS } from './app/users';

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const dbPath = path.resolve(arg(argv, '--db') ?? process.env.WORKBENCH_DB ?? DEFAULT_DB);
  if (argv.includes('--reset-only')) {
    const removed = resetData(dbPath);
    process.stdout.write(removed.length ? `reset: removed ${removed.map(f => path.relative(process.cwd(), f)).join(', ')}\n` : 'reset: nothing to remove\n');
    return;
  }
  const port = Number(arg(argv, '--port') ?? process.env.WORKBENCH_PORT ?? 4580);
  const started = Date.now();
  const log = (line: string): void => { process.stdout.write(`${line}\n`); };
  const stack = await startStack({ dbPath, port, log });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the notifier, the server and the database…\n`);
    stack.stop().then(() => {
      process.stdout.write('stopped.\n');
      process.exit(0);
    }, e => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const users = DEMO_USERS.slice(0, 6).map(u => `      ${u.key.padEnd(8)} ${u.label.ja}`).join('\n');
  process.stdout.write(
    `\nopsdesk is running (${stack.seeded ? 'first start: provisioned and seeded' : 'data kept from the last start'}; ready in ${seconds} s)\n\n` +
    `  ワークベンチ / workbench:  ${stack.server.workbenchUrl}\n` +
    `  SharePoint (sandbox):     ${stack.server.siteUrl}/_api/web\n` +
    `  Graph (sandbox):          ${stack.server.graphUrl}\n` +
    `  data:                     ${path.relative(process.cwd(), dbPath)}  (npm run reset to start over)\n\n` +
    `  Switch user in the page header, or open ?as=<key>:\n${users}\n\n` +
    'Ctrl-C to stop.\n',
  );
}

main(process.argv.slice(2)).catch(e => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
