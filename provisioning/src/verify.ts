/**
 * verify: a read-only compliance report. Three checks, all failing the report when violated:
 *  1. per list × opsdesk group: the permission levels bound on the list (its own, or the site's while it
 *     inherits) are exactly what the schema grants — more is a violation (least privilege, seed §6), less too;
 *  2. per list × roster user: SharePoint's effective permissions (getUserEffectivePermissions, which counts every
 *     route: site groups, direct grants) stay within what the user's opsdesk roles grant;
 *  3. vendor isolation on lists whose items carry per-vendor permissions: no item of one vendor (or unassigned)
 *     is readable by another vendor's group — items still inheriting the list are readable by every vendor. On
 *     public registers each vendor keeps up (itemSecurity `ownVendorEdits`: services, FAQ) every vendor reads, so
 *     the check is on writing instead: no item is editable by a vendor group other than its own vendor's.
 */
import type { IListDef, RoleKey } from '../../src/schema';
import { LEVEL_ORDER, isSystemRole, levelOf, roleDefFor } from './levels';
import type { SPFI } from './pnp';
import { MAX_BATCH, readSite } from './readSite';
import type { IActualRoleDef, IActualSite, IDesiredGroup, IDesiredSite, Lang, PermissionLevel } from './types';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type CellStatus = 'ok' | 'exceeds' | 'missing' | 'listMissing';

export interface IGroupCell {
  listKey: string;
  groupKey: string;
  role: RoleKey;
  expected: PermissionLevel | 'none';
  granted: ReadonlyArray<string>;
  status: CellStatus;
}

export interface IUserCell {
  listKey: string;
  upn: string;
  groupKeys: ReadonlyArray<string>;
  status: 'ok' | 'exceeds' | 'unknownUser';
  /** Permission kinds the user has beyond what the roles grant. */
  extra: ReadonlyArray<string>;
}

export interface IIsolationFinding {
  listKey: string;
  itemId: number;
  vendorKey: string | null;
  /** Vendor group keys that can read the item although it is not theirs (empty on `ownVendorEdits` lists). */
  readableBy: ReadonlyArray<string>;
  /** `ownVendorEdits` lists: vendor group keys that can edit the item although it is not theirs. */
  editableBy?: ReadonlyArray<string>;
  inherits: boolean;
}

export interface IVerifyReport {
  ok: boolean;
  groups: ReadonlyArray<IGroupCell>;
  users: ReadonlyArray<IUserCell>;
  isolation: ReadonlyArray<IIsolationFinding>;
  /** Items examined per isolated list. */
  itemsChecked: Readonly<Record<string, number>>;
}

/** Permission kind → bit (kind − 1) of the 64-bit mask (sharepoint-rest.md §6). */
const KINDS: Readonly<Record<string, number>> = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6, ViewVersions: 7,
  DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12, ViewFormPages: 13, AnonymousSearchAccessList: 14,
  Open: 17, ViewPages: 18, AddAndCustomizePages: 19, ApplyThemeAndBorder: 20, ApplyStyleSheets: 21, ViewUsageData: 22,
  CreateSSCSite: 23, ManageSubwebs: 24, CreateGroups: 25, ManagePermissions: 26, BrowseDirectories: 27, BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29, UpdatePersonalWebParts: 30, ManageWeb: 31, AnonymousSearchAccessWebLists: 32,
  UseClientIntegration: 37, UseRemoteAPIs: 38, ManageAlerts: 39, CreateAlerts: 40, EditMyUserInfo: 41, EnumeratePermissions: 63
};

function mask(high: string | number, low: string | number): bigint {
  return (BigInt(high) << BigInt(32)) | BigInt(low);
}

function maskOfDef(d: IActualRoleDef): bigint {
  return mask(d.high, d.low);
}

function kindsIn(m: bigint): string[] {
  return Object.keys(KINDS).filter((k) => (m & (BigInt(1) << BigInt(KINDS[k] - 1))) !== BigInt(0));
}

/** Lists whose items hold one vendor's data, and how an item says it is shared with every vendor. */
function isolation(list: IListDef): { vendorField?: string; sharedField?: { name: string; sharedWhen: boolean }; edit?: boolean } | undefined {
  if (list.itemSecurity === 'inherit') return undefined;
  const f = list.fields as Record<string, { internalName: string } | undefined>;
  const vendorField = f.vendorKey?.internalName;
  if (list.itemSecurity === 'ownVendorEdits') return { vendorField, edit: true };
  if (f.sharedWithAll) return { vendorField, sharedField: { name: f.sharedWithAll.internalName, sharedWhen: true } };
  if (f.restricted) return { vendorField, sharedField: { name: f.restricted.internalName, sharedWhen: false } };
  return { vendorField };
}

