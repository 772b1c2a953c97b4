/**
 * Reads everything plan() compares in one `$batch` (chunked at 100 parts, SharePoint's limit): the web,
 * role definitions, site groups, the web's role assignments, the members of the opsdesk groups, and per list
 * its settings, fields, views and role assignments. A list or group that does not exist comes back as a
 * 404 part and is reported as missing; any other failure is an error.
 */
import type { SPFI } from './pnp';
import { listUrlName } from './plan';
import type {
  IActualAssignment, IActualField, IActualGroup, IActualList, IActualPrincipal, IActualRoleDef, IActualSite, IActualUser, IActualView, IDesiredSite
} from './types';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const MAX_BATCH = 100;

interface ISettled<T> { ok: boolean; value?: T; error?: { status?: number; message: string } }

function settle<T>(p: Promise<T>): Promise<ISettled<T>> {
  return p.then(
    (value) => ({ ok: true, value }),
    (e: { status?: number; message?: string }) => ({ ok: false, error: { status: e?.status, message: e?.message ?? String(e) } })
  );
}

function isNotFound(s: ISettled<unknown>): boolean {
  return !s.ok && s.error?.status === 404;
}

function unwrap<T>(s: ISettled<T>, what: string): T {
  if (!s.ok) throw new Error(`Reading ${what} failed: ${s.error?.message}`);
  return s.value as T;
}

/** The web's server-relative URL, known from the SPFI's base URL without a request. */
export function serverRelativeWebUrl(sp: SPFI): { webUrl: string; serverRelativeUrl: string } {
  const absolute = sp.web.toUrl().replace(/\/_api\/.*$/i, '').replace(/\/$/, '');
  const u = new URL(absolute);
  return { webUrl: absolute, serverRelativeUrl: u.pathname.replace(/\/$/, '') };
}

function results(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v && typeof v === 'object' && Array.isArray((v as Json).results)) return (v as Json).results as unknown[];
  return [];
}

function toRoleDef(d: Json): IActualRoleDef {
  return {
    id: Number(d.Id), name: String(d.Name), roleTypeKind: Number(d.RoleTypeKind), hidden: d.Hidden === true,
    high: String(d.BasePermissions?.High ?? '0'), low: String(d.BasePermissions?.Low ?? '0')
  };
}

function toPrincipal(m: Json | undefined, id: number): IActualPrincipal {
  return { id: Number(m?.Id ?? id), title: String(m?.Title ?? ''), loginName: String(m?.LoginName ?? ''), principalType: Number(m?.PrincipalType ?? 0) };
}

function toAssignments(rows: Json[]): IActualAssignment[] {
  return rows.map((a) => ({
    principal: toPrincipal(a.Member, Number(a.PrincipalId)),
    roleDefIds: results(a.RoleDefinitionBindings).map((b) => Number((b as Json).Id))
  }));
}

function toUser(u: Json): IActualUser {
  return { id: Number(u.Id), loginName: String(u.LoginName ?? ''), upn: u.UserPrincipalName ?? null, email: u.Email ?? null, title: String(u.Title ?? '') };
}

function num(v: unknown): number | undefined {
  return v === undefined || v === null || v === '' ? undefined : Number(v);
}

export function toField(f: Json): IActualField {
  const schemaXml = String(f.SchemaXml ?? '');
  const mode = /\bRichTextMode="([^"]+)"/.exec(schemaXml);
  const lookupList = typeof f.LookupList === 'string' ? f.LookupList.replace(/[{}]/g, '').toLowerCase() : undefined;
  return {
    id: String(f.Id),
    internalName: String(f.InternalName),
    title: String(f.Title ?? ''),
    typeAsString: String(f.TypeAsString ?? ''),
    fieldTypeKind: Number(f.FieldTypeKind),
    required: f.Required === true,
    indexed: f.Indexed === true,
    enforceUniqueValues: f.EnforceUniqueValues === true,
    hidden: f.Hidden === true,
    description: String(f.Description ?? ''),
    defaultValue: f.DefaultValue ?? null,
    maxLength: num(f.MaxLength),
    choices: f.Choices === undefined ? undefined : (results(f.Choices) as string[]),
    richText: typeof f.RichText === 'boolean' ? f.RichText : undefined,
    richTextMode: mode ? mode[1] : undefined,
    displayFormat: num(f.DisplayFormat),
    selectionMode: num(f.SelectionMode),
    allowMultipleValues: typeof f.AllowMultipleValues === 'boolean' ? f.AllowMultipleValues : undefined,
    lookupListId: lookupList,
    lookupField: f.LookupField ?? undefined,
    minimumValue: num(f.MinimumValue),
    maximumValue: num(f.MaximumValue)
  };
}

