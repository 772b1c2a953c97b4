import { randomUUID } from 'crypto';
import { OEntity, SpError, jsonResponse } from '../http/odata-json';
import type { ICanonicalSegment, RouteTable } from '../http/router';
import { ISpContext, noContent, ok, okCollection, requireList, resolveList } from './context';
import type { IList } from './lists';

interface ISubRow { id: string; list_id: string; notification_url: string; expiration: string; client_state: string | null; creator: string }

const MAX_DAYS = 180;

/** `…/lists(…)/subscriptions` (sharepoint-rest.md §12.1). */
export function registerSubscriptionRoutes(t: RouteTable<ISpContext>): void {
  t.add('GET', 'web/lists()/subscriptions', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    const rows = ctx.site.db.prepare('SELECT * FROM subscriptions WHERE list_id=? ORDER BY rowid').all(list.id) as ISubRow[];
    return okCollection(ctx, rows.map(r => subEntity(ctx, list, r)), 'SP.ApiData.Subscriptions');
  });
  t.add('POST', 'web/lists()/subscriptions', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists'); // [UNVERIFIED] the permission SPO requires to subscribe
    const body = await ctx.json<Record<string, string>>();
    const url = String(body.notificationUrl ?? '');
    if (!/^https?:\/\//i.test(url)) throw new SpError(400, '-1, System.ArgumentException', 'The notificationUrl is not a valid URL.');
    const exp = body.expirationDateTime ? new Date(body.expirationDateTime) : new Date(ctx.site.now().getTime() + MAX_DAYS * 86_400_000);
    checkExpiration(ctx, exp);
    // "synchronous inside the create call"; no subscription is stored when the receiver fails (§12.2)
    if (!(await ctx.services.validateSubscription(url))) {
      // [UNVERIFIED] status/message SPO returns when the validation handshake fails
      throw new SpError(400, '-1, System.InvalidOperationException', 'Failed to validate the notification URL \'' + url + '\'.');
    }
    const id = randomUUID();
    ctx.site.db.prepare('INSERT INTO subscriptions(id,list_id,notification_url,expiration,client_state,creator) VALUES(?,?,?,?,?,?)')
      .run(id, list.id, url, exp.toISOString(), body.clientState ?? null, String(ctx.actor.userId));
    const row = ctx.site.db.prepare('SELECT * FROM subscriptions WHERE id=?').get(id) as ISubRow;
    return ok(ctx, subEntity(ctx, list, row), 201);
  });
  t.add('GET', 'web/lists()/subscriptions()', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    return ok(ctx, subEntity(ctx, list, findSub(ctx, list, p.subscriptions)));
  });
  t.add('PATCH', 'web/lists()/subscriptions()', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const sub = findSub(ctx, list, p.subscriptions);
    const body = await ctx.json<Record<string, string>>();
    if (body.expirationDateTime) {
      const exp = new Date(body.expirationDateTime);
      checkExpiration(ctx, exp);
      ctx.site.db.prepare('UPDATE subscriptions SET expiration=? WHERE id=?').run(exp.toISOString(), sub.id);
    }
    if (body.notificationUrl) {
      if (!(await ctx.services.validateSubscription(body.notificationUrl))) {
        throw new SpError(400, '-1, System.InvalidOperationException', 'Failed to validate the notification URL \'' + body.notificationUrl + '\'.');
      }
      ctx.site.db.prepare('UPDATE subscriptions SET notification_url=? WHERE id=?').run(body.notificationUrl, sub.id);
    }
    if ('clientState' in body) ctx.site.db.prepare('UPDATE subscriptions SET client_state=? WHERE id=?').run(body.clientState ?? null, sub.id);
    return noContent();
  });
  t.add('DELETE', 'web/lists()/subscriptions()', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const sub = findSub(ctx, list, p.subscriptions);
    ctx.site.db.prepare('DELETE FROM subscriptions WHERE id=?').run(sub.id);
    ctx.site.db.prepare('DELETE FROM webhook_queue WHERE subscription_id=?').run(sub.id);
    return noContent();
  });
}

function checkExpiration(ctx: ISpContext, exp: Date): void {
  const now = ctx.site.now().getTime();
  if (Number.isNaN(exp.getTime()) || exp.getTime() <= now || exp.getTime() > now + MAX_DAYS * 86_400_000 + 60_000) {
    // [UNVERIFIED] the server-side error for an expiration outside (now, now+180 days]
    throw new SpError(400, '-1, System.ArgumentException', 'The expiration date of the subscription is invalid. It must be in the future and within 180 days.');
  }
}

function findSub(ctx: ISpContext, list: IList, seg: ICanonicalSegment): ISubRow {
  const row = ctx.site.db.prepare('SELECT * FROM subscriptions WHERE id=? AND list_id=?').get(String(seg.value ?? '').toLowerCase(), list.id) as ISubRow | undefined;
  // [UNVERIFIED] message for an unknown subscription id
  if (!row) throw new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'Cannot find resource for the request subscriptions.');
  return row;
}

/** `2021-12-16T08:44:44.4166265Z` — seven fractional digits as in the SPO recording. */
function sevenDigits(iso: string): string {
  return iso.replace(/\.(\d{3})Z$/, '.$10000Z');
}

function subEntity(ctx: ISpContext, list: IList, r: ISubRow): OEntity {
  const uri = `${ctx.site.siteUrl}/_api/web/lists('${list.id}')/subscriptions('${r.id}')`;
  return new OEntity({ type: 'Microsoft.SharePoint.Webhooks.Subscription', uri, editLink: `web/lists('${list.id}')/subscriptions('${r.id}')`, fragment: 'SP.ApiData.Subscriptions/@Element' }, {
    clientState: r.client_state, expirationDateTime: sevenDigits(r.expiration), id: r.id, notificationUrl: r.notification_url,
    resource: list.id, resourceData: null,
  });
}

export { jsonResponse };