function groupCells(desired: IDesiredSite, actual: IActualSite): IGroupCell[] {
  const cells: IGroupCell[] = [];
  for (const list of desired.lists) {
    const a = actual.lists[list.key];
    for (const group of desired.groups) {
      const expected = (desired.listGrants[list.key] ?? []).find((g) => g.groupKey === group.key)?.level ?? 'none';
      if (!a) {
        cells.push({ listKey: list.key, groupKey: group.key, role: group.role, expected, granted: [], status: 'listMissing' });
        continue;
      }
      const ra = a.roleAssignments.find((x) => x.principal.principalType === 8 && x.principal.title.toLowerCase() === group.title.toLowerCase());
      const defs = (ra?.roleDefIds ?? []).map((id) => actual.roleDefinitions.find((d) => d.id === id)).filter((d) => !isSystemRole(d)) as IActualRoleDef[];
      const granted = defs.map((d) => levelOf(d) ?? d.name);
      const exceeds = defs.some((d) => levelOf(d) !== expected);
      const missing = expected !== 'none' && !defs.some((d) => levelOf(d) === expected);
      cells.push({ listKey: list.key, groupKey: group.key, role: group.role, expected, granted, status: exceeds ? 'exceeds' : missing ? 'missing' : 'ok' });
    }
  }
  return cells;
}

async function userCells(sp: SPFI, desired: IDesiredSite, actual: IActualSite): Promise<IUserCell[]> {
  // Limited Access is what SharePoint itself adds on the way to an item a user may open; anything else counts
  // (Restricted View or the LimitedView/LimitedEdit levels of sharing links included).
  const limited = actual.roleDefinitions.filter((d) => d.roleTypeKind === 1).reduce((m, d) => m | maskOfDef(d), BigInt(0));
  const users = new Map<string, IDesiredGroup[]>();
  for (const g of desired.groups) for (const upn of g.members ?? []) users.set(upn, [...(users.get(upn) ?? []), g]);
  if (!users.size) return [];
  const [b, execute] = sp.batched({ maxRequests: MAX_BATCH });
  const pending: Array<{ listKey: string; upn: string; groups: IDesiredGroup[]; p: Promise<Json | null> }> = [];
  for (const list of desired.lists) {
    const a = actual.lists[list.key];
    if (!a) continue;
    for (const [upn, groups] of users) {
      const p = b.web.lists.getById(a.id).getUserEffectivePermissions(`i:0#.f|membership|${upn}`).then((x) => x as Json, () => null);
      pending.push({ listKey: list.key, upn, groups, p });
    }
  }
  await execute();
  const cells: IUserCell[] = [];
  for (const x of pending) {
    const eff = await x.p;
    if (!eff) {
      cells.push({ listKey: x.listKey, upn: x.upn, groupKeys: x.groups.map((g) => g.key), status: 'unknownUser', extra: [] });
      continue;
    }
    let allowed = limited;
    for (const g of x.groups) {
      const level = (desired.listGrants[x.listKey] ?? []).find((gr) => gr.groupKey === g.key)?.level;
      const def = level ? roleDefFor(level, actual.roleDefinitions) : undefined;
      if (def) allowed |= maskOfDef(def);
    }
    const have = mask(eff.High ?? '0', eff.Low ?? '0');
    const extra = kindsIn(have & ~allowed);
    cells.push({ listKey: x.listKey, upn: x.upn, groupKeys: x.groups.map((g) => g.key), status: extra.length ? 'exceeds' : 'ok', extra });
  }
  return cells;
}

const READ_BIT = BigInt(1);
const EDIT_BIT = BigInt(1) << BigInt(KINDS.EditListItems - 1);

