import { ESLint } from 'eslint';
import * as path from 'path';

// The ship build fails on lint errors, so these rules are what keeps src/domain and src/schema pure. Linting a
// probe text under the path of a real file keeps the typed parser (parserOptions.project) satisfied.
const root = path.join(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function errorsFor(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

jest.setTimeout(60000);

describe('lint fence around the pure core', () => {
  test.each([
    ['@pnp/sp', "import { spfi } from '@pnp/sp';\nexport const x = spfi;\n"],
    ['@microsoft/sp-http', "import { SPHttpClient } from '@microsoft/sp-http';\nexport const x = SPHttpClient;\n"],
    ['react', "import * as React from 'react';\nexport const x = React;\n"],
    ['@fluentui/react', "import { Stack } from '@fluentui/react';\nexport const x = Stack;\n"],
    ['fs', "import * as fs from 'fs';\nexport const x = fs;\n"]
  ])('src/domain refuses an import of %s', async (_name, text) => {
    const errors = await errorsFor('src/domain/vocabulary/index.ts', text);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^no-restricted-imports/)]));
  });

  test('src/schema refuses PnPjs too', async () => {
    const errors = await errorsFor('src/schema/index.ts', "import { spfi } from '@pnp/sp';\nexport const x = spfi;\n");
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^no-restricted-imports/)]));
  });

  test('src/domain may import its own modules and the holiday data', async () => {
    const errors = await errorsFor(
      'src/domain/vocabulary/index.ts',
      "import * as holidays from '@holiday-jp/holiday_jp';\nimport { ROLE_LABELS } from './roleKey';\nexport const x = [holidays, ROLE_LABELS];\n"
    );
    expect(errors.filter((e) => e.startsWith('no-restricted-imports'))).toEqual([]);
  });
});
