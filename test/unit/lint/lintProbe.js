'use strict';
// Lints probe texts under the paths of real source files with the project's own ESLint configuration, in a
// plain Node process as the build's lint task does (outside jest's module registry, which the config's
// @rushstack/eslint-patch does not expect). Input: JSON [{ file, text }] on stdin; output: JSON messages.
const { ESLint } = require('eslint');
const path = require('path');

async function main() {
  const root = path.join(__dirname, '../../..');
  const probes = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: root });
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
