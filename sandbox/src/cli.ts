import * as fs from 'fs';
import { startSandboxServer } from './server';

const DEFAULT_DB = '.sandbox/opsdesk.db';

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const db = arg(args, '--db') ?? process.env.SANDBOX_DB ?? DEFAULT_DB;
  if (command === 'reset') {
    for (const f of [db, `${db}-wal`, `${db}-shm`]) if (fs.existsSync(f)) fs.unlinkSync(f);
    process.stdout.write(`sandbox: deleted ${db}\n`);
    return 0;
  }
  if (command === 'serve' || command === undefined) {
    const port = Number(arg(args, '--port') ?? process.env.SANDBOX_PORT ?? 4580);
    const delay = arg(args, '--webhook-delay-ms');
    const server = await startSandboxServer({
      port, dbPath: db, host: arg(args, '--host') ?? '127.0.0.1',
      webhookRetry: delay ? { batchDelayMs: Number(delay) } : undefined,
    });
    process.stdout.write(`${server.siteUrl}\n`);
    process.stdout.write(`sandbox: SharePoint ${server.siteUrl} · Graph ${server.graphUrl} · db ${db}\n`);
    const stop = (): void => { void server.close().then(() => process.exit(0)); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return -1;
  }
  process.stderr.write('usage: cli.ts serve [--port N] [--db path] [--host 127.0.0.1] [--webhook-delay-ms N] | reset [--db path]\n');
  return 2;
}

main(process.argv.slice(2)).then(code => { if (code >= 0) process.exit(code); }, e => { process.stderr.write(`${(e as Error).stack ?? e}\n`); process.exit(1); });