export function viewFieldsOf(v: Json): string[] {
  const items = v.ViewFields?.Items;
  if (items) return results(items) as string[];
  const xml = String(v.ListViewXml ?? '');
  const block = /<ViewFields>([\s\S]*?)<\/ViewFields>/i.exec(xml);
  if (!block) return [];
  const out: string[] = [];
  const re = /<FieldRef\b[^>]*\bName=["']([^"']+)["']/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block[1]))) out.push(m[1]);
  return out;
}

export function toView(v: Json): IActualView {
  const url = String(v.ServerRelativeUrl ?? v.ServerRelativePath?.DecodedUrl ?? '');
  const file = url.split('/').pop() ?? '';
  return {
    id: String(v.Id).replace(/[{}]/g, '').toLowerCase(),
    title: String(v.Title ?? ''),
    fileName: file.replace(/\.aspx$/i, ''),
    defaultView: v.DefaultView === true,
    personalView: v.PersonalView === true,
    rowLimit: Number(v.RowLimit ?? 0),
    viewQuery: String(v.ViewQuery ?? ''),
    fields: viewFieldsOf(v)
  };
}

const LIST_SELECT = ['Id', 'Title', 'Description', 'BaseTemplate', 'EnableVersioning', 'EnableModeration', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments'];

/** Reads the site's actual state for the desired lists and groups; see the module comment for what and how. */
export async function readSite(sp: SPFI, desired: IDesiredSite): Promise<IActualSite> {
  const { webUrl, serverRelativeUrl } = serverRelativeWebUrl(sp);
  const [b, execute] = sp.batched({ maxRequests: MAX_BATCH });
  const roleDefs = settle(b.web.roleDefinitions());
  const groups = settle(b.web.siteGroups.select('Id', 'Title', 'Description', 'OwnerTitle', 'LoginName')());
  const webAssignments = settle(b.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')());
  const members = desired.groups.map((g) => settle(b.web.siteGroups.getByName(g.title).users()));
  const lists = desired.lists.map((list) => {
    const l = b.web.getList(`${serverRelativeUrl}/${list.url}`);
    return {
      key: list.key,
      url: list.url,
      info: settle(l.select(...LIST_SELECT)()),
      fields: settle(l.fields()),
      views: settle(l.views.expand('ViewFields')()),
      assignments: settle(l.roleAssignments.expand('Member', 'RoleDefinitionBindings')())
    };
  });
  await execute();

  const actualGroups: IActualGroup[] = (unwrap(await groups, 'site groups') as Json[]).map((g) => ({
    id: Number(g.Id), title: String(g.Title), description: g.Description ?? null, ownerTitle: g.OwnerTitle ?? null
  }));
  for (let i = 0; i < desired.groups.length; i++) {
    const group = actualGroups.find((g) => g.title.toLowerCase() === desired.groups[i].title.toLowerCase());
    const users = await members[i];
    if (!group) continue;
    group.members = (unwrap(users, `members of ${group.title}`) as Json[]).map(toUser);
  }
  const actualLists: Record<string, IActualList | null> = {};
  for (const l of lists) {
    const info = await l.info;
    if (isNotFound(info)) {
      actualLists[l.key] = null;
      continue;
    }
    const i = unwrap(info, `list ${l.url}`) as Json;
    actualLists[l.key] = {
      id: String(i.Id).toLowerCase(),
      title: String(i.Title ?? ''),
      description: String(i.Description ?? ''),
      url: l.url,
      template: Number(i.BaseTemplate),
      enableVersioning: i.EnableVersioning === true,
      enableModeration: i.EnableModeration === true,
      readSecurity: Number(i.ReadSecurity ?? 1),
      writeSecurity: Number(i.WriteSecurity ?? 1),
      hasUniqueRoleAssignments: i.HasUniqueRoleAssignments === true,
      fields: (unwrap(await l.fields, `fields of ${l.url}`) as Json[]).map(toField),
      views: (unwrap(await l.views, `views of ${l.url}`) as Json[]).map(toView),
      roleAssignments: toAssignments(unwrap(await l.assignments, `role assignments of ${l.url}`) as Json[])
    };
  }
  return {
    webUrl,
    serverRelativeUrl,
    roleDefinitions: (unwrap(await roleDefs, 'role definitions') as Json[]).map(toRoleDef),
    groups: actualGroups,
    webRoleAssignments: toAssignments(unwrap(await webAssignments, 'web role assignments') as Json[]),
    lists: actualLists
  };
}
