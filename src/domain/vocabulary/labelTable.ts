import { ILocalizedText, Locale } from './localizedText';

/**
 * Labels per code of a vocabulary. The Japanese label is what SharePoint stores as the Choice value,
 * so it must stay stable once a site is provisioned.
 */
export type LabelTable<T extends string> = { readonly [K in T]: ILocalizedText };

/** Codes of a table, in declaration order (the order Choice fields show them). */
export function codesOf<T extends string>(table: LabelTable<T>): T[] {
  return Object.keys(table) as T[];
}

/** The label of a code in the given locale. */
export function labelOf<T extends string>(table: LabelTable<T>, code: T, locale: Locale): string {
  return table[code][locale];
}

/**
 * Maps a SharePoint Choice value (the Japanese label) back to its code. English labels are accepted
 * too because a site provisioned in English may have been edited by hand; returns undefined when unknown.
 */
export function codeFromLabel<T extends string>(table: LabelTable<T>, label: string): T | undefined {
  const wanted = label.trim();
  const codes = codesOf(table);
  for (const code of codes) {
    if (table[code].ja === wanted) {
      return code;
    }
  }
  for (const code of codes) {
    if (table[code].en === wanted) {
      return code;
    }
  }
  return undefined;
}

/** Type guard: is the value one of the table's codes? */
export function isCodeOf<T extends string>(table: LabelTable<T>, value: unknown): value is T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value);
}
