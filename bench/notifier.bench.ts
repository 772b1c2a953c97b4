/**
 * Notifier latency: a burst of N inquiries created by a staff user (through PnPjs) against a provisioned
 * in-process sandbox whose webhooks fire without SharePoint's one-minute batching; prints create→mail latency
 * (the mail counts when Graph sendMail has accepted it, i.e. it is in the outbox) as p50/p95/max, and throughput.
 *
 *   npm run bench -- notifier            (N = 500; OPSDESK_BENCH_INQUIRIES to change)
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { sandboxGraphMiddleware } from '../sandbox/src';
import { toPayload } from '../src/data/fieldValues';
import { listByKey } from '../src/schema';
import { createNotifier, GraphMailer } from '../notifier/src';
import type { IMailer, INotifier } from '../notifier/src';
import { provisionedSandbox } from '../test/support/provisionedSandbox';
import { seedReferenceData } from '../test/integration/notifier/harness';

const N = Number(process.env.OPSDESK_BENCH_INQUIRIES || 500);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  let notifier: INotifier | undefined;
  const env = await provisionedSandbox({
    sandbox: {
      webhookRetry: { batchDelayMs: 0, retryDelayMs: 0, pollMs: 10 },
      deliver: async (url, init) => {
        const res = await notifier!.handleWebhook({ method: String(init.method || 'POST'), url, body: typeof init.body === 'string' ? init.body : '' });
        return new Response(res.body, { status: res.status, headers: res.headers });
      }
    }
  });
  const { ids } = await seedReferenceData(env.sb, env.spAs);
  const graph = Client.initWithMiddleware({ baseUrl: `${env.sb.origin}/`, middleware: sandboxGraphMiddleware(env.sb, { app: true }) as never });
  const real = new GraphMailer(graph, 'opsdesk-admin@midoriku.example');
  const mailedAt = new Map<number, number>();
  const mailer: IMailer = {
    async send(to, mail) {
      await real.send(to, mail);
      const m = /\(#(\d+)\)$/.exec(mail.subject);
      if (m) mailedAt.set(Number(m[1]), Date.now());
    }
  };
  notifier = createNotifier({ sp: env.spAs({ app: true }), mailer, siteUrl: env.sb.siteUrl, site: env.config, clientState: 'bench-client-state-0001' });
  await notifier.ensureSubscriptions('http://notifier.bench/api/webhook');

  const staff = env.spAs('staffA').web.getList(`${new URL(env.sb.siteUrl).pathname}/${listByKey('inquiries').url}`);
  const createdAt = new Map<number, number>();
  const burstStart = Date.now();
  const workers = 8;
  let next = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < N) {
      const i = next++;
      const created = await staff.items.add(toPayload(listByKey('inquiries'), {
        body: `<p>ベンチマーク ${i}</p>`, system: ids.systemA, service: ids.serviceA, category: '操作方法', requester: ids.users.staffA, receivedAt: new Date().toISOString()
      }, `ベンチ問い合わせ ${i}`));
      createdAt.set(Number(created.Id ?? created.ID), Date.now());
    }
  }));
  const burstMs = Date.now() - burstStart;
  const deadline = Date.now() + 10 * 60 * 1000;
  while (mailedAt.size < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await notifier.idle();
  const totalMs = Date.now() - burstStart;
  const latencies = [...createdAt.entries()].filter(([id]) => mailedAt.has(id)).map(([id, t]) => mailedAt.get(id)! - t).sort((a, b) => a - b);
  const outbox = ((await (await env.sb.handle(new Request(`${env.sb.origin}/_sandbox/outbox`))).json()) as { value: unknown[] }).value.length;
  console.log(`inquiries created: ${N} in ${(burstMs / 1000).toFixed(1)} s by 8 concurrent staff clients (in-process sandbox, webhook batching off)`);
  console.log(`mails: ${latencies.length}/${N} (outbox holds ${outbox}; duplicates: ${outbox - mailedAt.size})`);
  console.log(`create→mail latency: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${latencies[latencies.length - 1]} ms`);
  console.log(`throughput: ${(latencies.length / (totalMs / 1000)).toFixed(1)} inquiries/s end to end (routing, item permissions, delivery log, Graph sendMail)`);
  env.sb.close();
  if (latencies.length < N) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
