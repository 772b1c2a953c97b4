import { randomUUID } from 'crypto';
import { Errors, OComplex, OEntity, SpError } from '../http/odata-json';
import type { ICanonicalSegment, RouteParams, RouteTable } from '../http/router';
import {
  ISpContext, canSeeList, checkIfMatch, noContent, ok, okCollection, okEmpty, okNull, okPrimitive, requireList, requireWeb, resolveList, splitList,
} from './context';
import { ChangeType, IItem, hasBit } from './items';
import { FieldKind, IField, IList, kindFromTypeName } from './lists';
import { has } from './permissions';
import { findDirectoryUser } from '../identity';
import { basePermissions, firstArg, roleDefEntity, userEntity, groupEntity } from './routes-web';
import { WEB_SCOPE, dotnetTicks, itemScope, listScope } from './site';

/** Lists, fields, views, items, permissions, change log (sharepoint-rest.md §5–§9, §12.4). */
export function registerListRoutes(t: RouteTable<ISpContext>): void {
  // ------------------------------------------------------------------ lists
  t.add('GET', 'web/lists', ctx => {
    requireWeb(ctx);
    const lists = ctx.lists.all().filter(l => canSeeList(ctx, l)).map(l => ctx.lists.entity(l));
    return okCollection(ctx, lists, 'SP.ApiData.Lists');
  });
  t.add('POST', 'web/lists', async ctx => {
    requireWeb(ctx, 'ManageLists');
    const list = ctx.lists.create(await ctx.json());
    return ok(ctx, ctx.lists.entity(list), 201);
  });
  t.add('GET', 'web/lists()', (ctx, p) => ok(ctx, listEntityWithSelect(ctx, resolveList(ctx, p.lists))));
  t.add('MERGE', 'web/lists()', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    checkIfMatch(ctx, `"${list.version}"`);
    ctx.lists.update(list, await ctx.json()); // $select on the URL is ignored (lists.ensure sticky query, §1.2)
    return noContent();
  });
  t.add('DELETE', 'web/lists()', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    ctx.lists.remove(list);
    return okEmpty();
  });
  t.add('POST', 'web/lists()/recycle', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    ctx.lists.remove(list);
    return okPrimitive(ctx, 'Recycle', randomUUID(), 'Edm.Guid');
  });

  // ------------------------------------------------------------------ fields
  t.add('GET', 'web/lists()/fields', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    let fields = ctx.lists.fields(list);
    const filter = ctx.query.get('$filter');
    if (filter) {
      const m = /^\s*(Hidden|ReadOnlyField|CanBeDeleted)\s+eq\s+(true|false)\s*$/i.exec(filter);
      if (m) {
        const want = m[2].toLowerCase() === 'true';
        fields = fields.filter(f => Boolean(fieldFlag(f, m[1])) === want);
      }
    }
    return okCollection(ctx, fields.map(f => ctx.lists.fieldEntity(list, f)), 'SP.ApiData.Fields1');
  });
  t.add('POST', 'web/lists()/fields', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const body = await ctx.json<Record<string, unknown>>();
    const kind = Number(body.FieldTypeKind ?? FieldKind.Text);
    const f = ctx.lists.addField(list, String(body.Title ?? ''), kind, body);
    ctx.items.logChange(list.id, null, ChangeType.Add, 'Field');
    return ok(ctx, ctx.lists.fieldEntity(list, f), 201);
  });
  t.add('POST', 'web/lists()/fields/addfield', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const { parameters } = await ctx.json<{ parameters: Record<string, unknown> }>();
    const kind = Number(parameters.FieldTypeKind ?? FieldKind.Text);
    const f = ctx.lists.addField(list, String(parameters.Title ?? ''), kind, parameters);
    return ok(ctx, ctx.lists.fieldEntity(list, f), 200);
  });
  t.add('POST', 'web/lists()/fields/createfieldasxml', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const { parameters } = await ctx.json<{ parameters: { SchemaXml: string; Options?: number } }>();
    const f = addFieldFromXml(ctx, list, parameters.SchemaXml, Number(parameters.Options ?? 0));
    return ok(ctx, ctx.lists.fieldEntity(list, f), 200);
  });
  t.add('GET', 'web/lists()/fields()', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    return ok(ctx, ctx.lists.fieldEntity(list, findField(ctx, list, p.fields)));
  });
  t.add('MERGE', 'web/lists()/fields()', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const f = findField(ctx, list, p.fields);
    ctx.lists.updateField(list, f, await ctx.json());
    return noContent();
  });
  t.add('DELETE', 'web/lists()/fields()', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const f = findField(ctx, list, p.fields);
    if (f.builtin) throw new SpError(400, '-2147024809, System.ArgumentException', 'You cannot delete a hidden column.');
    ctx.lists.removeField(list, f);
    return okEmpty();
  });

  // ------------------------------------------------------------------ views
  t.add('GET', 'web/lists()/views', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    return okCollection(ctx, views(ctx, list).map(v => viewEntity(ctx, list, v)), 'SP.ApiData.Views');
  });
  t.add('GET', 'web/lists()/defaultview', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    const v = views(ctx, list).find(x => x.props.DefaultView) ?? views(ctx, list)[0];
    return ok(ctx, viewEntity(ctx, list, v));
  });
  t.add('POST', 'web/lists()/views', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const body = await ctx.json<Record<string, unknown>>();
    const id = randomUUID();
    const title = String(body.Title ?? '');
    const props: Record<string, unknown> = {
      DefaultView: false, PersonalView: body.PersonalView ?? false, RowLimit: body.RowLimit ?? 30, Paged: true,
      ViewQuery: body.ViewQuery ?? '', Fields: list.library ? ['DocIcon', 'LinkFilename'] : ['LinkTitle'],
      ServerRelativeUrl: `${list.url}/${list.library ? 'Forms/' : ''}${title}.aspx`,
    };
    for (const [k, v] of Object.entries(body)) if (!['Title', '__metadata'].includes(k)) props[k] = v;
    if (props.SetAsDefaultView || props.DefaultView) setDefaultView(ctx, list);
    ctx.site.db.prepare('INSERT INTO views(list_id,id,title,props) VALUES(?,?,?,?)').run(list.id, id, title, JSON.stringify(props));
    return ok(ctx, viewEntity(ctx, list, findView(ctx, list, { key: 'views', name: 'views', by: 'id', value: id })), 201);
  });
  t.add('GET', 'web/lists()/views()', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    return ok(ctx, viewEntity(ctx, list, findView(ctx, list, p.views)));
  });
  t.add('MERGE', 'web/lists()/views()', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const v = findView(ctx, list, p.views);
    const body = await ctx.json<Record<string, unknown>>();
    let title = v.title;
    for (const [k, val] of Object.entries(body)) {
      if (k === 'Title') title = String(val);
      else if (k !== '__metadata') v.props[k] = val;
    }
    if (body.DefaultView === true) { setDefaultView(ctx, list); v.props.DefaultView = true; }
    ctx.site.db.prepare('UPDATE views SET title=?, props=? WHERE list_id=? AND id=?').run(title, JSON.stringify(v.props), list.id, v.id);
    return noContent();
  });
  t.add('DELETE', 'web/lists()/views()', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ManageLists');
    const v = findView(ctx, list, p.views);
    ctx.site.db.prepare('DELETE FROM views WHERE list_id=? AND id=?').run(list.id, v.id);
    return okEmpty();
  });
  t.add('GET', 'web/lists()/views()/viewfields', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    const v = findView(ctx, list, p.views);
    const fields = v.props.Fields as string[];
    return ok(ctx, new OEntity({ type: 'SP.ViewFieldCollection', uri: `${ctx.site.siteUrl}/_api/Web/Lists(guid'${list.id}')/Views(guid'${v.id}')/ViewFields` }, {
      Items: fields, SchemaXml: `<FieldRef Name="${fields.join('" /><FieldRef Name="')}" />`,
    }));
  });
  const viewFieldOp = (fn: string, op: (fields: string[], arg: string, body: Record<string, unknown>) => string[]): void => {
    t.add('POST', `web/lists()/views()/viewfields/${fn}${fn === 'removeallviewfields' || fn === 'moveviewfieldto' ? '' : '()'}`, async (ctx, p) => {
      const list = resolveList(ctx, p.lists);
      requireList(ctx, list, 'ManageLists');
      const v = findView(ctx, list, p.views);
      const arg = String(firstArg(ctx, fn) ?? '');
      const body = fn === 'moveviewfieldto' ? await ctx.json() : {};
      if (arg && !['removeviewfield'].includes(fn) && !ctx.lists.field(list, 'internalNameOrTitle', arg)) throw Errors.fieldNotFound(arg);
      v.props.Fields = op(v.props.Fields as string[], arg, body);
      ctx.site.db.prepare('UPDATE views SET props=? WHERE list_id=? AND id=?').run(JSON.stringify(v.props), list.id, v.id);
      return okNull(ctx);
    });
  };
  viewFieldOp('addviewfield', (f, a) => (f.includes(a) ? f : [...f, a]));
  viewFieldOp('removeviewfield', (f, a) => f.filter(x => x !== a));
  viewFieldOp('removeallviewfields', () => []);
  viewFieldOp('moveviewfieldto', (f, _a, b) => {
    const name = String(b.field);
    const rest = f.filter(x => x !== name);
    rest.splice(Number(b.index ?? 0), 0, name);
    return rest;
  });

  // ------------------------------------------------------------------ items
  t.add('GET', 'web/lists()/items', (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    const select = splitList(ctx.query.get('$select'));
    const expand = splitList(ctx.query.get('$expand'));
    const orderby = splitList(ctx.query.get('$orderby'))?.map(o => {
      const [field, dir] = o.split(/\s+/);
      return { field, desc: /^desc$/i.test(dir ?? '') };
    });
    const topRaw = ctx.query.get('$top');
    const result = ctx.items.query(list, ctx.actor, {
      select, expand, orderby, filter: ctx.query.get('$filter'), top: topRaw === undefined ? undefined : Number(topRaw),
      skiptoken: ctx.query.get('$skiptoken'),
    });
    const entities = result.items.map(it => ctx.items.entity(list, it, select, expand));
    const next = result.nextSkiptoken ? nextLink(ctx, result.nextSkiptoken) : undefined;
    const fragment = `SP.ListData.${list.entity}Items${select ? `&$select=${ctx.query.get('$select')}` : ''}`;
    return okCollection(ctx, entities, fragment, next);
  });
  t.add('POST', 'web/lists()/items', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'AddListItems');
    const item = ctx.items.add(list, await ctx.json(), ctx.actor);
    const e = ctx.items.entity(list, item, undefined, undefined);
    return ok(ctx, e, 201, { ETag: e.meta.etag as string, Location: e.meta.uri as string });
  });
  t.add('GET', 'web/lists()/items()', (ctx, p) => {
    const { list, item } = readableItem(ctx, p);
    const e = ctx.items.entity(list, item, splitList(ctx.query.get('$select')), splitList(ctx.query.get('$expand')), itemExtras(ctx, list, item));
    return ok(ctx, e, 200, { ETag: e.meta.etag as string });
  });
  t.add(['MERGE', 'PATCH'], 'web/lists()/items()', async (ctx, p) => {
    const { list, item } = writableItem(ctx, p, 'EditListItems');
    checkIfMatch(ctx, etagOf(list, item));
    const updated = ctx.items.update(list, item, await ctx.json(), ctx.actor);
    return noContent({ ETag: etagOf(list, updated) });
  });
  t.add('DELETE', 'web/lists()/items()', (ctx, p) => {
    const { list, item } = writableItem(ctx, p, 'DeleteListItems');
    checkIfMatch(ctx, etagOf(list, item));
    ctx.items.remove(list, item);
    return okEmpty();
  });
  t.add('POST', 'web/lists()/items()/recycle', (ctx, p) => {
    const { list, item } = writableItem(ctx, p, 'DeleteListItems');
    ctx.items.remove(list, item);
    return okPrimitive(ctx, 'Recycle', randomUUID(), 'Edm.Guid');
  });
  t.add('GET', 'web/lists()/items()/versions', (ctx, p) => {
    const { list, item } = readableItem(ctx, p);
    if (!ctx.site.can(ctx.items.chain(list, item.id), ctx.actor, 'ViewVersions')) throw Errors.accessDenied();
    const rows = ctx.site.db.prepare('SELECT * FROM item_versions WHERE list_id=? AND item_id=? ORDER BY ui_version DESC').all(list.id, item.id) as
      { ui_version: number; editor_id: number; created: string; data: string }[];
    const fields = ctx.lists.fields(list).filter(f => !f.builtin);
    // person/lookup values come back as SP.FieldUserValue / SP.FieldLookupValue {LookupId, LookupValue[, Email]} [UNVERIFIED key set]
    const personValue = (id: number): OComplex | null => {
      const p = ctx.site.principalById(id);
      return p ? new OComplex('SP.FieldUserValue', { Email: p.email ?? '', LookupId: p.id, LookupValue: p.title }) : null;
    };
    const out = rows.map(r => {
      const data = JSON.parse(r.data) as Record<string, unknown>;
      const props: Record<string, unknown> = {
        Created: r.created, Editor: personValue(r.editor_id), IsCurrentVersion: r.ui_version === item.ui_version,
        VersionId: r.ui_version, VersionLabel: `${Math.floor(r.ui_version / 512)}.${r.ui_version % 512}`, Title: data.Title ?? null,
      };
      for (const f of fields) {
        const v = data[f.internal_name] ?? null;
        if (f.kind === FieldKind.User || f.kind === FieldKind.Lookup) {
          const ids = Array.isArray(v) ? (v as number[]) : v == null ? [] : [Number(v)];
          const vals = ids.map(id => (f.kind === FieldKind.User ? personValue(id) : new OComplex('SP.FieldLookupValue', {
            LookupId: id, LookupValue: String(ctx.items.expandValue(f, id)?.[String(f.props.LookupFieldName ?? 'Title')] ?? ''),
          }))).filter(Boolean);
          props[f.epn] = f.multi ? vals : vals[0] ?? null;
        } else props[f.epn] = v;
      }
      return new OEntity({ type: 'SP.ListItemVersion', uri: `${ctx.site.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${item.id})/versions(${r.ui_version})` }, props);
    });
    return okCollection(ctx, out, 'SP.ApiData.ListItemVersions');
  });

  // ------------------------------------------------------------------ permissions (web, list, item)
  const scopes: { prefix: string; chain: (ctx: ISpContext, p: RouteParams) => string[] }[] = [
    { prefix: 'web', chain: () => [WEB_SCOPE] },
    { prefix: 'web/lists()', chain: (ctx, p) => [listScope(resolveList(ctx, p.lists).id), WEB_SCOPE] },
    { prefix: 'web/lists()/items()', chain: (ctx, p) => { const { list, item } = readableItem(ctx, p); return ctx.items.chain(list, item.id); } },
  ];
  for (const s of scopes) {
    t.add('POST', `${s.prefix}/breakroleinheritance()`, (ctx, p) => {
      const chain = s.chain(ctx, p);
      requireManagePermissions(ctx, chain);
      const seg = ctx.segments.find(x => x.key === 'breakroleinheritance');
      const named = seg?.args?.named ?? {};
      const copy = (named.copyroleassignments ?? seg?.args?.positional[0]) === true;
      const clear = (named.clearsubscopes ?? seg?.args?.positional[1]) === true;
      ctx.site.breakInheritance(chain, copy, clear, ctx.actor);
      logScopeChange(ctx, chain[0], ChangeType.ScopeAdd);
      return okNull(ctx);
    });
    t.add('POST', `${s.prefix}/resetroleinheritance`, (ctx, p) => {
      const chain = s.chain(ctx, p);
      requireManagePermissions(ctx, chain);
      ctx.site.resetInheritance(chain[0]);
      logScopeChange(ctx, chain[0], ChangeType.ScopeDelete);
      return okNull(ctx);
    });
    t.add('GET', `${s.prefix}/roleassignments`, (ctx, p) => {
      const chain = s.chain(ctx, p);
      requireEnumerate(ctx, chain);
      const scope = ctx.site.effectiveScope(chain);
      const byPrincipal = new Map<number, number[]>();
      for (const a of ctx.site.assignments(scope)) byPrincipal.set(a.principal_id, [...(byPrincipal.get(a.principal_id) ?? []), a.role_id]);
      const expand = (ctx.query.get('$expand') ?? '').toLowerCase().split(',').map(x => x.trim());
      const out = [...byPrincipal.entries()].map(([pid, roles]) => roleAssignmentEntity(ctx, pid, roles, expand));
      return okCollection(ctx, out, 'SP.ApiData.RoleAssignments');
    });
    t.add('GET', `${s.prefix}/roleassignments()`, (ctx, p) => {
      const chain = s.chain(ctx, p);
      requireEnumerate(ctx, chain);
      const pid = Number(p.roleassignments.value);
      const roles = ctx.site.assignments(ctx.site.effectiveScope(chain)).filter(a => a.principal_id === pid).map(a => a.role_id);
      if (!roles.length) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + pid + '.');
      return ok(ctx, roleAssignmentEntity(ctx, pid, roles, (ctx.query.get('$expand') ?? '').toLowerCase().split(',')));
    });
    t.add('DELETE', `${s.prefix}/roleassignments()`, (ctx, p) => {
      const chain = s.chain(ctx, p);
      requireManagePermissions(ctx, chain);
      ctx.site.removeAssignment(chain[0], Number(p.roleassignments.value));
      logScopeChange(ctx, chain[0], ChangeType.AssignmentDelete);
      return okEmpty();
    });
    for (const fn of ['addroleassignment', 'removeroleassignment']) {
      t.add('POST', `${s.prefix}/roleassignments/${fn}()`, (ctx, p) => {
        const chain = s.chain(ctx, p);
        requireManagePermissions(ctx, chain);
        const named = ctx.segments.find(x => x.key === fn)?.args?.named ?? {};
        const principalId = Number(named.principalid);
        const roleId = Number(named.roledefid);
        if (!ctx.site.principalById(principalId)) throw Errors.userNotFound();
        if (!ctx.site.roleDef(roleId)) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find role definition.');
        if (!ctx.site.isUnique(chain[0])) {
          // [UNVERIFIED] SPO message when adding an assignment to an inheriting object
          throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
        }
        if (fn === 'addroleassignment') ctx.site.grant(chain, principalId, roleId);
        else ctx.site.removeAssignment(chain[0], principalId, roleId);
        logScopeChange(ctx, chain[0], fn === 'addroleassignment' ? ChangeType.AssignmentAdd : ChangeType.AssignmentDelete);
        return okNull(ctx);
      });
    }
    t.add('GET', `${s.prefix}/effectivebasepermissions`, (ctx, p) => {
      const chain = s.chain(ctx, p);
      return ok(ctx, new OEntity({ type: 'SP.BasePermissions' }, toPlain(basePermissions(ctx.site.permissionsAt(chain, ctx.actor)))));
    });
    t.add('GET', `${s.prefix}/getusereffectivepermissions()`, (ctx, p) => {
      const chain = s.chain(ctx, p);
      requireEnumerate(ctx, chain);
      const login = String(firstArg(ctx, 'getusereffectivepermissions') ?? '');
      const target = ctx.site.principalByLogin(login);
      const dir = target?.upn ? findDirectoryUser(target.upn) : undefined;
      const mask = dir ? ctx.site.permissionsAt(chain, ctx.site.actor({ kind: 'user', user: dir, via: 'bearer' })) : BigInt(0);
      return ok(ctx, new OEntity({ type: 'SP.BasePermissions' }, toPlain(basePermissions(mask))));
    });
    t.add('GET', `${s.prefix}/hasuniqueroleassignments`, (ctx, p) => okPrimitive(ctx, 'HasUniqueRoleAssignments', ctx.site.isUnique(s.chain(ctx, p)[0]), 'Edm.Boolean'));
  }

  // ------------------------------------------------------------------ change log (§12.4)
  t.add('POST', 'web/lists()/getchanges', async (ctx, p) => {
    const list = resolveList(ctx, p.lists);
    requireList(ctx, list, 'ViewListItems');
    const body = await ctx.json<{ query?: Record<string, unknown> }>();
    const q = (body.query ?? {}) as Record<string, unknown>;
    const tokenOf = (v: unknown): string | undefined => (v && typeof v === 'object' ? String((v as { StringValue?: string }).StringValue ?? '') : undefined) || undefined;
    const start = tokenOf(q.ChangeTokenStart);
    const end = tokenOf(q.ChangeTokenEnd);
    const after = start ? Number(start.split(';')[4] ?? -1) : -1;
    const until = end ? Number(end.split(';')[4]) : Number.MAX_SAFE_INTEGER;
    const types: number[] = [];
    if (q.Add) types.push(ChangeType.Add);
    if (q.Update) types.push(ChangeType.Update);
    if (q.DeleteObject) types.push(ChangeType.DeleteObject);
    if (q.RoleAssignmentAdd) types.push(ChangeType.AssignmentAdd);
    if (q.RoleAssignmentDelete) types.push(ChangeType.AssignmentDelete);
    if (q.SecurityPolicy) types.push(ChangeType.ScopeAdd, ChangeType.ScopeDelete);
    const objects: string[] = [];
    if (q.Item) objects.push('Item');
    if (q.Field) objects.push('Field');
    if (q.List) objects.push('List');
    const limit = Number(q.FetchLimit ?? 0) || 1000;
    const rows = ctx.site.db.prepare(`SELECT * FROM changes WHERE list_id=? AND change_no>? AND change_no<=? ORDER BY change_no ${q.LatestFirst ? 'DESC' : 'ASC'}`)
      .all(list.id, after, until) as { change_no: number; item_id: number | null; change_type: number; object_type: string; time: string; uid: string | null }[];
    const out = rows.filter(r => types.includes(r.change_type) && objects.includes(r.object_type)).slice(0, limit).map(r => {
      const token = `1;3;${list.id};${dotnetTicks(new Date(r.time))};${r.change_no}`;
      const type = r.object_type === 'Item' ? 'SP.ChangeItem' : r.object_type === 'Field' ? 'SP.ChangeField' : 'SP.ChangeList';
      return new OEntity({ type, uri: `${ctx.site.siteUrl}/_api/${type}${randomUUID()}` }, {
        ChangeToken: new OComplex('SP.ChangeToken', { StringValue: token }), ChangeType: r.change_type, SiteId: ctx.site.siteId,
        Time: r.time, ...(r.object_type === 'Item' ? {
          Editor: '', EditorEmailHint: null, ItemId: r.item_id, ListId: list.id, ServerRelativeUrl: '', SharedByUser: null,
          SharedWithUsers: null, UniqueId: r.uid, WebId: ctx.site.webId,
        } : { ListId: list.id, WebId: ctx.site.webId }),
      });
    });
    return okCollection(ctx, out, 'Collection(SP.Change)');
  });
}

