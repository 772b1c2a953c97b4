/** The two UI locales of opsdesk. Japanese is the primary one. */
export type Locale = 'ja' | 'en';

/** A text in both UI locales. */
export interface ILocalizedText {
  ja: string;
  en: string;
}
