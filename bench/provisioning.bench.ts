/**
 * Provisioning benchmark (npm run bench, or npx tsx bench/provisioning.bench.ts): the opsdesk demo site (every
 * list, field, view, group, roster member and permission) applied to a fresh in-process sandbox, then applied
 * again with nothing to change. Prints HTTP requests, logical reads/writes and seconds for each, beside what a
 * tool that sends one request per object operation (no $batch, as CLI for Microsoft 365 scripts or a
 * get-then-add loop do) would need for the same work.
 */
import { createSandbox, SandboxSend, sandboxToken } from '../sandbox/src';
import { applySite, buildDesired, loadRoster, loadSiteConfig } from '../provisioning/src';
import type { IDesiredSite } from '../provisioning/src';
import { StaticBearer } from '../provisioning/src/auth';
import { CountRequests, createBrowserSp, newCounts, RetryThrottled } from '../provisioning/src/pnp';
import { DEMO_CONFIG_PATH, DEMO_ROSTER_PATH, sandboxConfig } from '../test/support/provisionedSandbox';
import { desiredWithoutGaps, SANDBOX_GAPS } from '../test/support/sandboxGaps';

/** Objects a per-object tool has to look at one by one to find out whether anything needs doing. */
function objectCount(d: IDesiredSite): { total: number; detail: string } {
  const lists = d.lists.length;
  const fields = d.lists.reduce((n, l) => n + Object.keys(l.fields).length + 1, 0);
  const views = d.lists.reduce((n, l) => n + l.views.length, 0);
  const groups = d.groups.length;
  const members = d.groups.reduce((n, g) => n + (g.members?.length ?? 0), 0);
  const grants = d.webGrants.length + d.lists.reduce((n, l) => n + (d.listGrants[l.key] ?? []).length, 0);
  const inheritance = lists;
  const total = lists + fields + views + groups + members + grants + inheritance;
  return { total, detail: `${lists} lists, ${fields} columns, ${views} views, ${groups} groups, ${members} members, ${grants} grants, ${inheritance} inheritance checks` };
}

function row(label: string, cells: Array<string | number>): string {
  return `${label.padEnd(30)}${cells.map((c) => String(c).padStart(14)).join('')}`;
}

async function main(): Promise<void> {
  const config = sandboxConfig(loadSiteConfig(DEMO_CONFIG_PATH));
  const desired = desiredWithoutGaps(buildDesired(config, loadRoster(DEMO_ROSTER_PATH, config)));
  const sb = createSandbox({ dbPath: ':memory:', webhookRetry: { pollMs: 0 } });
  const counts = newCounts();
  const sp = createBrowserSp(sb.siteUrl, StaticBearer(sandboxToken({ app: true })), SandboxSend(sb, { app: true }), CountRequests(counts), RetryThrottled());
  try {
    let t = Date.now();
    const fresh = await applySite(sp, desired);
    const freshSeconds = (Date.now() - t) / 1000;
    const freshCounts = { ...counts };
    Object.assign(counts, newCounts());
    t = Date.now();
    const again = await applySite(sp, desired);
    const againSeconds = (Date.now() - t) / 1000;
    const againCounts = { ...counts };
    const objects = objectCount(desired);

    process.stdout.write(`opsdesk demo site: ${objects.detail}\n`);
    process.stdout.write(`fresh apply: ${fresh.written} steps in ${fresh.rounds} rounds; re-apply: ${again.written} steps\n\n`);
    process.stdout.write(`${row('', ['HTTP requests', 'reads', 'writes', 'seconds', 'per-object'])}\n`);
    process.stdout.write(`${row('fresh apply', [freshCounts.http, freshCounts.reads, freshCounts.writes, freshSeconds.toFixed(2), freshCounts.reads + freshCounts.writes])}\n`);
    process.stdout.write(`${row('no-op re-apply', [againCounts.http, againCounts.reads, againCounts.writes, againSeconds.toFixed(2), objects.total])}\n\n`);
    process.stdout.write(
      'per-object = HTTP requests a tool without $batch sends for the same work: every read and write on its own for the\n' +
        'fresh apply; one existence/settings check per object (list, column, view, group, member, grant, inheritance) for the\n' +
        'no-op re-apply, which here is one $batch of reads and no writes.\n'
    );
    const gaps = SANDBOX_GAPS.filter((g) => g.adjust).map((g) => g.id);
    if (gaps.length) process.stdout.write(`(sandbox gaps left out of the desired state: ${gaps.join(', ')} — see test/support/sandboxGaps.ts)\n`);
    if (again.written !== 0 || againCounts.writes !== 0) {
      process.stdout.write(`FAIL: the re-apply wrote ${againCounts.writes} time(s)\n`);
      process.exitCode = 1;
    }
  } finally {
    sb.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
