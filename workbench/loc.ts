/**
 * The web parts' localized strings as SharePoint loads them: each `loc/<locale>.js` is an AMD module, named in
 * config/config.json `localizedResources`. The workbench evaluates the real files with a tiny `define` shim
 * into `window.__opsdeskLoc[locale][ModuleName]`; the bundle's `XxxWebPartStrings` imports read from there.
 */
import * as fs from 'fs';
import * as path from 'path';

export const LOCALES = ['ja-jp', 'en-us'] as const;

/** `{ InquiryQueueWebPartStrings: 'src/webparts/inquiryQueue/loc/{locale}.js', … }` (lib/ mapped back to src/). */
export function localizedResources(rootDir: string): Record<string, string> {
  const config = JSON.parse(fs.readFileSync(path.join(rootDir, 'config', 'config.json'), 'utf8')) as { localizedResources?: Record<string, string> };
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(config.localizedResources ?? {})) out[name] = file.replace(/^lib\//, 'src/');
  return out;
}

/** One script that registers every web part's strings in both languages (read fresh on each request). */
export function locScript(rootDir: string): string {
  const parts: string[] = ['window.__opsdeskLoc = window.__opsdeskLoc || {};'];
  for (const [name, pattern] of Object.entries(localizedResources(rootDir))) {
    for (const locale of LOCALES) {
      const file = path.join(rootDir, pattern.replace('{locale}', locale));
      if (!fs.existsSync(file)) continue;
      const source = fs.readFileSync(file, 'utf8');
      parts.push(
        `(function (define) {\n${source}\n})(function (deps, factory) {` +
          ` var f = typeof deps === 'function' ? deps : factory;` +
          ` (window.__opsdeskLoc[${JSON.stringify(locale)}] = window.__opsdeskLoc[${JSON.stringify(locale)}] || {})[${JSON.stringify(name)}] = f(); });`,
      );
    }
  }
  return parts.join('\n');
}
