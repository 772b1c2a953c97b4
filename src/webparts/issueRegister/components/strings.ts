/**
 * The web part's loc/ strings. Declared once, in ../loc/mystrings.d.ts (the ambient module SPFx loads); this
 * name lets components and tests import the shape.
 */
export type IIssueRegisterStrings = IIssueRegisterWebPartStrings;

/** Fills `{0}`, `{1}` … in a string. */
export function format(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
