/**
 * The three SharePoint JSON formats (sharepoint-rest.md §2): minimal metadata (default for
 * `Accept: application/json`), nometadata and verbose, plus the SPO error bodies (§3.1).
 */

export type JsonFormat = 'minimal' | 'nometadata' | 'verbose';

export function negotiate(accept: string | null): JsonFormat {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentType(format: JsonFormat): string {
  switch (format) {
    case 'verbose': return 'application/json;odata=verbose;charset=utf-8';
    case 'nometadata': return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default: return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

export interface IEntityMeta {
  /** e.g. `SP.List`, `SP.Data.TasksListItem` */
  type: string;
  /** absolute resource URL (verbose `uri`, minimal `odata.id` for non-items) */
  uri?: string;
  /** minimal `odata.id` when it differs from uri (list items use their GUID) */
  id?: string;
  /** relative, e.g. `Web/Lists(guid'…')/Items(3)` */
  editLink?: string;
  /** quoted etag value, e.g. `"3"` */
  etag?: string;
  /** `$metadata#` fragment for a top-level minimal-metadata entity */
  fragment?: string;
}

/** An entity with OData annotations; nested entities (expansions) are OEntity values inside props. */
export class OEntity {
  public constructor(public readonly meta: IEntityMeta, public readonly props: Record<string, unknown>) {}
}

/** A typed complex value (`SP.BasePermissions`, `SP.ChangeToken`, …): verbose annotates it. */
export class OComplex {
  public constructor(public readonly type: string, public readonly props: Record<string, unknown>) {}
}

/** Navigation property not expanded: verbose emits `{"__deferred":{"uri":…}}`, light formats omit it. */
export class ODeferred {
  public constructor(public readonly uri: string) {}
}

function serializeValue(v: unknown, format: JsonFormat, nested: boolean): unknown {
  if (v instanceof OEntity) return serializeEntityBody(v, format, nested);
  if (v instanceof OComplex) {
    const body: Record<string, unknown> = {};
    if (format === 'verbose') body.__metadata = { type: v.type };
    for (const [k, x] of Object.entries(v.props)) body[k] = serializeValue(x, format, true);
    return body;
  }
  if (v instanceof ODeferred) return format === 'verbose' ? { __deferred: { uri: v.uri } } : undefined;
  if (Array.isArray(v)) {
    const arr = v.map(x => serializeValue(x, format, true));
    if (format !== 'verbose') return arr;
    const first = v[0];
    if (first instanceof OEntity || first instanceof OComplex) return { results: arr };
    const t = typeof first === 'number' ? 'Collection(Edm.Int32)' : 'Collection(Edm.String)';
    return { __metadata: { type: t }, results: arr };
  }
  return v;
}

function serializeEntityBody(e: OEntity, format: JsonFormat, nested: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (format === 'verbose') {
    const m: Record<string, unknown> = {};
    if (e.meta.uri) { m.id = e.meta.id && !/^https?:/.test(e.meta.id) ? e.meta.uri : (e.meta.id ?? e.meta.uri); m.uri = e.meta.uri; }
    if (e.meta.etag) m.etag = e.meta.etag;
    m.type = e.meta.type;
    out.__metadata = m;
  } else if (format === 'minimal') {
    out['odata.type'] = e.meta.type;
    if (e.meta.id ?? e.meta.uri) out['odata.id'] = e.meta.id ?? e.meta.uri;
    if (e.meta.etag) out['odata.etag'] = e.meta.etag;
    if (e.meta.editLink && !nested) out['odata.editLink'] = e.meta.editLink;
  }
  for (const [k, v] of Object.entries(e.props)) {
    if (format === 'minimal' && v instanceof OEntity && e.meta.editLink) out[`${k}@odata.navigationLinkUrl`] = `${e.meta.editLink}/${k}`;
    const s = serializeValue(v, format, true);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

export function metadataUrl(siteUrl: string, fragment: string): string {
  return `${siteUrl}/_api/$metadata#${fragment}`;
}

export function serializeEntity(e: OEntity, format: JsonFormat, siteUrl: string): unknown {
  const body = serializeEntityBody(e, format, false);
  if (format === 'verbose') return { d: body };
  if (format === 'minimal') return { 'odata.metadata': metadataUrl(siteUrl, e.meta.fragment ?? `${e.meta.type}/@Element`), ...body };
  return body;
}

export function serializeCollection(
  items: unknown[], format: JsonFormat, siteUrl: string, fragment: string, nextLink?: string,
): unknown {
  const arr = items.map(x => serializeValue(x, format, false));
  if (format === 'verbose') return { d: nextLink ? { results: arr, __next: nextLink } : { results: arr } };
  const out: Record<string, unknown> = {};
  if (format === 'minimal') out['odata.metadata'] = metadataUrl(siteUrl, fragment);
  out.value = arr;
  if (nextLink) out['odata.nextLink'] = nextLink;
  return out;
}

/** Primitive results, e.g. Int64 upload offsets (as strings) and recycle GUIDs (§2.4). */
export function serializePrimitive(name: string, value: unknown, edmType: string, format: JsonFormat, siteUrl: string): unknown {
  if (format === 'verbose') return { d: { [name]: value } };
  if (format === 'minimal') return { 'odata.metadata': metadataUrl(siteUrl, edmType), value };
  return { value };
}

export function serializeNull(format: JsonFormat, siteUrl: string, fragment = 'Edm.Null'): unknown {
  if (format === 'verbose') return { d: null };
  if (format === 'minimal') return { 'odata.metadata': metadataUrl(siteUrl, fragment), 'odata.null': true };
  return { 'odata.null': true };
}

export function jsonResponse(body: unknown, format: JsonFormat, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: STATUS_TEXT[status] ?? '',
    headers: { 'Content-Type': contentType(format), DATASERVICEVERSION: '3.0', ...headers },
  });
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, statusText: STATUS_TEXT[status] ?? '', headers: { 'Content-Length': '0', ...headers } });
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 409: 'Conflict', 412: 'Precondition Failed',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable',
};

/** An SPO REST error: thrown by handlers, turned into the per-format body by the dispatcher. */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(err: SpError, format: JsonFormat): Response {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  const body = format === 'verbose' ? { error: inner } : { 'odata.error': inner };
  return jsonResponse(body, format, err.status, err.headers);
}

/** The catalogue of SPO errors used by the sandbox (sharepoint-rest.md §3.2). */
export const Errors = {
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fileNotFound: (url: string): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${url} does not exist.`),
  folderNotFound: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  duplicateList: (): SpError => new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),
  userNotFound: (): SpError => new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  ensureUserNotFound: (login: string): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`),
  unknownProperty: (prop: string, type: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  // [UNVERIFIED code] message from several 3P reports
  unknownSelect: (prop: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The field or property '${prop}' does not exist.`),
  // [UNVERIFIED code] message from several 3P reports ("contains" sic)
  selectNeedsExpand: (field: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`),
  unknownColumn: (col: string): SpError => new SpError(400, '-2147024809, System.ArgumentException',
    `Column '${col}' does not exist. It may have been deleted by another user.`),
  etagMismatch: (sent: string, actual: string): SpError => new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`),
  digestInvalid: (): SpError => new SpError(403, '-2130575251, Microsoft.SharePoint.SPException', SECURITY_VALIDATION),
  digestExpired: (): SpError => new SpError(403, '-2130575252, Microsoft.SharePoint.SPException', SECURITY_VALIDATION),
  digestMissing: (): SpError => new SpError(403, '-2146232832, Microsoft.SharePoint.SPException', SECURITY_VALIDATION),
  threshold: (): SpError => new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'),
  // 3P (OneDrive/onedrive-api-docs#729, pnp/cli-microsoft365#1660): authenticated caller without permission
  accessDenied: (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.'),
  // 3P: unauthenticated calls (no usable cookie/token) — kikovalle/PLGSharepointRestAPI-java#43,
  // vgrem/office365-rest-python-client#984: 403 "Attempted to perform an unauthorized operation."
  unauthenticated: (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Attempted to perform an unauthorized operation.'),
  badRequest: (msg: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', msg),
  invalidFilter: (msg: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The expression is not valid. ${msg}`),
  fieldNotFound: (name: string): SpError => new SpError(400, '-2147024809, System.ArgumentException',
    `Column '${name}' does not exist. It may have been deleted by another user.`),
  groupNotFound: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  nameInUse: (): SpError => new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.'),
  // Recorded SPO answers seen through PnPjs: nittygritty-uk/Atvero-Issues#135 (2019, items.add, `[500] ::>
  // {"odata.error":{"code":"-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",…[ATVNumber]."}}}`);
  // pnp/pnpcore#1280 (2023, HTTP 500, "…in one or more fields in the list." for a file upload). Whether the bracket
  // holds the field's display name or its internal name is not settled by these sources (ATVNumber could be
  // either) [UNVERIFIED]: the sandbox uses the display name (Title).
  duplicateValues: (fieldTitle: string): SpError => new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fieldTitle}].`),
  // A single line of text value over 255 characters on items add/MERGE: HTTP 500 with code -2130575336,
  // Microsoft.SharePoint.SPException, naming no field. Seen on SPO REST in a Power Automate incident log (items(89)
  // MERGE on a *.sharepoint.com site, code -2130575336), SPFx code comments (HTTP 500, SPException, 255-character
  // single-line columns) and a recorded odata.error body with "Invalid text value.\n\nA text field…" (public code
  // index, no repository name shown); the message with the line break is also the SharePoint COMException text
  // (blogs.msdn.com/b/sanjaynarang 2009; red-gate.com simple-talk "SharePoint's way of saying your string is too long").
  // The exact separator in the REST body (" " or "\n\n") is [UNVERIFIED]; the recorded JSON body has "\n\n".
  invalidText: (): SpError => new SpError(500, '-2130575336, Microsoft.SharePoint.SPException',
    'Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.'),
  /** No recorded SPO answer for this case: the sandbox refuses to guess (the contract's "unknown → 501"). */
  notEmulated: (what: string): SpError => new SpError(501, '-1, Sandbox.NotImplemented', `Not implemented by the sandbox: ${what}`),
  fileExists: (url: string): SpError => new SpError(400, '-2130575257, Microsoft.SharePoint.SPException',
    `A file with the name ${url} already exists. It was last modified by  on .`),
};

const SECURITY_VALIDATION = "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";
