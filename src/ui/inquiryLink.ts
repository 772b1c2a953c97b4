/**
 * The contract between the service catalog and the inquiry page: the catalog's 「問い合わせる」 opens
 * `<inquiry page URL>?service=<service id>`, and the inquiry web part on that page opens its new-inquiry form with
 * that service chosen. Both sides use these two functions so the parameter is spelled once.
 */
export const INQUIRY_SERVICE_PARAM = 'service';

// Literal patterns (the lint rule wants no runtime-built expressions); they spell INQUIRY_SERVICE_PARAM.
const SERVICE_PARAM_IN_URL = /([?&])service=[^&]*&?/;
const SERVICE_ID_IN_SEARCH = /[?&]service=(\d+)(?:&|$)/;

/** The inquiry page URL with the service chosen; other query parameters and the #hash are kept. */
export function inquiryLinkFor(pageUrl: string, serviceId: number): string {
  const hashAt = pageUrl.indexOf('#');
  const base = hashAt >= 0 ? pageUrl.slice(0, hashAt) : pageUrl;
  const hash = hashAt >= 0 ? pageUrl.slice(hashAt) : '';
  const cleaned = base
    .replace(SERVICE_PARAM_IN_URL, '$1')
    .replace(/[?&]$/, '');
  const sep = cleaned.indexOf('?') >= 0 ? '&' : '?';
  return `${cleaned}${sep}${INQUIRY_SERVICE_PARAM}=${serviceId}${hash}`;
}

/** The service id a page was opened with (`window.location.search`), or undefined. */
export function serviceIdFromSearch(search: string): number | undefined {
  const m = SERVICE_ID_IN_SEARCH.exec(search);
  return m ? Number(m[1]) : undefined;
}
