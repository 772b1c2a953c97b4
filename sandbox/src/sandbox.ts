import { openDb, Db } from './store/db';
import { Caller, callerFromHeaders } from './identity';
import { Errors, SpError, errorResponse, negotiate, jsonResponse, emptyResponse } from './http/odata-json';
import { canonicalize, RouteTable } from './http/router';
import { parseQuery, parseSegments, splitUrl } from './http/path';
import { Site } from './sp/site';
import { Lists } from './sp/lists';
import { Items } from './sp/items';
import { ISpContext } from './sp/context';
import { registerWebRoutes } from './sp/routes-web';
import { registerListRoutes } from './sp/routes-lists';
import { registerFileRoutes } from './sp/routes-files';
import { registerSubscriptionRoutes } from './sp/routes-subscriptions';
import { registerAttachmentRoutes } from './sp/routes-attachments';
import { registerValidateUpdateRoutes } from './sp/validate-update';
import { parseBatch, writeBatchResponse } from './sp/batch';
import { GraphService } from './graph/graph';
import { Webhooks, IWebhookOptions } from './webhooks';

export interface IThrottleOptions {
  /** the next `count` requests (SharePoint and Graph) are refused */
  count?: number;
  /** 429 (default) or 503 */
  status?: 429 | 503;
  /** Retry-After seconds (default 1) */
  retryAfterSeconds?: number;
  /** only requests whose URL matches */
  match?: RegExp | string;
  /** sustained rate limit: more than `requests` within `perSeconds` are refused (sliding window) */
  rate?: { requests: number; perSeconds: number };
}

export interface ISandboxOptions {
  /** SQLite file; `:memory:` for tests. Default `.sandbox/opsdesk.db`. */
  dbPath?: string;
  /** Default `http://localhost:4580/sites/opsdesk`. */
  siteUrl?: string;
  now?: () => Date;
  throttle?: IThrottleOptions;
  /** list view threshold (default 5000, the SPO value; configurable for tests) */
  listViewThreshold?: number;
  /** webhook delivery transport (default: global fetch) */
  deliver?: (url: string, init: RequestInit) => Promise<Response>;
  webhookRetry?: Partial<IWebhookOptions>;
}

export interface ISandbox {
  readonly siteUrl: string;
  /** origin of the site URL; Graph is served under `${origin}/v1.0` */
  readonly origin: string;
  readonly graphUrl: string;
  handle(req: Request): Promise<Response>;
  /** Sets throttling for the next requests (see IThrottleOptions). */
  setThrottle(t: IThrottleOptions | null): void;
  /** Delivers due webhook notifications now (tests); normally timers do it. */
  flushWebhooks(opts?: { force?: boolean }): Promise<number>;
  /** Wipes all data and seeds the site again. */
  reset(): void;
  /** The underlying database (inspection, seeding through the store in tests). */
  readonly db: Db;
  close(): void;
}

export const DEFAULT_SITE_URL = 'http://localhost:4580/sites/opsdesk';

export class Sandbox implements ISandbox {
  public readonly db: Db;
  public readonly site: Site;
  public readonly lists: Lists;
  public readonly items: Items;
  public readonly siteUrl: string;
  public readonly origin: string;
  public readonly graphUrl: string;
  private readonly spRoutes = new RouteTable<ISpContext>();
  private readonly graph: GraphService;
  private readonly webhooks: Webhooks;
  private throttle: IThrottleOptions | null;
  private closed = false;

  public constructor(private readonly options: ISandboxOptions = {}) {
    this.siteUrl = (options.siteUrl ?? DEFAULT_SITE_URL).replace(/\/$/, '');
    const now = options.now ?? ((): Date => new Date());
    this.db = openDb(options.dbPath ?? '.sandbox/opsdesk.db');
    this.site = new Site(this.db, this.siteUrl, now);
    this.lists = new Lists(this.site);
    this.items = new Items(this.site, this.lists, { listViewThreshold: options.listViewThreshold ?? 5000 });
    this.origin = this.site.origin;
    this.graphUrl = `${this.origin}/v1.0`;
    this.throttle = options.throttle ?? null;
    this.graph = new GraphService(this.db, this.origin, now);
    this.webhooks = new Webhooks(this.db, this.site, options.deliver ?? ((url, init): Promise<Response> => fetch(url, init)), options.webhookRetry ?? {}, now);
    this.items.onChange = (listId): void => this.webhooks.enqueue(listId);
    // expression indexes for indexed columns (re-created if a migration or an older file lost them)
    for (const list of this.lists.all()) for (const f of this.lists.fields(list)) if (f.indexed) this.lists.ensureIndex(list, f);
    registerWebRoutes(this.spRoutes);
    registerListRoutes(this.spRoutes);
    registerFileRoutes(this.spRoutes);
    registerSubscriptionRoutes(this.spRoutes);
    registerAttachmentRoutes(this.spRoutes);
    registerValidateUpdateRoutes(this.spRoutes);
    this.webhooks.start();
  }