function toPlain(c: OComplex): Record<string, unknown> {
  return c.props;
}

function fieldFlag(f: IField, name: string): unknown {
  if (/^hidden$/i.test(name)) return f.props.Hidden ?? false;
  if (/^readonlyfield$/i.test(name)) return f.props.ReadOnlyField ?? false;
  return !f.builtin;
}

function listEntityWithSelect(ctx: ISpContext, list: IList): OEntity {
  const extra: Record<string, unknown> = {};
  const select = (ctx.query.get('$select') ?? '').toLowerCase();
  if (select.includes('hasuniqueroleassignments')) extra.HasUniqueRoleAssignments = ctx.site.isUnique(listScope(list.id));
  if (select.includes('effectivebasepermissions')) extra.EffectiveBasePermissions = basePermissions(ctx.site.permissionsAt([listScope(list.id), WEB_SCOPE], ctx.actor));
  if (select.includes('rootfolder') || /rootfolder/i.test(ctx.query.get('$expand') ?? '')) {
    extra.RootFolder = new OEntity({ type: 'SP.Folder', uri: `${ctx.site.siteUrl}/_api/Web/Lists(guid'${list.id}')/RootFolder` }, {
      Name: list.url.split('/').pop(), ServerRelativeUrl: list.url, UniqueId: list.id,
    });
  }
  const e = ctx.lists.entity(list, extra);
  const sel = splitList(ctx.query.get('$select'));
  if (!sel || sel.includes('*')) return e;
  const props: Record<string, unknown> = {};
  for (const s of sel) {
    const key = Object.keys(e.props).find(k => k.toLowerCase() === s.split('/')[0].toLowerCase());
    if (!key) throw Errors.unknownSelect(s);
    props[key] = e.props[key];
  }
  return new OEntity(e.meta, props);
}

