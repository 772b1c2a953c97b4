import { Errors, OComplex, OEntity, SpError, jsonResponse } from '../http/odata-json';
import type { ICanonicalSegment, RouteTable } from '../http/router';
import { findDirectoryUser } from '../identity';
import { ISpContext, noContent, ok, okCollection, okEmpty, okNull, requireWeb } from './context';
import { toBasePermissions } from './permissions';
import { DIGEST_TIMEOUT_SECONDS, IPrincipalRow, IRoleDefRow, WEB_SCOPE } from './site';

/** Web, users, groups, role definitions (sharepoint-rest.md §1.4, §4). */
export function registerWebRoutes(t: RouteTable<ISpContext>): void {
  t.add('POST', 'contextinfo', ctx => {
    const s = ctx.site;
    // JSON light only, even for verbose requests? PnPjs sends Accept: application/json (§1.4); verbose is honoured.
    if (ctx.format === 'verbose') {
      return jsonResponse({ d: { GetContextWebInformation: {
        __metadata: { type: 'SP.ContextWebInformation' }, FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS, FormDigestValue: s.newDigest(),
        LibraryVersion: '16.0.25919.12007', SiteFullUrl: s.siteUrl, SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: ['14.0.0.0', '15.0.0.0'] }, WebFullUrl: s.siteUrl,
      } } }, ctx.format);
    }
    const body: Record<string, unknown> = {};
    if (ctx.format === 'minimal') body['odata.metadata'] = `${s.siteUrl}/_api/$metadata#SP.ContextWebInformation`;
    Object.assign(body, {
      FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS, FormDigestValue: s.newDigest(), LibraryVersion: '16.0.25919.12007',
      SiteFullUrl: s.siteUrl, SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'], WebFullUrl: s.siteUrl,
    });
    return jsonResponse(body, ctx.format);
  });

  t.add('GET', 'web', ctx => { requireWeb(ctx); return ok(ctx, webEntity(ctx)); });
  t.add('GET', 'site', ctx => {
    requireWeb(ctx);
    const s = ctx.site;
    return ok(ctx, new OEntity({ type: 'SP.Site', uri: `${s.siteUrl}/_api/site`, editLink: 'site' }, { Id: s.siteId, ServerRelativeUrl: s.serverRelativeUrl, Url: s.siteUrl }));
  });
  t.add('MERGE', 'web', async ctx => {
    requireWeb(ctx, 'ManageWeb');
    const body = await ctx.json();
    if (typeof body.Title === 'string') ctx.site.setMeta('webTitle', body.Title);
    if (typeof body.Description === 'string') ctx.site.setMeta('webDescription', body.Description);
    return noContent();
  });

  t.add('GET', 'web/currentuser', ctx => {
    requireWeb(ctx);
    const p = ctx.site.principalById(ctx.actor.userId);
    if (!p) throw Errors.userNotFound();
    return ok(ctx, userEntity(ctx, p));
  });

  // the SharePoint groups a user is a direct member of (currentUser.groups, siteUsers.getById(n).groups)
  t.add('GET', 'web/currentuser/groups', ctx => {
    requireWeb(ctx);
    return okCollection(ctx, groupsOf(ctx, ctx.actor.userId).map(g => groupEntity(ctx, g)), 'SP.ApiData.Groups');
  });
  t.add('GET', 'web/siteusers()/groups', (ctx, params) => {
    requireWeb(ctx, 'BrowseUserInfo');
    const u = findSiteUser(ctx, ctx.site.siteUsers(), siteUserArg(params.siteusers));
    return okCollection(ctx, groupsOf(ctx, u.id).map(g => groupEntity(ctx, g)), 'SP.ApiData.Groups');
  });

  t.add('POST', 'web/ensureuser', async ctx => {
    requireWeb(ctx, 'BrowseUserInfo');
    const body = await ctx.json<{ logonName?: string }>();
    const login = String(body.logonName ?? '');
    const p = ctx.site.ensureByLogin(login);
    if (!p) throw Errors.ensureUserNotFound(login);
    return ok(ctx, userEntity(ctx, p));
  });

  t.add('GET', 'web/siteusers', ctx => {
    requireWeb(ctx, 'BrowseUserInfo');
    return okCollection(ctx, ctx.site.siteUsers().map(p => userEntity(ctx, p)), 'SP.ApiData.Users');
  });
  t.add('GET', 'web/siteusers()', (ctx, params) => {
    requireWeb(ctx, 'BrowseUserInfo');
    return ok(ctx, userEntity(ctx, findSiteUser(ctx, ctx.site.siteUsers(), siteUserArg(params.siteusers))));
  });
  t.add('DELETE', 'web/siteusers()', (ctx, params) => {
    requireWeb(ctx, 'ManagePermissions');
    const p = findSiteUser(ctx, ctx.site.siteUsers(), siteUserArg(params.siteusers));
    ctx.site.db.prepare('UPDATE principals SET in_site=0 WHERE id=?').run(p.id);
    ctx.site.db.prepare('DELETE FROM group_members WHERE user_id=?').run(p.id);
    return okEmpty();
  });

  // groups
  t.add('GET', 'web/sitegroups', ctx => {
    requireWeb(ctx, 'BrowseUserInfo');
    return okCollection(ctx, ctx.site.groups().map(g => groupEntity(ctx, g)), 'SP.ApiData.Groups');
  });
  t.add('POST', 'web/sitegroups', async ctx => {
    requireWeb(ctx, 'ManagePermissions');
    const body = await ctx.json<Record<string, unknown>>();
    const title = String(body.Title ?? '');
    if (!title) throw Errors.badRequest('The group name is empty.');
    if (ctx.site.principalByLogin(title)) throw Errors.nameInUse();
    const id = ctx.site.addGroup(title, (body.Description as string) ?? null, ctx.actor.userId);
    for (const k of ['AllowMembersEditMembership', 'OnlyAllowMembersViewMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave']) {
      if (k in body) setGroupProp(ctx, id, k, body[k]);
    }
    return ok(ctx, groupEntity(ctx, ctx.site.principalById(id) as IPrincipalRow), 201);
  });
  for (const assoc of ['associatedownergroup', 'associatedmembergroup', 'associatedvisitorgroup']) {
    t.add('GET', `web/${assoc}`, ctx => {
      requireWeb(ctx);
      const key = { associatedownergroup: 'associatedOwnerGroup', associatedmembergroup: 'associatedMemberGroup', associatedvisitorgroup: 'associatedVisitorGroup' }[assoc] as string;
      const g = ctx.site.principalById(Number(ctx.site.meta(key)));
      if (!g) throw Errors.groupNotFound();
      return ok(ctx, groupEntity(ctx, g));
    });
  }
  t.add('GET', 'web/sitegroups()', (ctx, p) => { requireWeb(ctx, 'BrowseUserInfo'); return ok(ctx, groupEntity(ctx, findGroup(ctx, p.sitegroups))); });
  t.add('MERGE', 'web/sitegroups()', async (ctx, p) => {
    const g = findGroup(ctx, p.sitegroups);
    requireGroupOwner(ctx, g);
    const body = await ctx.json<Record<string, unknown>>();
    if (typeof body.Title === 'string') ctx.site.db.prepare('UPDATE principals SET title=?, login=? WHERE id=?').run(body.Title, body.Title, g.id);
    if ('Description' in body) ctx.site.db.prepare('UPDATE principals SET description=? WHERE id=?').run(body.Description ?? null, g.id);
    for (const [k, v] of Object.entries(body)) if (!['Title', 'Description', '__metadata'].includes(k)) setGroupProp(ctx, g.id, k, v);
    return noContent();
  });
  t.add('POST', 'web/sitegroups()/setuserasowner()', (ctx, p) => {
    const g = findGroup(ctx, p.sitegroups);
    requireGroupOwner(ctx, g);
    const ownerId = Number(firstArg(ctx, 'setuserasowner'));
    const owner = ctx.site.principalById(ownerId);
    if (!owner) throw Errors.userNotFound();
    ctx.site.db.prepare('UPDATE principals SET owner_id=? WHERE id=?').run(owner.id, g.id);
    return okNull(ctx);
  });
  t.add('POST', 'web/sitegroups/removebyid()', ctx => {
    requireWeb(ctx, 'ManagePermissions');
    const id = Number(firstArg(ctx, 'removebyid'));
    removeGroup(ctx, id);
    return okNull(ctx);
  });
  t.add('DELETE', 'web/sitegroups()', (ctx, p) => { requireWeb(ctx, 'ManagePermissions'); removeGroup(ctx, findGroup(ctx, p.sitegroups).id); return okEmpty(); });
  t.add('GET', 'web/sitegroups()/users', (ctx, p) => {
    requireWeb(ctx, 'BrowseUserInfo');
    const g = findGroup(ctx, p.sitegroups);
    return okCollection(ctx, ctx.site.groupMembers(g.id).map(u => userEntity(ctx, u)), 'SP.ApiData.Users');
  });
  t.add('GET', 'web/sitegroups()/users()', (ctx, p) => {
    requireWeb(ctx, 'BrowseUserInfo');
    const g = findGroup(ctx, p.sitegroups);
    return ok(ctx, userEntity(ctx, findSiteUser(ctx, ctx.site.groupMembers(g.id), siteUserArg(p.users))));
  });
  t.add('POST', 'web/sitegroups()/users', async (ctx, p) => {
    const g = findGroup(ctx, p.sitegroups);
    requireGroupOwner(ctx, g);
    const body = await ctx.json<{ LoginName?: string }>();
    const login = String(body.LoginName ?? '');
    const u = ctx.site.ensureByLogin(login);
    if (!u) throw Errors.ensureUserNotFound(login);
    ctx.site.db.prepare('INSERT OR IGNORE INTO group_members(group_id,user_id) VALUES(?,?)').run(g.id, u.id);
    return ok(ctx, userEntity(ctx, u), 201);
  });
  t.add('POST', 'web/sitegroups()/users/removebyid()', (ctx, p) => {
    const g = findGroup(ctx, p.sitegroups);
    requireGroupOwner(ctx, g);
    ctx.site.db.prepare('DELETE FROM group_members WHERE group_id=? AND user_id=?').run(g.id, Number(firstArg(ctx, 'removebyid')));
    return okNull(ctx);
  });
  t.add('POST', 'web/sitegroups()/users/removebyloginname()', (ctx, p) => {
    const g = findGroup(ctx, p.sitegroups);
    requireGroupOwner(ctx, g);
    const u = ctx.site.principalByLogin(String(firstArg(ctx, 'removebyloginname')));
    if (u) ctx.site.db.prepare('DELETE FROM group_members WHERE group_id=? AND user_id=?').run(g.id, u.id);
    return okNull(ctx);
  });
  t.add('DELETE', 'web/sitegroups()/users()', (ctx, p) => {
    const g = findGroup(ctx, p.sitegroups);
    requireGroupOwner(ctx, g);
    const u = findSiteUser(ctx, ctx.site.groupMembers(g.id), siteUserArg(p.users));
    ctx.site.db.prepare('DELETE FROM group_members WHERE group_id=? AND user_id=?').run(g.id, u.id);
    return okEmpty();
  });

  // role definitions
  t.add('GET', 'web/roledefinitions', ctx => { requireWeb(ctx); return okCollection(ctx, ctx.site.roleDefs().map(r => roleDefEntity(ctx, r)), 'SP.ApiData.RoleDefinitions'); });
  t.add('GET', 'web/roledefinitions()', (ctx, p) => { requireWeb(ctx); return ok(ctx, roleDefEntity(ctx, findRoleDef(ctx, p.roledefinitions))); });
  t.add('POST', 'web/roledefinitions', async ctx => {
    requireWeb(ctx, 'ManagePermissions');
    const body = await ctx.json<Record<string, unknown>>();
    const bp = (body.BasePermissions ?? {}) as { High?: string; Low?: string };
    const id = Number(ctx.site.meta('nextRoleDefId'));
    ctx.site.setMeta('nextRoleDefId', String(id + 1));
    ctx.site.db.prepare('INSERT INTO role_defs(id,name,description,high,low,role_type,ord,hidden) VALUES(?,?,?,?,?,?,?,0)')
      .run(id, String(body.Name), String(body.Description ?? ''), String(bp.High ?? '0'), String(bp.Low ?? '0'), 0, Number(body.Order ?? 100));
    return ok(ctx, roleDefEntity(ctx, ctx.site.roleDef(id) as IRoleDefRow), 201);
  });
  t.add('DELETE', 'web/roledefinitions()', (ctx, p) => {
    requireWeb(ctx, 'ManagePermissions');
    const r = findRoleDef(ctx, p.roledefinitions);
    ctx.site.db.prepare('DELETE FROM role_defs WHERE id=?').run(r.id);
    ctx.site.db.prepare('DELETE FROM role_assignments WHERE role_id=?').run(r.id);
    return okEmpty();
  });
}

