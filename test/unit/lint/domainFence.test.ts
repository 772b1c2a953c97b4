import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// The ship build fails on lint errors, so this fence is what keeps src/domain and src/schema pure. The probes are
// linted under the paths of real files with the fence .eslintrc.js includes; a test below checks it is included.
interface IProbe {
  name: string;
  file: string;
  text: string;
}
interface ILintMessage {
  severity: number;
  ruleId: string | null;
  message: string;
}

const refused: IProbe[] = [
  { name: '@pnp/sp', file: 'src/domain/vocabulary/index.ts', text: "import { spfi } from '@pnp/sp';\nexport const x = spfi;\n" },
  { name: '@microsoft/sp-http', file: 'src/domain/vocabulary/index.ts', text: "import { SPHttpClient } from '@microsoft/sp-http';\nexport const x = SPHttpClient;\n" },
  { name: 'react', file: 'src/domain/vocabulary/index.ts', text: "import * as React from 'react';\nexport const x = React;\n" },
  { name: '@fluentui/react', file: 'src/domain/vocabulary/index.ts', text: "import { Stack } from '@fluentui/react';\nexport const x = Stack;\n" },
  { name: 'fs', file: 'src/domain/vocabulary/index.ts', text: "import * as fs from 'fs';\nexport const x = fs;\n" },
  { name: '@pnp/sp (in src/schema)', file: 'src/schema/index.ts', text: "import { spfi } from '@pnp/sp';\nexport const x = spfi;\n" }
];
const allowed: IProbe = {
  name: 'own modules and the holiday data',
  file: 'src/domain/vocabulary/index.ts',
  text: "import * as holidays from '@holiday-jp/holiday_jp';\nimport { ROLE_LABELS } from './roleKey';\nexport const x = [holidays, ROLE_LABELS];\n"
};

let results: ILintMessage[][] = [];

beforeAll(() => {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'lintProbe.js')], {
    input: JSON.stringify(refused.concat(allowed)),
    encoding: 'utf8',
    timeout: 120000
  });
  if (run.status !== 0) throw new Error(`lint probe failed: ${run.stderr}`);
  results = JSON.parse(run.stdout);
}, 150000);

describe('lint fence around the pure core', () => {
  test.each(refused.map((p, i) => [p.name, i] as const))('refuses an import of %s', (_name, i) => {
    expect(results[i]).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 2, ruleId: 'no-restricted-imports' })]));
  });

  test('.eslintrc.js applies the fence', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../.eslintrc.js'), 'utf8');
    expect(text).toContain("require('./config/eslint-pure-core.js')");
  });

  test('src/domain may import its own modules and the holiday data', () => {
    expect(results[refused.length].filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