async function isolationFindings(
  sp: SPFI, desired: IDesiredSite, actual: IActualSite, maxItems: number
): Promise<{ findings: IIsolationFinding[]; checked: Record<string, number> }> {
  const vendorGroups = desired.groups.filter((g) => g.role === 'vendor');
  const findings: IIsolationFinding[] = [];
  const checked: Record<string, number> = {};
  const holders = (bit: bigint) => (assignments: ReadonlyArray<{ principal: { title: string; principalType: number }; roleDefIds: ReadonlyArray<number> }>): string[] =>
    vendorGroups
      .filter((g) => assignments.some((a) => a.principal.principalType === 8 && a.principal.title.toLowerCase() === g.title.toLowerCase()
        && a.roleDefIds.some((id) => {
          const d = actual.roleDefinitions.find((x) => x.id === id);
          return !!d && !isSystemRole(d) && (maskOfDef(d) & bit) !== BigInt(0);
        })))
      .map((g) => g.key);
  const authorVendor = (authorId: number): string | null => {
    const group = vendorGroups.find((g) => actual.groups.some((a) => a.title.toLowerCase() === g.title.toLowerCase() && (a.members ?? []).some((m) => m.id === authorId)));
    return group && group.vendorKey ? group.vendorKey : null;
  };
  for (const list of desired.lists) {
    const rule = isolation(list);
    const a = actual.lists[list.key];
    if (!rule || !a) continue;
    const readers = holders(rule.edit ? EDIT_BIT : READ_BIT);
    const finding = (itemId: number, vendorKey: string | null, others: string[], inherits: boolean): IIsolationFinding =>
      rule.edit ? { listKey: list.key, itemId, vendorKey, readableBy: [], editableBy: others, inherits } : { listKey: list.key, itemId, vendorKey, readableBy: others, inherits };
    const listReaders = readers(a.roleAssignments);
    const select = ['Id', 'HasUniqueRoleAssignments', ...(rule.edit ? ['AuthorId'] : []), ...(rule.vendorField ? [rule.vendorField] : []), ...(rule.sharedField ? [rule.sharedField.name] : [])];
    // On ownVendorEdits lists an entry with no vendor is its author's vendor's, as the notifier secures it.
    const vendorOf = (item: Json): string | null => {
      const own = rule.vendorField ? ((item[rule.vendorField] as string | null) ?? null) : null;
      return own || (rule.edit ? authorVendor(Number(item.AuthorId)) : null);
    };
    const items: Json[] = [];
    for await (const page of sp.web.lists.getById(a.id).items.select(...select).top(Math.min(5000, maxItems))) {
      items.push(...(page as Json[]));
      if (items.length >= maxItems) break;
    }
    checked[list.key] = items.length;
    const unique: Json[] = [];
    for (const item of items) {
      const vendorKey = vendorOf(item);
      const shared = rule.sharedField ? Boolean(item[rule.sharedField.name]) === rule.sharedField.sharedWhen : false;
      if (shared) continue;
      if (!item.HasUniqueRoleAssignments) {
        const others = listReaders.filter((k) => k !== `vendor:${vendorKey}`);
        if (others.length) findings.push(finding(Number(item.Id), vendorKey, others, true));
      } else unique.push(item);
    }
    if (!unique.length) continue;
    const [b, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const reads = unique.map((item) => ({
      item,
      p: b.web.lists.getById(a.id).items.getById(Number(item.Id)).roleAssignments.expand('Member', 'RoleDefinitionBindings')().then((r) => r as Json[], () => null)
    }));
    await execute();
    for (const r of reads) {
      const rows = await r.p;
      if (!rows) continue;
      const vendorKey = vendorOf(r.item);
      const onItem = readers(rows.map((x) => ({
        principal: { title: String(x.Member?.Title ?? ''), principalType: Number(x.Member?.PrincipalType ?? 0) },
        roleDefIds: (Array.isArray(x.RoleDefinitionBindings) ? x.RoleDefinitionBindings : x.RoleDefinitionBindings?.results ?? []).map((d: Json) => Number(d.Id))
      })));
      // Without a vendor column (proposals follow their issue) one vendor group per item is the most there may be.
      const others = rule.vendorField ? onItem.filter((k) => k !== `vendor:${vendorKey}`) : onItem.length > 1 ? onItem : [];
      if (others.length) findings.push(finding(Number(r.item.Id), vendorKey, others, false));
    }
  }
  return { findings, checked };
}

export interface IVerifyOptions {
  /** Items examined per vendor-isolated list (default 5,000). */
  maxItemsPerList?: number;
}

export async function verify(sp: SPFI, desired: IDesiredSite, options: IVerifyOptions = {}): Promise<IVerifyReport> {
  const actual = await readSite(sp, desired);
  const groups = groupCells(desired, actual);
  const users = await userCells(sp, desired, actual);
  const { findings, checked } = await isolationFindings(sp, desired, actual, options.maxItemsPerList ?? 5000);
  const ok = groups.every((c) => c.status === 'ok') && users.every((c) => c.status !== 'exceeds') && findings.length === 0;
  return { ok, groups, users, isolation: findings, itemsChecked: checked };
}

const LEVEL_LABEL: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  none: { ja: '—', en: '—' },
  read: { ja: '閲覧', en: 'Read' },
  contribute: { ja: '投稿', en: 'Contribute' },
  edit: { ja: '編集', en: 'Edit' },
  design: { ja: 'デザイン', en: 'Design' },
  fullControl: { ja: 'フル', en: 'Full' }
};

