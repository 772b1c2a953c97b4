import { Errors, JsonFormat, OEntity, SpError, emptyResponse, jsonResponse, serializeCollection, serializeEntity, serializeNull, serializePrimitive } from '../http/odata-json';
import type { ICanonicalSegment } from '../http/router';
import type { Items } from './items';
import type { IList, Lists } from './lists';
import type { IActor, Site } from './site';
import { WEB_SCOPE, listScope } from './site';
import { has } from './permissions';
import type { PermissionName } from './permissions';

/** Everything a SharePoint route handler gets. */
export interface ISpContext {
  site: Site;
  lists: Lists;
  items: Items;
  req: Request;
  /** verb after X-HTTP-Method tunnelling */
  method: string;
  /** absolute URL of the resource without query (for next links) */
  resourceUrl: string;
  query: Map<string, string>;
  format: JsonFormat;
  actor: IActor;
  /** canonical path segments after `_api/` */
  segments: ICanonicalSegment[];
  bodyText(): Promise<string>;
  bodyBytes(): Promise<Uint8Array>;
  json<T = Record<string, unknown>>(): Promise<T>;
  /** hooks provided by the sandbox core */
  services: ISpServices;
}

export interface ISpServices {
  validateSubscription(url: string): Promise<boolean>;
  notifyChanged(listId: string): void;
}

export function ok(ctx: ISpContext, e: OEntity, status = 200, headers: Record<string, string> = {}): Response {
  return jsonResponse(serializeEntity(project(ctx, e), ctx.format, ctx.site.siteUrl), ctx.format, status, headers);
}

/** `$select` on non-item entities (items project themselves, with SPO's lookup rules). */
function project(ctx: ISpContext, e: OEntity): OEntity {
  const select = ctx.method === 'GET' ? splitList(ctx.query.get('$select')) : undefined;
  if (!select || select.includes('*') || e.meta.type.startsWith('SP.Data.')) return e;
  const props: Record<string, unknown> = {};
  for (const s of select) {
    const key = Object.keys(e.props).find(k => k.toLowerCase() === s.split('/')[0].toLowerCase());
    if (key) props[key] = e.props[key];
  }
  return new OEntity(e.meta, props);
}

export function okCollection(ctx: ISpContext, items: unknown[], fragment: string, next?: string): Response {
  return jsonResponse(serializeCollection(items, ctx.format, ctx.site.siteUrl, fragment, next), ctx.format);
}

export function okNull(ctx: ISpContext): Response {
  return jsonResponse(serializeNull(ctx.format, ctx.site.siteUrl), ctx.format);
}

export function okPrimitive(ctx: ISpContext, name: string, value: unknown, edm: string): Response {
  return jsonResponse(serializePrimitive(name, value, edm, ctx.format, ctx.site.siteUrl), ctx.format);
}

export function noContent(headers: Record<string, string> = {}): Response {
  return emptyResponse(204, headers);
}

export function okEmpty(): Response {
  return emptyResponse(200);
}

export function requireWeb(ctx: ISpContext, perm: PermissionName = 'Open'): void {
  if (!has(ctx.site.permissionsAt([WEB_SCOPE], ctx.actor), perm)) throw Errors.accessDenied();
}

/** Resolves an addressed list; lists the caller cannot see are "not found" as in SPO (security trimming). */
export function resolveList(ctx: ISpContext, seg: ICanonicalSegment): IList {
  const v = String(seg.value ?? '');
  let list: IList | undefined;
  if (seg.by === 'title') list = ctx.lists.byTitle(v);
  else if (seg.by === 'url') list = ctx.lists.byUrl(v);
  else list = ctx.lists.byId(v);
  if (!list || !canSeeList(ctx, list)) {
    if (seg.by === 'title') throw Errors.listNotFound(v, ctx.site.siteUrl);
    if (seg.by === 'url') throw Errors.folderNotFound();
    // [UNVERIFIED] lists('<unknown guid>') — SPO answers 404 with a "List does not exist." message
    throw new SpError(404, '-1, System.ArgumentException', `List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.`);
  }
  return list;
}

export function canSeeList(ctx: ISpContext, list: IList): boolean {
  const mask = ctx.site.permissionsAt([listScope(list.id), WEB_SCOPE], ctx.actor);
  return has(mask, 'Open') || has(mask, 'ViewListItems');
}

export function requireList(ctx: ISpContext, list: IList, perm: PermissionName): void {
  if (!has(ctx.site.permissionsAt([listScope(list.id), WEB_SCOPE], ctx.actor), perm)) throw Errors.accessDenied();
}

/** `IF-Match` handling: `*` always matches; a missing header overwrites (MSDOC working-with-lists…md). */
export function checkIfMatch(ctx: ISpContext, current: string): void {
  const sent = ctx.req.headers.get('if-match');
  if (sent === null || sent.trim() === '*') return;
  const norm = (s: string): string => s.trim().replace(/^W\//, '');
  if (norm(sent) !== current) throw Errors.etagMismatch(sent, current);
}

export function splitList(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  return v.split(',').map(s => s.trim()).filter(Boolean);
}
