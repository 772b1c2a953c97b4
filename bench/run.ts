/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process so one benchmark's heap and
 * timers don't colour the next. Each prints its own figures; this prints which ran and how long each took.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const only = process.argv.slice(2);
const dir = __dirname;
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const started = Date.now();
  const tsx = path.join(dir, '..', 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [path.join(dir, bench)], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failed++;
  process.stdout.write(`=== ${bench}: ${run.status === 0 ? 'done' : `FAILED (exit ${run.status})`} in ${seconds} s ===\n`);
}
if (benches.length === 0) process.stdout.write('no benchmarks matched\n');
process.exit(failed ? 1 : 0);