function findField(ctx: ISpContext, list: IList, seg: ICanonicalSegment): IField {
  const v = String(seg.value ?? '');
  const f = seg.by === 'key' || seg.by === 'id' ? ctx.lists.field(list, 'id', v)
    : seg.by === 'title' ? ctx.lists.field(list, 'title', v) : ctx.lists.field(list, 'internalNameOrTitle', v);
  if (!f) throw new SpError(400, '-2147024809, System.ArgumentException', `Column '${v}' does not exist. It may have been deleted by another user.  /_api/web/lists/fields`);
  return f;
}

interface IViewRow { id: string; title: string; props: Record<string, unknown> }

function views(ctx: ISpContext, list: IList): IViewRow[] {
  return (ctx.site.db.prepare('SELECT id, title, props FROM views WHERE list_id=? ORDER BY rowid').all(list.id) as { id: string; title: string; props: string }[])
    .map(r => ({ id: r.id, title: r.title, props: JSON.parse(r.props) as Record<string, unknown> }));
}

function findView(ctx: ISpContext, list: IList, seg: ICanonicalSegment): IViewRow {
  const v = String(seg.value ?? '').toLowerCase();
  const found = views(ctx, list).find(x => (seg.by === 'title' ? x.title.toLowerCase() === v : x.id === v.replace(/[{}]/g, '')));
  // [UNVERIFIED] SPO's message for an unknown view
  if (!found) throw new SpError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.');
  return found;
}

