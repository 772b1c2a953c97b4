/**
 * Sandbox benchmark (npx tsx bench/sandbox.bench.ts): batched inserts of a 100,000-item list through the real
 * PnPjs client in-process (items/s), then paged indexed-filter queries with $top 100 (p50/p95 per page) and a full
 * unfiltered paging pass. Env: BENCH_ITEMS (default 100000), BENCH_DB (default :memory:).
 */
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import { createSandbox, SandboxSend } from '../sandbox/src';

const N = Number(process.env.BENCH_ITEMS ?? 100_000);
const BUCKETS = 100;
// keeps the whole run under 3 minutes on a busy machine: inserting stops (and says so) when this is spent
const INSERT_BUDGET_MS = Number(process.env.BENCH_INSERT_BUDGET_S ?? 140) * 1000;
const BATCH = Number(process.env.BENCH_BATCH ?? 100); // parts per sp.batched() (= PnPjs maxRequests per $batch request)

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const sb = createSandbox({ dbPath: process.env.BENCH_DB ?? ':memory:', webhookRetry: { pollMs: 0 } });
  const sp = spfi(sb.siteUrl).using(SPBrowser(), SandboxSend(sb, { app: true }));
  await sp.web.lists.add('Bench');
  const fields = sp.web.lists.getByTitle('Bench').fields;
  await fields.addText('Bucket', { Indexed: true });
  await fields.addText('Category');
  await fields.addNumber('Seq');

  const t0 = performance.now();
  let inserted = 0;
  for (let start = 0; start < N; start += BATCH) {
    if (performance.now() - t0 > INSERT_BUDGET_MS) break;
    // a fresh root per batch: PnPjs copies batch observers back onto the instance it batched from (batching.js),
    // so thousands of sp.batched() calls on one root slow down quadratically
    const [batched, execute] = spfi(sb.siteUrl).using(SPBrowser(), SandboxSend(sb, { app: true })).batched();
    const list = batched.web.lists.getByTitle('Bench');
    for (let i = start; i < Math.min(N, start + BATCH); i++) {
      void list.items.add({ Title: `item ${i}`, Bucket: `b${i % BUCKETS}`, Category: i % 3 ? 'normal' : 'urgent', Seq: i });
    }
    await execute();
    inserted = Math.min(N, start + BATCH);
  }
  const insertMs = performance.now() - t0;
  process.stdout.write(`insert: ${inserted} items in ${(insertMs / 1000).toFixed(1)} s = ${Math.round(inserted / (insertMs / 1000))} items/s (batched $batch of ${BATCH} through @pnp/sp, in-process)\n`);
  if (inserted < N) process.stdout.write(`  note: stopped at ${inserted} of ${N} items when the ${INSERT_BUDGET_MS / 1000} s insert budget ran out (BENCH_INSERT_BUDGET_S)\n`);

  // paged queries with an indexed filter ($top 100) through the real client
  const pageTimes: number[] = [];
  let rows = 0;
  const tq = performance.now();
  for (let b = 0; b < 20; b++) {
    const iter = sp.web.lists.getByTitle('Bench').items.filter(`Bucket eq 'b${b}' and Category eq 'urgent'`).select('Id', 'Title', 'Seq').top(100)[Symbol.asyncIterator]();
    for (;;) {
      const s = performance.now();
      const r = await iter.next();
      if (r.done) break;
      pageTimes.push(performance.now() - s);
      rows += (r.value as unknown[]).length;
    }
  }
  const sorted = [...pageTimes].sort((a, b) => a - b);
  process.stdout.write(`indexed-filter paging ($top 100, 20 buckets): ${pageTimes.length} pages, ${rows} rows in ${((performance.now() - tq) / 1000).toFixed(2)} s; p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms per page\n`);

  const tf = performance.now();
  let all = 0;
  let pages = 0;
  for await (const page of sp.web.lists.getByTitle('Bench').items.select('Id').top(5000)) {
    all += (page as unknown[]).length;
    pages++;
  }
  process.stdout.write(`full unfiltered paging pass ($top 5000): ${all} items in ${pages} pages, ${((performance.now() - tf) / 1000).toFixed(2)} s\n`);
  sb.close();
}

main().catch(e => { process.stderr.write(`${(e as Error).stack ?? e}\n`); process.exit(1); });
