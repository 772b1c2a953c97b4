'use strict';
// Lints probe texts under the paths of real source files with the pure-core fence exactly as .eslintrc.js
// applies it (config/eslint-pure-core.js), in a plain Node process. The fence needs no type information, so the
// probe parses without the typed program the full configuration builds. Input: JSON [{ file, text }] on stdin;
// output: JSON messages per probe.
const { ESLint } = require('eslint');
const path = require('path');
const fence = require('../../../config/eslint-pure-core.js');

async function main() {
  const root = path.join(__dirname, '../../..');
  const probes = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({
    cwd: root,
    useEslintrc: false,
    overrideConfig: {
      parser: '@typescript-eslint/parser',
      parserOptions: { ecmaVersion: 2018, sourceType: 'module' },
      overrides: [fence]
    }
  });
  const results = [];
  for (const probe of probes) {
    const [result] = await eslint.lintText(probe.text, { filePath: path.join(root, probe.file) });
    results.push(result.messages.map((m) => ({ severity: m.severity, ruleId: m.ruleId, message: m.message })));
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e));
  process.exit(1);
});
