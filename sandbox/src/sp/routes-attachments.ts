import { Errors, OComplex, OEntity, SpError } from '../http/odata-json';
import type { RouteParams, RouteTable } from '../http/router';
import { ISpContext, ok, okCollection, okEmpty, resolveList } from './context';
import type { IItem } from './items';
import type { IList } from './lists';

/** List item attachments (`items(n)/AttachmentFiles`, PnPjs attachments/types.ts); adding one bumps the item ETag (§9.7). */
export function registerAttachmentRoutes(t: RouteTable<ISpContext>): void {
  t.add('GET', 'web/lists()/items()/attachmentfiles', (ctx, p) => {
    const { list, item } = target(ctx, p, false);
    const rows = ctx.site.db.prepare('SELECT name FROM attachments WHERE list_id=? AND item_id=? ORDER BY rowid').all(list.id, item.id) as { name: string }[];
    return okCollection(ctx, rows.map(r => entity(ctx, list, item, r.name)), 'SP.ApiData.Attachments');
  });
  t.add('POST', 'web/lists()/items()/attachmentfiles/add()', async (ctx, p) => {
    const { list, item } = target(ctx, p, true);
    if (list.props.EnableAttachments === false) throw new SpError(400, '-2147024809, System.ArgumentException', 'Attachments are disabled for this list.'); // [UNVERIFIED] message
    const seg = ctx.segments.find(s => s.key === 'add');
    const name = String(seg?.args?.named.filename ?? seg?.args?.positional[0] ?? '');
    if (!name) throw Errors.badRequest('The file name is empty.');
    const exists = ctx.site.db.prepare('SELECT 1 FROM attachments WHERE list_id=? AND item_id=? AND name=?').get(list.id, item.id, name);
    if (exists) throw Errors.fileExists(attachmentUrl(list, item, name)); // [UNVERIFIED] code/message
    ctx.site.db.prepare('INSERT INTO attachments(list_id,item_id,name,content) VALUES(?,?,?,?)').run(list.id, item.id, name, Buffer.from(await ctx.bodyBytes()));
    ctx.items.touch(list, item, ctx.actor);
    return ok(ctx, entity(ctx, list, item, name));
  });
  t.add('GET', 'web/lists()/items()/attachmentfiles()', (ctx, p) => {
    const { list, item } = target(ctx, p, false);
    const name = existing(ctx, list, item, String(p.attachmentfiles.value ?? ''));
    return ok(ctx, entity(ctx, list, item, name));
  });
  t.add('GET', 'web/lists()/items()/attachmentfiles()/$value', (ctx, p) => {
    const { list, item } = target(ctx, p, false);
    const name = existing(ctx, list, item, String(p.attachmentfiles.value ?? ''));
    const row = ctx.site.db.prepare('SELECT content FROM attachments WHERE list_id=? AND item_id=? AND name=?').get(list.id, item.id, name) as { content: Buffer };
    return new Response(new Uint8Array(row.content), { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
  });
  t.add(['PUT', 'POST'], 'web/lists()/items()/attachmentfiles()/$value', async (ctx, p) => {
    const { list, item } = target(ctx, p, true);
    const name = existing(ctx, list, item, String(p.attachmentfiles.value ?? ''));
    ctx.site.db.prepare('UPDATE attachments SET content=? WHERE list_id=? AND item_id=? AND name=?').run(Buffer.from(await ctx.bodyBytes()), list.id, item.id, name);
    ctx.items.touch(list, item, ctx.actor);
    return new Response(null, { status: 204, headers: { 'Content-Length': '0' } });
  });
  const remove = (ctx: ISpContext, p: RouteParams): Response => {
    const { list, item } = target(ctx, p, true);
    const name = existing(ctx, list, item, String(p.attachmentfiles.value ?? ''));
    ctx.site.db.prepare('DELETE FROM attachments WHERE list_id=? AND item_id=? AND name=?').run(list.id, item.id, name);
    ctx.items.touch(list, item, ctx.actor);
    return okEmpty();
  };
  t.add('DELETE', 'web/lists()/items()/attachmentfiles()', remove);
  t.add('POST', 'web/lists()/items()/attachmentfiles()/recycleobject', remove);
}

function target(ctx: ISpContext, p: RouteParams, write: boolean): { list: IList; item: IItem } {
  const list = resolveList(ctx, p.lists);
  const item = ctx.items.get(list, Number(p.items.value));
  if (!item || !ctx.items.canRead(list, item, ctx.actor)) throw Errors.itemNotFound();
  if (write && !ctx.items.canWrite(list, item, ctx.actor)) throw Errors.accessDenied();
  return { list, item };
}

function existing(ctx: ISpContext, list: IList, item: IItem, name: string): string {
  const row = ctx.site.db.prepare('SELECT name FROM attachments WHERE list_id=? AND item_id=? AND name=?').get(list.id, item.id, name) as { name: string } | undefined;
  if (!row) throw Errors.fileNotFound(attachmentUrl(list, item, name));
  return row.name;
}

export function attachmentUrl(list: IList, item: IItem, name: string): string {
  return `${list.url}/Attachments/${item.id}/${name}`;
}

function entity(ctx: ISpContext, list: IList, item: IItem, name: string): OEntity {
  const url = attachmentUrl(list, item, name);
  return new OEntity({ type: 'SP.Attachment', uri: `${ctx.site.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${item.id})/AttachmentFiles('${encodeURIComponent(name)}')`, editLink: `Web/Lists(guid'${list.id}')/Items(${item.id})/AttachmentFiles('${name}')`, fragment: 'SP.ApiData.Attachments/@Element' }, {
    FileName: name, FileNameAsPath: new OComplex('SP.ResourcePath', { DecodedUrl: name }),
    ServerRelativePath: new OComplex('SP.ResourcePath', { DecodedUrl: url }), ServerRelativeUrl: url,
  });
}