export function firstArg(ctx: ISpContext, fn: string): unknown {
  const seg = ctx.segments.find(s => s.key === fn);
  return seg?.args?.positional[0] ?? (seg?.args ? Object.values(seg.args.named)[0] : undefined);
}

export function webEntity(ctx: ISpContext): OEntity {
  const s = ctx.site;
  return new OEntity({ type: 'SP.Web', uri: `${s.siteUrl}/_api/Web`, editLink: 'Web', fragment: 'SP.Web' }, {
    AllowRssFeeds: true, AlternateCssUrl: '', AppInstanceId: '00000000-0000-0000-0000-000000000000', ClassicWelcomePage: null,
    Configuration: 0, Created: s.meta('webCreated'), CurrentChangeToken: new OComplex('SP.ChangeToken', { StringValue: `1;2;${s.webId};0;-1` }),
    CustomMasterUrl: `${s.serverRelativeUrl}/_catalogs/masterpage/seattle.master`, Description: s.meta('webDescription') ?? '',
    DesignPackageId: '00000000-0000-0000-0000-000000000000', DocumentLibraryCalloutOfficeWebAppPreviewersDisabled: false,
    EnableMinimalDownload: false, FooterEmphasis: 0, FooterEnabled: false, FooterLayout: 0, HeaderEmphasis: 0, HeaderLayout: 0,
    HideTitleInHeader: false, HorizontalQuickLaunch: false, Id: s.webId, IsEduClass: false, IsEduClassProvisionChecked: false,
    IsEduClassProvisionPending: false, IsHomepageModernized: false, IsMultilingual: true, IsRevertHomepageLinkHidden: false,
    Language: 1041, LastItemModifiedDate: s.meta('webCreated'), LastItemUserModifiedDate: s.meta('webCreated'), LogoAlignment: 0,
    MasterUrl: `${s.serverRelativeUrl}/_catalogs/masterpage/seattle.master`, MegaMenuEnabled: false, NavAudienceTargetingEnabled: false,
    NoCrawl: false, ObjectCacheEnabled: false, OverwriteTranslationsOnChange: false, ResourcePath: new OComplex('SP.ResourcePath', { DecodedUrl: s.siteUrl }),
    QuickLaunchEnabled: true, RecycleBinEnabled: true, SearchScope: 0, ServerRelativeUrl: s.serverRelativeUrl, SiteLogoUrl: null,
    SyndicationEnabled: true, TenantAdminMembersCanShare: 0, Title: s.webTitle, TreeViewEnabled: false, UIVersion: 15,
    UIVersionConfigurationEnabled: false, Url: s.siteUrl, WebTemplate: 'STS', WelcomePage: 'SitePages/Home.aspx',
  });
}

