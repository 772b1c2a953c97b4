import * as DOMPurify from 'dompurify';

/** What opsdesk rich text may contain: text formatting, lists, links, tables; no scripts, styles or frames. */
const CONFIG = {
  ALLOWED_TAGS: ['p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4',
    'blockquote', 'pre', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'],
  ALLOWED_ATTR: ['href', 'title', 'colspan', 'rowspan'],
  ALLOW_DATA_ATTR: false
};

/** The part of DOMPurify opsdesk uses: a purifier bound to a window (the page's, or jsdom's in Node). */
export interface IHtmlPurifier {
  sanitize(html: string, config: typeof CONFIG): string;
}

/** A sanitizer over the given purifier; links always open in a new tab without an opener. */
export function createSanitizer(purifier: IHtmlPurifier): (html: string) => string {
  return (html: string) => {
    const clean = String(purifier.sanitize(html || '', CONFIG));
    // target and rel are not allowed in the input, so these are the only ones on a link.
    return clean.replace(/<a /g, '<a target="_blank" rel="noopener noreferrer" ');
  };
}

let pageSanitizer: ((html: string) => string) | undefined;

/**
 * DOMPurify's browser build as the bundler hands it over. A browser bundler (webpack 5 in SPFx, esbuild in the
 * local workbench) resolves `dompurify` to its ES module, whose namespace carries the purifier only as
 * `default`; CommonJS (jest) gives the purifier itself. Either way this is the object with `sanitize`.
 */
function pagePurifier(): IHtmlPurifier {
  const ns = DOMPurify as unknown as IHtmlPurifier & { default?: IHtmlPurifier };
  return ns.default && typeof ns.default.sanitize === 'function' ? ns.default : ns;
}

/**
 * Sanitizes rich text with DOMPurify on the page's window. Used before anything is stored and before any
 * stored HTML is rendered; outside a browser, build one with `createSanitizer(DOMPurify(jsdomWindow))`.
 */
export function sanitizeHtml(html: string): string {
  if (!pageSanitizer) pageSanitizer = createSanitizer(pagePurifier());
  return pageSanitizer(html);
}
