import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packageFunctions } from '../../../notifier/functions/build';

// What `func azure functionapp publish` needs from the folder: a package.json whose main loads and registers the
// functions through @azure/functions' `app`, the host.json, and the site configuration the notifier reads.
describe('the notifier packaged as an Azure Functions app', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'opsdesk-functions-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('has a package.json whose main is a self-contained bundle that registers the four functions', async () => {
    const files = await packageFunctions({ siteConfig: path.join(__dirname, '../../../provisioning/config/demo.site.json'), out });
    expect(files).toEqual(['host.json', 'index.js', 'package.json', 'site.json']);

    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8'));
    expect(manifest.main).toBe('index.js');
    expect(Object.keys(manifest.dependencies)).toEqual(['@azure/functions']);

    // Load the bundle the way the Functions host does, with a recording `app` in place of @azure/functions:
    // nothing but @azure/functions may be left to resolve at run time.
    const registered: string[] = [];
    const recorder = {
      app: {
        http: (name: string) => registered.push(`http:${name}`),
        timer: (name: string) => registered.push(`timer:${name}`),
        storageQueue: (name: string) => registered.push(`queue:${name}`)
      },
      output: { storageQueue: (o: unknown) => o }
    };
    const code = fs.readFileSync(path.join(out, manifest.main), 'utf8');
    const module = { exports: {} };
    const requireInBundle = (id: string): unknown => {
      if (id === '@azure/functions') return recorder;
      // Node built-ins are fine; any other package would be missing on the Function App.
      if (require('module').builtinModules.indexOf(id.replace(/^node:/, '')) >= 0) return require(id);
      throw new Error(`the bundle requires ${id} at run time`);
    };
    new Function('require', 'module', 'exports', '__filename', '__dirname', code)(requireInBundle, module, module.exports, path.join(out, 'index.js'), out);
    expect(registered.sort()).toEqual(['http:webhook', 'queue:changes', 'timer:subscriptions', 'timer:sweep']);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'host.json'), 'utf8')).version).toBe('2.0');
  }, 120000);
});