  /** Wipes every table and seeds the site again (the `/_sandbox/reset` endpoint; the CLI `reset` deletes the file). */
  public reset(): void {
    const tables = (this.db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(t => t.name);
    this.db.transaction(() => { for (const t of tables) this.db.exec(`DELETE FROM "${t}"`); })();
    this.site.reseed();
    this.lists.clearCache();
  }

  public setThrottle(t: IThrottleOptions | null): void {
    this.throttle = t;
  }

  public flushWebhooks(opts?: { force?: boolean }): Promise<number> {
    return this.webhooks.flush(opts?.force ?? true);
  }

  public close(): void {
    if (this.closed) return;
    this.closed = true;
    this.webhooks.stop();
    this.db.close();
  }

  public async handle(req: Request): Promise<Response> {
    const res = await this.route(req);
    const h = new Headers(res.headers);
    const origin = req.headers.get('origin');
    if (origin) {
      // the sandbox is cross-origin to the workbench; SPO is same-origin (§1.7)
      h.set('Access-Control-Allow-Origin', origin);
      h.set('Access-Control-Allow-Credentials', 'true');
      h.set('Access-Control-Expose-Headers', 'ETag, Retry-After, Location, SPRequestGuid, request-id, client-request-id');
    }
    h.set('SPRequestGuid', crypto.randomUUID());
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers: h });
  }

  private async route(req: Request): Promise<Response> {
    const { rawPath, rawQuery } = splitUrl(req.url);
    if (req.method === 'OPTIONS') {
      return emptyResponse(200, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': req.headers.get('access-control-request-headers') ?? '*',
        'Access-Control-Max-Age': '600',
      });
    }
    if (/^\/_sandbox(\/|$)/i.test(rawPath)) return this.admin(req, rawPath);
    const t = this.throttle;
    if (t && this.isThrottled(t, req.url)) {
      const status = t.status ?? 429;
      // [UNVERIFIED] SPO's throttling body is undocumented (§3.4); Graph uses its error shape
      if (/^\/(v1\.0|beta)\//i.test(rawPath)) return this.graph.throttled(status, t.retryAfterSeconds ?? 1);
      return emptyResponse(status, { 'Retry-After': String(t.retryAfterSeconds ?? 1) });
    }
    if (/^\/(v1\.0|beta)(\/|$)/i.test(rawPath)) return this.graph.handle(req, rawPath, rawQuery);
    const apiPrefix = `${this.site.serverRelativeUrl}/_api`.toLowerCase();
    if (rawPath.toLowerCase() === apiPrefix || rawPath.toLowerCase().startsWith(`${apiPrefix}/`)) {
      return this.sharepoint(req, rawPath.slice(apiPrefix.length + 1), rawQuery);
    }
    return notImplemented(req);
  }

  private readonly recent: number[] = [];

  private isThrottled(t: IThrottleOptions, url: string): boolean {
    if (t.match && !new RegExp(t.match).test(url)) return false;
    if ((t.count ?? 0) > 0) {
      t.count = (t.count ?? 0) - 1;
      return true;
    }
    if (t.rate) {
      const now = Date.now();
      const windowStart = now - t.rate.perSeconds * 1000;
      while (this.recent.length && this.recent[0] < windowStart) this.recent.shift();
      if (this.recent.length >= t.rate.requests) return true;
      this.recent.push(now);
    }
    return false;
  }

  private async admin(req: Request, rawPath: string): Promise<Response> {
    const p = rawPath.toLowerCase().replace(/\/$/, '');
    if (p === '/_sandbox/throttle' && req.method === 'POST') {
      this.setThrottle((await req.json()) as IThrottleOptions);
      return emptyResponse(204);
    }
    if (p === '/_sandbox/webhooks/flush' && req.method === 'POST') {
      const n = await this.flushWebhooks();
      return jsonResponse({ delivered: n }, 'nometadata');
    }
    if (p === '/_sandbox/reset' && req.method === 'POST') {
      this.reset();
      return emptyResponse(204);
    }
    if (p === '/_sandbox/activity' && req.method === 'GET') return jsonResponse({ value: this.graph.activity() }, 'nometadata');
    if (p === '/_sandbox/outbox' && req.method === 'GET') return jsonResponse({ value: this.graph.outbox() }, 'nometadata');
    if (p === '/_sandbox/info' && req.method === 'GET') return jsonResponse({ siteUrl: this.siteUrl, graphUrl: this.graphUrl }, 'nometadata');
    return notImplemented(req);
  }

  /** Runs one SharePoint request; `trusted` skips the digest check (parts of an already-validated $batch). */
  public async sharepoint(req: Request, apiPath: string, rawQuery: string, trusted = false, callerOverride?: Caller): Promise<Response> {
    const format = negotiate(req.headers.get('accept'));
    try {
      const caller = callerOverride ?? callerFromHeaders(req.headers);
      if (caller.kind === 'invalid') {
        // [UNVERIFIED] SPO answers a bad bearer token with 401 + WWW-Authenticate and an `error_description` body
        return new Response(JSON.stringify({ error_description: caller.reason }), {
          status: 401, statusText: 'Unauthorized',
          headers: { 'Content-Type': 'application/json; charset=utf-8', 'WWW-Authenticate': `Bearer realm="${'3b1f5e2c-7a41-4d8e-9c0f-6d2a1b4e5f70'}",client_id="00000003-0000-0ff1-ce00-000000000000"` },
        });
      }
      // anonymous REST calls: 403 System.UnauthorizedAccessException "Attempted to perform an unauthorized operation." [3P]
      if (caller.kind === 'anonymous') throw Errors.unauthenticated();
      const tunnel = req.headers.get('x-http-method');
      const method = (req.method === 'POST' && tunnel ? tunnel : req.method).toUpperCase();
      const aliases: Record<string, string> = {};
      const query = parseQuery(rawQuery);
      for (const [k, v] of query) if (k.startsWith('@')) aliases[k] = v;
      const segments = canonicalize(parseSegments(apiPath, aliases));
      const isContextInfo = segments.length === 1 && segments[0].key === 'contextinfo';
      if (!trusted && method !== 'GET' && caller.kind === 'user' && caller.via === 'cookie' && !isContextInfo) {
        const digest = req.headers.get('x-requestdigest');
        if (!digest) throw Errors.digestMissing();
        const bad = this.site.checkDigest(digest);
        if (bad === 'expired') throw Errors.digestExpired();
        if (bad) throw Errors.digestInvalid();
      }
      if (segments.length === 1 && segments[0].key === '$batch' && method === 'POST') return await this.batch(req, caller);
      const match = this.spRoutes.match(method, segments);
      if (!match) return notImplemented(req, method);
      const actor = this.site.actor(caller);
      // no access to the site at all (not even Limited Access) → access denied on every endpoint
      if (!this.site.can(['web'], actor, 'Open')) throw Errors.accessDenied();
      this.items.clearCaches();
      let bodyCache: Uint8Array | undefined;
      const bodyBytes = async (): Promise<Uint8Array> => (bodyCache ??= new Uint8Array(await req.arrayBuffer()));
      const bodyText = async (): Promise<string> => new TextDecoder().decode(await bodyBytes());
      const { origin } = splitUrl(req.url);
      const ctx: ISpContext = {
        site: this.site, lists: this.lists, items: this.items, req, method, format, actor, segments, query,
        resourceUrl: `${origin}${splitUrl(req.url).rawPath}`,
        bodyBytes, bodyText,
        json: async <T>() => {
          const text = (await bodyText()).trim();
          if (!text) return {} as T;
          try {
            return JSON.parse(text) as T;
          } catch {
            throw Errors.badRequest('Invalid JSON. A token was not recognized in the JSON content.');
          }
        },
        services: { validateSubscription: url => this.webhooks.validate(url), notifyChanged: id => this.webhooks.enqueue(id) },
      };
      return await match.route.handler(ctx, match.params);
    } catch (e) {
      if (e instanceof SpError) return errorResponse(e, format);
      const err = e as Error;
      return errorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', err.message ?? String(e)), format);
    }
  }

  private async batch(req: Request, caller: Caller): Promise<Response> {
    const ct = req.headers.get('content-type') ?? '';
    const m = /boundary=("?)([^";]+)\1/i.exec(ct);
    if (!m) throw Errors.badRequest('The batch request must have a multipart/mixed content type with a boundary.');
    const parts = parseBatch(await req.text(), m[2]);
    const responses: Response[] = [];
    for (const part of parts) {
      const { origin, rawPath, rawQuery } = splitUrl(part.url);
      const apiPrefix = `${this.site.serverRelativeUrl}/_api/`;
      // "The request URL and the URLs inside the body must target the same site. All URLs are case-sensitive" (§10.2)
      if ((origin && origin !== this.origin) || !rawPath.startsWith(apiPrefix)) {
        responses.push(errorResponse(new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid request.'), negotiate(part.headers.accept ?? null)));
        continue;
      }
      const headers: Record<string, string> = { ...part.headers };
      let method = part.method;
      if (method === 'MERGE' || method === 'DELETE' || method === 'PATCH' || method === 'PUT') {
        headers['x-http-method'] = method;
        method = 'POST';
      }
      const inner = new Request(`${this.origin}${rawPath}${rawQuery}`, { method, headers, body: method === 'GET' ? undefined : part.body });
      responses.push(await this.sharepoint(inner, rawPath.slice(apiPrefix.length), rawQuery, true, caller));
    }
    const { body, contentType } = await writeBatchResponse(responses);
    return new Response(body, { status: 200, statusText: 'OK', headers: { 'Content-Type': contentType } });
  }
}

export function notImplemented(req: Request, method = req.method): Response {
  return new Response(JSON.stringify({ error: 'Not implemented by the sandbox', method, url: req.url }), {
    status: 501, statusText: 'Not Implemented', headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function createSandbox(options: ISandboxOptions = {}): Sandbox {
  return new Sandbox(options);
}
