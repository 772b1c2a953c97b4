import * as fs from 'fs';
import * as path from 'path';

/** A web part's loc/ strings file (AMD `define([], () => ({...}))`) as the object SharePoint would load. */
export function loadLoc<T>(webPart: string, locale: 'ja-jp' | 'en-us'): T {
  const file = path.join(__dirname, '..', '..', '..', 'src', 'webparts', webPart, 'loc', `${locale}.js`);
  let result: T | undefined;
  const define = (_deps: string[], factory: () => T): void => {
    result = factory();
  };
  // eslint-disable-next-line no-new-func
  new Function('define', fs.readFileSync(file, 'utf8'))(define);
  return result as T;
}
