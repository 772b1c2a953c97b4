/**
 * What can go wrong at the data boundary, in the few kinds the UI distinguishes. Everything PnPjs or Graph
 * throws becomes one of these in `toDataError`; nothing above the data layer sees an HTTP error.
 */
export type DataErrorKind = 'notFound' | 'forbidden' | 'throttled' | 'conflict' | 'invalid' | 'unavailable' | 'unknown';

export interface IDataError {
  kind: DataErrorKind;
  /** HTTP status, when there was a response. */
  status?: number;
  /** SharePoint's or Graph's error code, e.g. `-2130575305, Microsoft.SharePoint.SPException`. */
  code?: string;
  /** The server's own message (English, for support), never shown as the main text. */
  detail?: string;
  /** Well-known cases the UI words specifically. */
  reason?: 'listViewThreshold' | 'staleEdit' | 'retryExhausted' | 'duplicateValue' | 'invalidValue';
}

/** Thrown by repositories; carries an IDataError so callers can `catch (e) { if (isDataError(e)) … }`. */
export class DataError extends Error implements IDataError {
  public readonly kind: DataErrorKind;
  public readonly status?: number;
  public readonly code?: string;
  public readonly detail?: string;
  public readonly reason?: IDataError['reason'];

  constructor(error: IDataError) {
    super(`${error.kind}${error.status ? ` (${error.status})` : ''}${error.detail ? `: ${error.detail}` : ''}`);
    this.name = 'DataError';
    this.kind = error.kind;
    this.status = error.status;
    this.code = error.code;
    this.detail = error.detail;
    this.reason = error.reason;
  }
}

/** By shape, not `instanceof`: subclassing Error loses the prototype when the SPFx build targets ES5. */
export function isDataError(e: unknown): e is DataError {
  const candidate = e as DataError | undefined;
  return !!candidate && candidate.name === 'DataError' && typeof candidate.kind === 'string';
}

// SharePoint's list view threshold error (SPQueryThrottledException), see sharepoint-rest.md §3.3.
const THRESHOLD_CODE = '-2147024860';
// SharePoint answers these two with HTTP 500, though they are the caller's input, not an outage: a value already
// held by another item in a unique column (SPDuplicateValuesFoundException) and a text value SharePoint cannot
// store, e.g. over 255 characters ("Invalid text value."). Sources are cited where the sandbox copies them.
const DUPLICATE_CODE = '-2130575169';
const INVALID_TEXT_CODE = '-2130575336';

function startsWith(code: string | undefined, prefix: string): boolean {
  return !!code && code.indexOf(prefix) === 0;
}

interface IServerError {
  code?: string;
  message?: string;
}

/** Reads SharePoint's JSON light (`odata.error`), verbose (`error` with message.value) or Graph's error body. */
function parseServerError(body: string): IServerError {
  try {
    const json = JSON.parse(body);
    const err = json['odata.error'] || json.error;
    if (!err) {
      return {};
    }
    const message = typeof err.message === 'string' ? err.message : err.message && err.message.value;
    return { code: err.code, message };
  } catch {
    return {};
  }
}

function kindOf(status: number, code: string | undefined): DataErrorKind {
  if (status === 404) return 'notFound';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 400) return 'invalid';
  if (status === 500 && (startsWith(code, THRESHOLD_CODE) || startsWith(code, INVALID_TEXT_CODE))) return 'invalid';
  if (status === 500 && startsWith(code, DUPLICATE_CODE)) return 'conflict';
  if (status >= 500) return 'unavailable';
  return 'unknown';
}

interface IHttpLikeError {
  isHttpRequestError?: boolean;
  status?: number;
  statusCode?: number;
  message?: string;
  code?: string;
  body?: unknown;
}

/**
 * Turns anything thrown by PnPjs (`HttpRequestError`: "… [status] text ::> body"), the Graph client
 * (`GraphError` with statusCode/code) or fetch (TypeError on network failure) into a DataError.
 */
export function toDataError(e: unknown): DataError {
  if (isDataError(e)) {
    return e;
  }
  const err = (e || {}) as IHttpLikeError;
  const message = typeof err.message === 'string' ? err.message : String(e);
  const status = err.status || err.statusCode;

  if (message.indexOf('Retry count exceeded') >= 0) {
    return new DataError({ kind: 'throttled', status: status || 429, detail: message, reason: 'retryExhausted' });
  }
  if (status) {
    const marker = message.indexOf('::>');
    const server = marker >= 0 ? parseServerError(message.slice(marker + 3).trim()) : { code: err.code, message };
    const kind = kindOf(status, server.code);
    const reason = startsWith(server.code, THRESHOLD_CODE)
      ? 'listViewThreshold'
      : startsWith(server.code, DUPLICATE_CODE)
        ? 'duplicateValue'
        : startsWith(server.code, INVALID_TEXT_CODE)
          ? 'invalidValue'
          : status === 412
            ? 'staleEdit'
            : undefined;
    return new DataError({ kind, status, code: server.code, detail: server.message || message, reason });
  }
  if (e instanceof TypeError) {
    return new DataError({ kind: 'unavailable', detail: message });
  }
  return new DataError({ kind: 'unknown', detail: message });
}
