/**
 * Bundles the workbench page (workbench/app/main.tsx + the web parts from src/) with esbuild, which tsx already
 * brings along (resolved from node_modules; not a direct dependency of the project).
 * Two substitutions make the SPFx shells loadable outside SharePoint, without touching src/:
 * - `XxxWebPartStrings` (SPFx's localizedResources modules) read the strings the page evaluated from loc/*.js;
 * - `@microsoft/sp-*` resolve to workbench/app/spfxShim.js (a base class and property-pane builders only:
 *   the workbench calls each web part's own renderRoot with services it builds itself).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Plugin } from 'esbuild';
import { localizedResources } from './loc';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild = require('esbuild') as typeof import('esbuild');

export interface IBuildResult {
  outDir: string;
  ms: number;
}

/** The solution's web parts as config/config.json lists them: shell source (lib/…js → src/…ts) and manifest. */
export function webPartEntries(rootDir: string): { key: string; entry: string; manifest: string }[] {
  const config = JSON.parse(fs.readFileSync(path.join(rootDir, 'config', 'config.json'), 'utf8')) as {
    bundles: Record<string, { components: { entrypoint: string; manifest: string }[] }>;
  };
  const out: { key: string; entry: string; manifest: string }[] = [];
  for (const bundle of Object.values(config.bundles)) {
    for (const c of bundle.components) {
      const entry = path.join(rootDir, c.entrypoint.replace(/^\.\/lib\//, 'src/').replace(/\.js$/, '.ts'));
      out.push({ key: path.basename(path.dirname(entry)), entry, manifest: path.join(rootDir, c.manifest) });
    }
  }
  return out;
}

function workbenchPlugin(rootDir: string): Plugin {
  const locNames = new Set(Object.keys(localizedResources(rootDir)));
  return {
    name: 'opsdesk-workbench',
    setup(build) {
      build.onResolve({ filter: /^[A-Za-z]+Strings$/ }, args => (locNames.has(args.path) ? { path: args.path, namespace: 'opsdesk-loc' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'opsdesk-loc' }, args => ({
        contents: `var all = window.__opsdeskLoc || {}; var lang = window.__opsdeskLocale || 'ja-jp';` +
          ` module.exports = (all[lang] && all[lang][${JSON.stringify(args.path)}]) || (all['ja-jp'] || {})[${JSON.stringify(args.path)}] || {};`,
        loader: 'js',
      }));
      // every web part of the solution, so a new one appears in the workbench without touching it
      build.onResolve({ filter: /^opsdesk:webparts$/ }, () => ({ path: 'webparts', namespace: 'opsdesk-webparts' }));
      build.onLoad({ filter: /.*/, namespace: 'opsdesk-webparts' }, () => {
        const parts = webPartEntries(rootDir);
        const lines = parts.map((p, i) => `import S${i} from ${JSON.stringify(p.entry)};\nimport M${i} from ${JSON.stringify(p.manifest)};`);
        lines.push(`export default [${parts.map((p, i) => `{ key: ${JSON.stringify(p.key)}, shell: S${i}, manifest: M${i} }`).join(', ')}];`);
        return { contents: lines.join('\n'), loader: 'ts', resolveDir: rootDir };
      });
      build.onResolve({ filter: /^@microsoft\/sp-/ }, () => ({ path: path.join(rootDir, 'workbench', 'app', 'spfxShim.js') }));
    },
  };
}

export async function buildWorkbench(rootDir: string, outDir: string): Promise<IBuildResult> {
  const started = Date.now();
  await esbuild.build({
    absWorkingDir: rootDir,
    entryPoints: [path.join(rootDir, 'workbench', 'app', 'main.tsx')],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2019'],
    sourcemap: 'linked',
    minify: false,
    jsx: 'transform',
    logLevel: 'warning',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [workbenchPlugin(rootDir)],
  });
  return { outDir, ms: Date.now() - started };
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  buildWorkbench(root, path.join(root, '.sandbox', 'workbench')).then(r => process.stdout.write(`workbench bundle: ${r.outDir} (${r.ms} ms)\n`), e => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
