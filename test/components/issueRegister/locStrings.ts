import * as fs from 'fs';
import * as path from 'path';
import { IIssueRegisterStrings } from '../../../src/webparts/issueRegister/components/strings';

/** The web part's AMD loc module (what SPFx loads) evaluated with a one-line `define`. */
export function locStrings(locale: 'ja-jp' | 'en-us'): IIssueRegisterStrings {
  const source = fs.readFileSync(path.join(__dirname, '../../../src/webparts/issueRegister/loc', `${locale}.js`), 'utf8');
  let strings: IIssueRegisterStrings | undefined;
  const define = (_deps: string[], factory: () => IIssueRegisterStrings): void => {
    strings = factory();
  };
  new Function('define', source)(define);
  return strings as IIssueRegisterStrings;
}
