import { execFileSync } from 'child_process';
import * as path from 'path';

interface IProbe {
  localHour: number;
  results: string[];
}

// jest gives each test file a copy of process.env, so changing TZ in-process does not reach the Date
// implementation; a child process per time zone does.
function probe(tz: string): IProbe {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'support', 'tzProbe.js')], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as IProbe;
}

describe('independence from the process time zone', () => {
  test('UTC, Asia/Tokyo and America/Los_Angeles give identical JST results from UTC ISO input', () => {
    const utc = probe('UTC');
    const tokyo = probe('Asia/Tokyo');
    const la = probe('America/Los_Angeles');
    // The machines really differ: the same instant has a different local hour in each.
    expect([utc.localHour, tokyo.localHour, la.localHour]).toEqual([9, 18, 2]);
    expect(tokyo.results).toEqual(utc.results);
    expect(la.results).toEqual(utc.results);
    expect(utc.results.slice(0, 6)).toEqual([
      '2026-06-08T01:00:00.000Z', // Mon 10:00 JST
      '2026-05-07T00:15:00.000Z', // Thu 9:15 JST
      '2026-05-01T00:30:00.000Z', // Fri 9:30 JST
      '2026-06-08T08:45:00.000Z', // Mon 17:45 JST
      '105', // 45 min on Fri 5/1 + 60 min on Thu 5/7
      'false',
    ]);
  }, 30000);
});
