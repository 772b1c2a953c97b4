/**
 * Packages the notifier as an Azure Functions app (Node v4 programming model) in notifier/functions/dist:
 * one CommonJS bundle of src/index.ts with everything it imports (PnPjs is ES modules only, so it is bundled
 * rather than installed), the host.json, the site configuration the notifier reads, and a package.json whose
 * `main` points at the bundle. `@azure/functions` stays a dependency: the host resolves it from node_modules.
 *
 *   npm run notifier:package -- [--site-config provisioning/config/demo.site.json] [--out notifier/functions/dist]
 *   cd notifier/functions/dist && npm install --omit=dev && func azure functionapp publish <app>
 */
import * as fs from 'fs';
import * as path from 'path';

// esbuild is a devDependency (the workbench bundles with it too); required lazily so importing this file is cheap.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const esbuild = require('esbuild') as typeof import('esbuild');

export interface IPackageOptions {
  siteConfig: string;
  out: string;
}

const root = path.join(__dirname, '..', '..');

function functionsVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return pkg.devDependencies['@azure/functions'] || pkg.dependencies['@azure/functions'];
}

export async function packageFunctions(options: IPackageOptions): Promise<string[]> {
  fs.rmSync(options.out, { recursive: true, force: true });
  fs.mkdirSync(options.out, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'src', 'index.ts')],
    outfile: path.join(options.out, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@azure/functions'],
    logLevel: 'warning'
  });
  fs.copyFileSync(path.join(__dirname, 'host.json'), path.join(options.out, 'host.json'));
  fs.copyFileSync(options.siteConfig, path.join(options.out, 'site.json'));
  const manifest = {
    name: 'opsdesk-notifier',
    private: true,
    description: 'opsdesk notifier on Azure Functions (built by npm run notifier:package)',
    main: 'index.js',
    engines: { node: '>=20' },
    dependencies: { '@azure/functions': functionsVersion() }
  };
  fs.writeFileSync(path.join(options.out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return fs.readdirSync(options.out).sort();
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (require.main === module) {
  const options = {
    siteConfig: path.resolve(arg('--site-config', path.join(root, 'provisioning/config/demo.site.json'))),
    out: path.resolve(arg('--out', path.join(__dirname, 'dist')))
  };
  packageFunctions(options).then(
    (files) => {
      process.stdout.write(`notifier Function App in ${options.out}: ${files.join(', ')}\n`);
      process.stdout.write('Set OPSDESK_SITE_CONFIG=site.json in the app settings.\n');
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    }
  );
}