function setDefaultView(ctx: ISpContext, list: IList): void {
  for (const v of views(ctx, list)) {
    if (!v.props.DefaultView) continue;
    v.props.DefaultView = false;
    ctx.site.db.prepare('UPDATE views SET props=? WHERE list_id=? AND id=?').run(JSON.stringify(v.props), list.id, v.id);
  }
}

function viewEntity(ctx: ISpContext, list: IList, v: IViewRow): OEntity {
  const p = v.props;
  const fields = (p.Fields as string[]) ?? [];
  return new OEntity({ type: 'SP.View', uri: `${ctx.site.siteUrl}/_api/Web/Lists(guid'${list.id}')/Views(guid'${v.id}')`, editLink: `Web/Lists(guid'${list.id}')/Views(guid'${v.id}')`, fragment: 'SP.ApiData.Views/@Element' }, {
    Aggregations: null, AggregationsStatus: null, BaseViewId: '1', ContentTypeId: new OComplex('SP.ContentTypeId', { StringValue: '0x' }),
    CustomFormatter: null, DefaultView: p.DefaultView ?? false, DefaultViewForContentType: false, EditorModified: false, Formats: null,
    GridLayout: null, Hidden: p.Hidden ?? false, HtmlSchemaXml: '', Id: v.id, ImageUrl: '/_layouts/15/images/generic.png?rev=47',
    IncludeRootFolder: false, ViewJoins: null, JSLink: 'clienttemplates.js',
    ListViewXml: `<View Name="{${v.id.toUpperCase()}}" DisplayName="${v.title}" Type="HTML"><Query>${p.ViewQuery ?? ''}</Query><ViewFields>${fields.map(f => `<FieldRef Name="${f}" />`).join('')}</ViewFields><RowLimit Paged="TRUE">${p.RowLimit}</RowLimit></View>`,
    Method: null, MobileDefaultView: false, MobileView: false, ModerationType: null, NewDocumentTemplates: null, OrderedView: false,
    Paged: p.Paged ?? true, PersonalView: p.PersonalView ?? false, ViewProjectedFields: null, ViewQuery: p.ViewQuery ?? '', ReadOnlyView: false,
    RequiresClientIntegration: false, RowLimit: p.RowLimit ?? 30, Scope: p.Scope ?? 0,
    ServerRelativePath: new OComplex('SP.ResourcePath', { DecodedUrl: p.ServerRelativeUrl }), ServerRelativeUrl: p.ServerRelativeUrl,
    StyleId: null, TabularView: true, Threaded: false, Title: v.title, Toolbar: '', ToolbarTemplateName: null, ViewType: 'HTML', ViewData: null, ViewType2: null,
  });
}

