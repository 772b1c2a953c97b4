import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * A stand-in for `m365` and `npm`: an executable that records its name and arguments (one JSON line per call)
 * and answers from a list of canned responses matched on the start of the command line. The deploy script finds it
 * the way it finds the real CLI, first on PATH.
 */

export interface ICanned {
  /** Program and leading arguments to match, e.g. `m365 spo app get`. */
  when: string;
  stdout?: string;
  stderr?: string;
  code?: number;
}

export interface IStubDir {
  dir: string;
  log: string;
  responses: string;
  calls(): string[][];
}

const STUB = `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const name = path.basename(process.argv[1]);
const args = process.argv.slice(2);
fs.appendFileSync(process.env.STUB_LOG, JSON.stringify([name].concat(args)) + '\\n');
const line = [name].concat(args).join(' ');
const canned = JSON.parse(fs.readFileSync(process.env.STUB_RESPONSES, 'utf8'));
const hit = canned.filter((c) => line === c.when || line.startsWith(c.when + ' '))[0];
if (hit && hit.stdout) process.stdout.write(hit.stdout);
if (hit && hit.stderr) process.stderr.write(hit.stderr);
process.exit(hit && hit.code ? hit.code : 0);
`;

export function makeStubDir(names: string[], canned: ICanned[]): IStubDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsdesk-deploy-'));
  for (const name of names) {
    fs.writeFileSync(path.join(dir, name), STUB, { mode: 0o755 });
  }
  const log = path.join(dir, 'calls.jsonl');
  const responses = path.join(dir, 'responses.json');
  fs.writeFileSync(log, '');
  fs.writeFileSync(responses, JSON.stringify(canned));
  return {
    dir,
    log,
    responses,
    calls: () =>
      fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => l)
        .map((l) => JSON.parse(l) as string[])
  };
}
