'use strict';
// Child-process probe for timezoneIndependence.test.ts: jest sandboxes process.env, so a real TZ change
// needs a fresh process. Loads the domain sources through a minimal TypeScript require hook.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(out.outputText, filename);
};

const t = require(path.resolve(__dirname, '../../../../src/domain/time'));
const cal = t.OFFICE_HOURS_CALENDAR;
const fri = new Date('2026-06-05T09:30:00Z'); // Fri 18:30 JST
const gw = new Date('2026-05-01T08:00:00Z'); // Fri 17:00 JST
const lateUtc = new Date('2026-04-30T23:30:00Z'); // Fri 5/1 08:30 JST
const results = [
  t.addBusinessMinutes(cal, fri, 60).toISOString(),
  t.addBusinessMinutes(cal, gw, 60).toISOString(),
  t.addBusinessMinutes(cal, lateUtc, 30).toISOString(),
  t.addBusinessDays(cal, fri, 1).toISOString(),
  String(t.businessMinutesBetween(cal, gw, new Date('2026-05-07T01:00:00Z'))),
  String(t.isBusinessDay(cal, new Date('2026-05-05T16:00:00Z'))), // Wed 5/6 01:00 JST, 振替休日
  t.explainSpan(cal, gw, new Date('2026-05-07T01:00:00Z')).map((s) => s.reason + '@' + s.start.toISOString()).join(','),
];
process.stdout.write(JSON.stringify({ localHour: fri.getHours(), results }));