function addFieldFromXml(ctx: ISpContext, list: IList, xml: string, options: number): IField {
  const m = /<Field\b([^>]*?)\/?>([\s\S]*?)(<\/Field>)?\s*$/i.exec(xml.trim());
  if (!m) throw Errors.badRequest('The field schema XML is not valid.');
  const attrs: Record<string, string> = {};
  for (const a of m[1].matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) attrs[a[1].toLowerCase()] = a[2].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const type = attrs.type ?? 'Text';
  const kind = kindFromTypeName(type);
  if (!kind) throw Errors.badRequest(`Invalid field type value: ${type}`);
  const title = attrs.displayname ?? attrs.name ?? '';
  const props: Record<string, unknown> = {};
  if (attrs.required) props.Required = /^true$/i.test(attrs.required);
  if (attrs.indexed) props.Indexed = /^true$/i.test(attrs.indexed);
  if (attrs.enforceuniquevalues) props.EnforceUniqueValues = /^true$/i.test(attrs.enforceuniquevalues);
  if (attrs.maxlength) props.MaxLength = Number(attrs.maxlength);
  if (attrs.id) props.Id = attrs.id;
  if (attrs.richtext) props.RichText = /^true$/i.test(attrs.richtext);
  if (attrs.mult || /multi$/i.test(type)) props.AllowMultipleValues = /^true$/i.test(attrs.mult ?? 'true');
  if (attrs.userselectionmode) props.SelectionMode = /peopleonly|^0$/i.test(attrs.userselectionmode) ? 0 : 1;
  if (attrs.list) props.LookupListId = attrs.list.replace(/[{}]/g, '');
  if (attrs.showfield) props.LookupFieldName = attrs.showfield;
  if (attrs.group) props.Group = attrs.group;
  const choices = [...(m[2] ?? '').matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map(c => c[1]);
  if (choices.length) props.Choices = choices;
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(m[2] ?? '');
  if (def) props.DefaultValue = def[1];
  // §7.3: the internal name comes from DisplayName unless AddFieldInternalNameHint (8) is set [3P; SPO UNVERIFIED]
  const internal = (options & 8) && attrs.name ? attrs.name : undefined;
  if (internal && ctx.lists.field(list, 'internalNameOrTitle', internal)?.internal_name.toLowerCase() === internal.toLowerCase()) {
    throw new SpError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${internal}" was found.`);
  }
  const f = ctx.lists.addField(list, title, kind, props, internal);
  return f;
}

function readableItem(ctx: ISpContext, p: RouteParams, forWrite = false): { list: IList; item: IItem } {
  const list = resolveList(ctx, p.lists);
  const item = ctx.items.get(list, Number(p.items.value));
  if (!item || !ctx.items.canRead(list, item, ctx.actor)) throw Errors.itemNotFound();
  const seen = ctx.items.view(list, item, ctx.actor);
  if (!seen) throw Errors.itemNotFound();
  return { list, item: forWrite ? item : seen };
}

/** Items the caller cannot read are "not found"; readable but not writable ones are 403 access denied [UNVERIFIED]. */
function writableItem(ctx: ISpContext, p: RouteParams, perm: 'EditListItems' | 'DeleteListItems'): { list: IList; item: IItem } {
  const { list, item } = readableItem(ctx, p, true);
  if (!ctx.items.canWrite(list, item, ctx.actor, perm === 'EditListItems' ? 3 : 4)) throw Errors.accessDenied();
  return { list, item };
}

export function etagOf(list: IList, item: IItem): string {
  return list.library ? `"${item.uid},${item.version}"` : `"${item.version}"`;
}

function itemExtras(ctx: ISpContext, list: IList, item: IItem): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  const select = (ctx.query.get('$select') ?? '').toLowerCase();
  if (select.includes('effectivebasepermissions')) extra.EffectiveBasePermissions = basePermissions(ctx.site.permissionsAt(ctx.items.chain(list, item.id), ctx.actor));
  return extra;
}