export function userEntity(ctx: ISpContext, p: IPrincipalRow): OEntity {
  const s = ctx.site;
  const dir = p.upn ? findDirectoryUser(p.upn) : undefined;
  return new OEntity({ type: 'SP.User', uri: `${s.siteUrl}/_api/Web/GetUserById(${p.id})`, editLink: `Web/GetUserById(${p.id})`, fragment: 'SP.ApiData.Users/@Element' }, {
    Id: p.id, IsHiddenInUI: false, LoginName: p.login, Title: p.title, PrincipalType: p.kind, Email: p.email ?? '', Expiration: '',
    IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: p.site_admin === 1,
    UserId: dir ? new OComplex('SP.UserIdInfo', { NameId: dir.id.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' }) : null,
    UserPrincipalName: p.upn ?? null,
  });
}

export function groupEntity(ctx: ISpContext, g: IPrincipalRow): OEntity {
  const s = ctx.site;
  const props = JSON.parse(g.props) as Record<string, unknown>;
  const owner = g.owner_id ? s.principalById(g.owner_id) : undefined;
  return new OEntity({ type: 'SP.Group', uri: `${s.siteUrl}/_api/Web/SiteGroups/GetById(${g.id})`, editLink: `Web/SiteGroups/GetById(${g.id})`, fragment: 'SP.ApiData.Groups/@Element' }, {
    Id: g.id, IsHiddenInUI: false, LoginName: g.login, Title: g.title, PrincipalType: 8,
    AllowMembersEditMembership: props.AllowMembersEditMembership ?? false, AllowRequestToJoinLeave: props.AllowRequestToJoinLeave ?? false,
    AutoAcceptRequestToJoinLeave: props.AutoAcceptRequestToJoinLeave ?? false, Description: g.description,
    OnlyAllowMembersViewMembership: props.OnlyAllowMembersViewMembership ?? true, OwnerTitle: owner?.title ?? g.title,
    RequestToJoinLeaveEmailSetting: '',
  });
}

export function roleDefEntity(ctx: ISpContext, r: IRoleDefRow): OEntity {
  const s = ctx.site;
  return new OEntity({ type: 'SP.RoleDefinition', uri: `${s.siteUrl}/_api/Web/RoleDefinitions(${r.id})`, editLink: `Web/RoleDefinitions(${r.id})`, fragment: 'SP.ApiData.RoleDefinitions/@Element' }, {
    BasePermissions: new OComplex('SP.BasePermissions', { High: r.high, Low: r.low }), Description: r.description, Hidden: r.hidden === 1,
    Id: r.id, Name: r.name, Order: r.ord, RoleTypeKind: r.role_type,
  });
}

export function basePermissions(mask: bigint): OComplex {
  return new OComplex('SP.BasePermissions', toBasePermissions(mask));
}

function groupsOf(ctx: ISpContext, userId: number): IPrincipalRow[] {
  return ctx.site.db.prepare('SELECT p.* FROM principals p JOIN group_members m ON m.group_id=p.id WHERE m.user_id=? AND p.kind=8 ORDER BY p.id').all(userId) as IPrincipalRow[];
}

function siteUserArg(seg: ICanonicalSegment): { by: string; value: string } {
  return { by: seg.by ?? 'key', value: String(seg.value ?? '') };
}

function findSiteUser(ctx: ISpContext, pool: IPrincipalRow[], a: { by: string; value: string }): IPrincipalRow {
  const v = a.value.toLowerCase();
  const p = pool.find(u => {
    if (a.by === 'id' || (a.by === 'key' && /^\d+$/.test(v))) return u.id === Number(v);
    if (a.by === 'email') return (u.email ?? '').toLowerCase() === v;
    return u.login.toLowerCase() === v;
  });
  if (!p) throw Errors.userNotFound();
  return p;
}

function findGroup(ctx: ISpContext, seg: ICanonicalSegment): IPrincipalRow {
  const v = String(seg.value ?? '');
  const g = seg.by === 'name' ? ctx.site.groups().find(x => x.title.toLowerCase() === v.toLowerCase()) : ctx.site.principalById(Number(v));
  if (!g || g.kind !== 8) throw Errors.groupNotFound();
  return g;
}

function findRoleDef(ctx: ISpContext, seg: ICanonicalSegment): IRoleDefRow {
  const v = seg.value;
  const defs = ctx.site.roleDefs();
  const r = seg.by === 'name' ? defs.find(d => d.name.toLowerCase() === String(v).toLowerCase())
    : seg.by === 'type' ? defs.find(d => d.role_type === Number(v)) : defs.find(d => d.id === Number(v));
  // [UNVERIFIED] status and message for an unknown role definition
  if (!r) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find role definition.');
  return r;
}

function requireGroupOwner(ctx: ISpContext, g: IPrincipalRow): void {
  if (ctx.actor.isAdmin) return;
  if (g.owner_id && ctx.actor.principalIds.includes(g.owner_id)) return;
  requireWeb(ctx, 'ManagePermissions');
}

function setGroupProp(ctx: ISpContext, id: number, k: string, v: unknown): void {
  const g = ctx.site.principalById(id) as IPrincipalRow;
  const props = JSON.parse(g.props) as Record<string, unknown>;
  props[k] = v;
  ctx.site.db.prepare('UPDATE principals SET props=? WHERE id=?').run(JSON.stringify(props), id);
}

function removeGroup(ctx: ISpContext, id: number): void {
  const g = ctx.site.principalById(id);
  if (!g || g.kind !== 8) throw Errors.groupNotFound();
  ctx.site.db.prepare('DELETE FROM group_members WHERE group_id=?').run(id);
  ctx.site.db.prepare('DELETE FROM role_assignments WHERE principal_id=?').run(id);
  ctx.site.db.prepare('DELETE FROM principals WHERE id=?').run(id);
}

export { WEB_SCOPE };