function label(level: string, lang: Lang): string {
  return LEVEL_LABEL[level]?.[lang] ?? level;
}

export function renderVerify(r: IVerifyReport, desired: IDesiredSite, lang: Lang = 'ja'): string {
  const out: string[] = [];
  const groups = desired.groups;
  out.push(lang === 'ja' ? '一覧 × ロール（期待 / 実際）' : 'List × role (expected / actual)');
  out.push(['', ...groups.map((g) => g.key)].join('\t'));
  for (const list of desired.lists) {
    const cells = groups.map((g) => {
      const c = r.groups.find((x) => x.listKey === list.key && x.groupKey === g.key)!;
      if (c.status === 'listMissing') return lang === 'ja' ? '✗ 一覧なし' : '✗ no list';
      const mark = c.status === 'ok' ? '✓' : '✗';
      const granted = c.granted.length ? c.granted.map((x) => label(x, lang)).join('+') : label('none', lang);
      return c.status === 'ok' ? `${mark} ${label(c.expected, lang)}` : `${mark} ${label(c.expected, lang)}/${granted}`;
    });
    out.push([`${list.title[lang]}`, ...cells].join('\t'));
  }
  const exceeding = r.users.filter((u) => u.status === 'exceeds');
  if (r.users.length) {
    out.push(lang === 'ja'
      ? `名簿の利用者の実効権限: ${r.users.length - exceeding.length}/${r.users.length} 件がロールの範囲内`
      : `Roster users' effective permissions: ${r.users.length - exceeding.length}/${r.users.length} within their roles`);
    for (const u of exceeding) out.push(`  ✗ ${u.listKey} ${u.upn}: ${u.extra.join(', ')}`);
    const unknown = r.users.filter((u) => u.status === 'unknownUser');
    if (unknown.length) out.push(lang === 'ja' ? `  · 確認できない利用者 ${unknown.length} 件` : `  · ${unknown.length} user check(s) could not be made`);
  }
  const checked = Object.keys(r.itemsChecked).map((k) => `${k} ${r.itemsChecked[k]}`).join(', ');
  out.push(lang === 'ja' ? `事業者間の分離（確認したアイテム: ${checked || 'なし'}）` : `Vendor isolation (items checked: ${checked || 'none'})`);
  for (const f of r.isolation) {
    if (f.editableBy) {
      out.push(lang === 'ja'
        ? `  ✗ ${f.listKey} #${f.itemId}（事業者 ${f.vendorKey ?? '未割当'}）を ${f.editableBy.join(', ')} が編集できます${f.inherits ? '（一覧の権限を継承）' : ''}`
        : `  ✗ ${f.listKey} #${f.itemId} (vendor ${f.vendorKey ?? 'unassigned'}) is editable by ${f.editableBy.join(', ')}${f.inherits ? ' (inherits the list)' : ''}`);
      continue;
    }
    out.push(lang === 'ja'
      ? `  ✗ ${f.listKey} #${f.itemId}（事業者 ${f.vendorKey ?? '未割当'}）を ${f.readableBy.join(', ')} が閲覧できます${f.inherits ? '（一覧の権限を継承）' : ''}`
      : `  ✗ ${f.listKey} #${f.itemId} (vendor ${f.vendorKey ?? 'unassigned'}) is readable by ${f.readableBy.join(', ')}${f.inherits ? ' (inherits the list)' : ''}`);
  }
  out.push(r.ok ? (lang === 'ja' ? '結果: 合格' : 'Result: PASS') : (lang === 'ja' ? '結果: 不合格' : 'Result: FAIL'));
  return out.join('\n');
}

export { LEVEL_ORDER };