function nextLink(ctx: ISpContext, skiptoken: string): string {
  const enc = (s: string): string => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, m => m.toLowerCase());
  const parts = [`%24skiptoken=${enc(skiptoken)}`];
  for (const name of ['$select', '$expand', '$filter', '$orderby', '$top']) {
    const v = ctx.query.get(name);
    if (v !== undefined) parts.push(`${enc(name)}=${enc(v)}`);
  }
  return `${ctx.resourceUrl}?${parts.join('&')}`;
}

function requireManagePermissions(ctx: ISpContext, chain: string[]): void {
  if (!has(ctx.site.permissionsAt(chain, ctx.actor), 'ManagePermissions')) throw Errors.accessDenied();
}

function requireEnumerate(ctx: ISpContext, chain: string[]): void {
  if (!has(ctx.site.permissionsAt(chain, ctx.actor), 'EnumeratePermissions')) throw Errors.accessDenied();
}

function logScopeChange(ctx: ISpContext, scope: string, type: number): void {
  const m = /^(list|item):([0-9a-f-]+)(?::(\d+))?$/.exec(scope);
  if (!m) return;
  const itemId = m[3] ? Number(m[3]) : null;
  const uid = itemId !== null ? (ctx.site.db.prepare('SELECT uid FROM items WHERE list_id=? AND id=?').get(m[2], itemId) as { uid: string } | undefined)?.uid : undefined;
  ctx.items.logChange(m[2], itemId, type, itemId !== null ? 'Item' : 'List', uid);
}

function roleAssignmentEntity(ctx: ISpContext, principalId: number, roles: number[], expand: string[]): OEntity {
  const s = ctx.site;
  const props: Record<string, unknown> = { PrincipalId: principalId };
  if (expand.some(e => e.trim() === 'member')) {
    const p = s.principalById(principalId);
    if (p) props.Member = p.kind === 8 ? groupEntity(ctx, p) : userEntity(ctx, p);
  }
  if (expand.some(e => e.trim() === 'roledefinitionbindings')) {
    props.RoleDefinitionBindings = roles.map(r => s.roleDef(r)).filter(Boolean).map(r => roleDefEntity(ctx, r!));
  }
  return new OEntity({ type: 'SP.RoleAssignment', uri: `${s.siteUrl}/_api/Web/RoleAssignments/GetByPrincipalId(${principalId})`, editLink: `Web/RoleAssignments/GetByPrincipalId(${principalId})` }, props);
}

export { itemScope, hasBit };
