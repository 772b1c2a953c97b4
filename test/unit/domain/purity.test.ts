import * as fs from 'fs';
import * as path from 'path';

const domainRoot = path.resolve(__dirname, '../../../src/domain');

function sourceFiles(dir: string): string[] {
  const result: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      result.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name)) {
      result.push(full);
    }
  }
  return result;
}

// The domain runs in the SPFx bundle, the notifier and the sandbox alike, so it may only import itself
// and the holiday table; ES5-unsafe built-ins would also break the SPFx (es5 lib) build.
describe('src/domain stays pure', () => {
  const files = sourceFiles(domainRoot);

  test('has sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(files.map((f) => [path.relative(domainRoot, f), f]))('%s imports only relative modules or @holiday-jp', (_, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const specifiers: string[] = [];
    const pattern = /(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(source)) !== null) {
      specifiers.push(m[1] || m[2] || m[3]);
    }
    const foreign = specifiers.filter((s) => !s.startsWith('.') && s !== '@holiday-jp/holiday_jp');
    expect(foreign).toEqual([]);
    expect(source).not.toMatch(/\.includes\(|Object\.entries|Object\.values|\.padStart\(|Array\.from\(|\bIntl\./);
  });
});
