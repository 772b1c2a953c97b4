import { createHash, createHmac, randomUUID } from 'crypto';
import type { Db } from '../store/db';
import {
  APP_PRINCIPAL_ID, Caller, DIRECTORY, EVERYONE_EXCEPT_EXTERNAL, IDirectoryUser, TENANT_ID, findDirectoryUser, loginNameOf,
} from '../identity';
import {
  DEFAULT_ROLE_DEFS, EMPTY_MASK, FULL_MASK, PermissionName, ROLE_EDIT, ROLE_FULL_CONTROL, ROLE_LIMITED_ACCESS, ROLE_READ, has, maskOf,
} from './permissions';

export interface IPrincipalRow {
  id: number;
  kind: number; // 1 user, 4 security group (claims), 8 SharePoint group
  login: string;
  title: string;
  email: string | null;
  upn: string | null;
  site_admin: number;
  in_site: number;
  owner_id: number | null;
  description: string | null;
  props: string;
}

export interface IRoleDefRow {
  id: number; name: string; description: string; high: string; low: string; role_type: number; ord: number; hidden: number;
}

/** Who is acting, resolved against the site: the site user row (if any) and the principals it acts as. */
export interface IActor {
  caller: Caller;
  /** site user row id (users and the app principal); 0 when not (yet) a site user */
  userId: number;
  principalIds: number[];
  isAdmin: boolean;
  isApp: boolean;
  guest: boolean;
}

export const WEB_SCOPE = 'web';
export const listScope = (listId: string): string => `list:${listId}`;
export const itemScope = (listId: string, itemId: number): string => `item:${listId}:${itemId}`;

/** ISO 8601 UTC with second precision, as SPO serialises Edm.DateTime (§2.5). */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function dotnetTicks(d: Date): string {
  return (BigInt(d.getTime()) * BigInt(10000) + BigInt('621355968000000000')).toString();
}

/**
 * The site collection (one web) held in SQLite: identity of the site, principals, role definitions,
 * role assignments and permission evaluation. Lists and items are in lists.ts / items.ts.
 */
export class Site {
  public readonly serverRelativeUrl: string;
  public readonly origin: string;
  public readonly siteId: string;
  public readonly webId: string;
  private readonly digestSecret: string;
  private uniqueCache: Set<string> | null = null;

  public constructor(public readonly db: Db, public readonly siteUrl: string, public readonly now: () => Date) {
    const u = new URL(siteUrl);
    this.origin = u.origin;
    this.serverRelativeUrl = u.pathname.replace(/\/$/, '');
    this.seedIfEmpty();
    this.siteId = this.meta('siteId') as string;
    this.webId = this.meta('webId') as string;
    // The digest secret is derived from the site URL so that PnPjs' process-wide digest cache
    // (keyed by web URL) stays valid across sandboxes of the same URL (tests, restarts).
    this.digestSecret = createHash('sha256').update(`opsdesk-sandbox|${siteUrl}`).digest('hex');
  }

  /** Seeds again after the tables were emptied (keeps siteId/webId only if still present). */
  public reseed(): void {
    this.uniqueCache = null;
    this.seedIfEmpty();
    (this as { siteId: string }).siteId = this.meta('siteId') as string;
    (this as { webId: string }).webId = this.meta('webId') as string;
  }

  public meta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key=?').get(key) as { value: string } | undefined)?.value;
  }

  public setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value').run(key, value);
  }

  public get webTitle(): string { return this.meta('webTitle') ?? 'opsdesk'; }

  private seedIfEmpty(): void {
    if (this.meta('seeded')) return;
    const tx = this.db.transaction(() => {
      this.setMeta('siteId', randomUUID());
      this.setMeta('webId', randomUUID());
      this.setMeta('webTitle', 'opsdesk');
      this.setMeta('webCreated', isoSeconds(this.now()));
      this.setMeta('nextPrincipalId', '3');
      for (const r of DEFAULT_ROLE_DEFS) {
        this.db.prepare('INSERT INTO role_defs(id,name,description,high,low,role_type,ord,hidden) VALUES(?,?,?,?,?,?,?,?)')
          .run(r.id, r.name, r.description, r.high, r.low, r.type, r.order, r.hidden ? 1 : 0);
      }
      this.setMeta('nextRoleDefId', '1073741924');
      const owners = this.addGroup('opsdesk Owners', null, 0);
      const visitors = this.addGroup('opsdesk Visitors', null, owners);
      const members = this.addGroup('opsdesk Members', null, owners);
      this.db.prepare('UPDATE principals SET owner_id=? WHERE id=?').run(owners, owners);
      this.db.prepare('INSERT INTO unique_scopes(scope) VALUES(?)').run(WEB_SCOPE);
      this.addAssignment(WEB_SCOPE, owners, ROLE_FULL_CONTROL);
      this.addAssignment(WEB_SCOPE, members, ROLE_EDIT);
      this.addAssignment(WEB_SCOPE, visitors, ROLE_READ);
      const admin = DIRECTORY.find(d => d.siteAdmin);
      if (admin) {
        const id = this.ensureSiteUser(admin);
        this.db.prepare('INSERT OR IGNORE INTO group_members(group_id,user_id) VALUES(?,?)').run(owners, id);
      }
      this.setMeta('associatedOwnerGroup', String(owners));
      this.setMeta('associatedMemberGroup', String(members));
      this.setMeta('associatedVisitorGroup', String(visitors));
      this.setMeta('seeded', '1');
    });
    tx();
  }

  public nextPrincipalId(): number {
    const id = Number(this.meta('nextPrincipalId') ?? '3');
    this.setMeta('nextPrincipalId', String(id + 1));
    return id;
  }

  public addGroup(title: string, description: string | null, ownerId: number): number {
    const id = this.nextPrincipalId();
    this.db.prepare('INSERT INTO principals(id,kind,login,title,owner_id,description,props) VALUES(?,?,?,?,?,?,?)')
      .run(id, 8, title, title, ownerId || null, description, '{}');
    return id;
  }

  // ---------------------------------------------------------------- principals

  public principalById(id: number): IPrincipalRow | undefined {
    return this.db.prepare('SELECT * FROM principals WHERE id=?').get(id) as IPrincipalRow | undefined;
  }

  public principalByLogin(login: string): IPrincipalRow | undefined {
    return this.db.prepare('SELECT * FROM principals WHERE login=?').get(login) as IPrincipalRow | undefined;
  }

  public siteUsers(): IPrincipalRow[] {
    return this.db.prepare('SELECT * FROM principals WHERE kind IN (1,4) AND in_site=1 ORDER BY id').all() as IPrincipalRow[];
  }

  public groups(): IPrincipalRow[] {
    return this.db.prepare('SELECT * FROM principals WHERE kind=8 ORDER BY id').all() as IPrincipalRow[];
  }

  public groupMembers(groupId: number): IPrincipalRow[] {
    return this.db.prepare('SELECT p.* FROM principals p JOIN group_members m ON m.user_id=p.id WHERE m.group_id=? ORDER BY p.id')
      .all(groupId) as IPrincipalRow[];
  }

  /** Adds a directory user to the site's user information list (ensureUser / first access), returns its id. */
  public ensureSiteUser(user: IDirectoryUser): number {
    const login = loginNameOf(user);
    const existing = this.principalByLogin(login);
    if (existing) return existing.id;
    const id = this.nextPrincipalId();
    this.db.prepare('INSERT INTO principals(id,kind,login,title,email,upn,site_admin,props) VALUES(?,?,?,?,?,?,?,?)')
      .run(id, 1, login, user.displayName, user.mail, user.userPrincipalName, user.siteAdmin ? 1 : 0, JSON.stringify({ dir: user.key }));
    return id;
  }

  /** ensureUser for a login name: directory users, the app principal and "Everyone except external users". */
  public ensureByLogin(login: string): IPrincipalRow | undefined {
    const existing = this.principalByLogin(login);
    if (existing && existing.kind !== 8) return existing;
    if (login.toLowerCase() === EVERYONE_EXCEPT_EXTERNAL.toLowerCase()) {
      const id = this.nextPrincipalId();
      this.db.prepare('INSERT INTO principals(id,kind,login,title,props) VALUES(?,?,?,?,?)')
        .run(id, 4, EVERYONE_EXCEPT_EXTERNAL, 'Everyone except external users', '{}');
      return this.principalById(id);
    }
    const dir = findDirectoryUser(login);
    if (!dir) return undefined;
    return this.principalById(this.ensureSiteUser(dir));
  }

  private ensureAppUser(appId: string): number {
    const login = `i:0i.t|ms.sp.ext|${appId}@${TENANT_ID}`;
    const existing = this.principalByLogin(login);
    if (existing) return existing.id;
    const id = this.nextPrincipalId();
    this.db.prepare('INSERT INTO principals(id,kind,login,title,props) VALUES(?,?,?,?,?)').run(id, 1, login, 'SharePoint App', '{}');
    return id;
  }

  /** Resolves the caller against the site (adding the user as a site user on first access, as SPO does). */
  public actor(caller: Caller): IActor {
    if (caller.kind === 'app') {
      const userId = this.ensureAppUser(caller.appId);
      return { caller, userId, principalIds: [userId], isAdmin: caller.appId === APP_PRINCIPAL_ID, isApp: true, guest: false };
    }
    if (caller.kind !== 'user') return { caller, userId: 0, principalIds: [], isAdmin: false, isApp: false, guest: false };
    const user = caller.user;
    const row = this.principalByLogin(loginNameOf(user));
    const ids: number[] = [];
    if (row) {
      ids.push(row.id);
      for (const g of this.db.prepare('SELECT group_id FROM group_members WHERE user_id=?').all(row.id) as { group_id: number }[]) ids.push(g.group_id);
    }
    if (!user.guest) {
      const eeeu = this.principalByLogin(EVERYONE_EXCEPT_EXTERNAL);
      if (eeeu) {
        ids.push(eeeu.id);
        for (const g of this.db.prepare('SELECT group_id FROM group_members WHERE user_id=?').all(eeeu.id) as { group_id: number }[]) ids.push(g.group_id);
      }
    }
    const actor: IActor = { caller, userId: row?.id ?? 0, principalIds: ids, isAdmin: user.siteAdmin || row?.site_admin === 1, isApp: false, guest: user.guest };
    if (!row && (actor.isAdmin || has(this.permissionsAt([WEB_SCOPE], actor), 'Open'))) {
      actor.userId = this.ensureSiteUser(user);
      actor.principalIds.unshift(actor.userId);
    }
    return actor;
  }

  // ---------------------------------------------------------------- role definitions and assignments

  public roleDefs(): IRoleDefRow[] {
    return this.db.prepare('SELECT * FROM role_defs ORDER BY ord, id').all() as IRoleDefRow[];
  }

  public roleDef(id: number): IRoleDefRow | undefined {
    return this.db.prepare('SELECT * FROM role_defs WHERE id=?').get(id) as IRoleDefRow | undefined;
  }

  public isUnique(scope: string): boolean {
    if (!this.uniqueCache) {
      this.uniqueCache = new Set((this.db.prepare('SELECT scope FROM unique_scopes').all() as { scope: string }[]).map(r => r.scope));
    }
    return this.uniqueCache.has(scope);
  }

  /** The scope whose assignments apply: the first unique one of [item, list, web]. */
  public effectiveScope(chain: string[]): string {
    return chain.find(s => this.isUnique(s)) ?? WEB_SCOPE;
  }

  public assignments(scope: string): { principal_id: number; role_id: number }[] {
    return this.db.prepare('SELECT principal_id, role_id FROM role_assignments WHERE scope=? ORDER BY rowid').all(scope) as { principal_id: number; role_id: number }[];
  }

  public addAssignment(scope: string, principalId: number, roleId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO role_assignments(scope,principal_id,role_id) VALUES(?,?,?)').run(scope, principalId, roleId);
  }

  public removeAssignment(scope: string, principalId: number, roleId?: number): void {
    if (roleId === undefined) this.db.prepare('DELETE FROM role_assignments WHERE scope=? AND principal_id=?').run(scope, principalId);
    else this.db.prepare('DELETE FROM role_assignments WHERE scope=? AND principal_id=? AND role_id=?').run(scope, principalId, roleId);
  }

  /**
   * breakroleinheritance(copyroleassignments, clearsubscopes): copies (or not) the inherited assignments; with
   * copy=false the calling user keeps access through a Full Control assignment [SPOREC AddRoleDefinitionsSpecialCharsTest].
   */
  public breakInheritance(chain: string[], copy: boolean, clearSubscopes: boolean, actor: IActor): void {
    const scope = chain[0];
    if (this.isUnique(scope)) return;
    const from = this.effectiveScope(chain.slice(1));
    const tx = this.db.transaction(() => {
      this.db.prepare('INSERT OR IGNORE INTO unique_scopes(scope) VALUES(?)').run(scope);
      if (copy) {
        this.db.prepare('INSERT OR IGNORE INTO role_assignments(scope,principal_id,role_id) SELECT ?, principal_id, role_id FROM role_assignments WHERE scope=?').run(scope, from);
      } else if (actor.userId && !actor.isApp) {
        this.addAssignment(scope, actor.userId, ROLE_FULL_CONTROL);
      }
      if (clearSubscopes && scope.startsWith('list:')) {
        const prefix = `item:${scope.slice(5)}:`;
        this.db.prepare("DELETE FROM role_assignments WHERE scope LIKE ? || '%'").run(prefix);
        this.db.prepare("DELETE FROM unique_scopes WHERE scope LIKE ? || '%'").run(prefix);
      }
    });
    tx();
    this.uniqueCache = null;
  }

  public resetInheritance(scope: string): void {
    if (scope === WEB_SCOPE) return;
    this.db.prepare('DELETE FROM role_assignments WHERE scope=?').run(scope);
    this.db.prepare('DELETE FROM unique_scopes WHERE scope=?').run(scope);
    this.uniqueCache = null;
  }

  /** Adds an assignment and, as SPO does, Limited Access on the parent scopes so the principal can reach the object. */
  public grant(chain: string[], principalId: number, roleId: number): void {
    this.addAssignment(chain[0], principalId, roleId);
    for (const parent of chain.slice(1)) {
      const eff = this.effectiveScope([parent]);
      if (eff !== parent && parent !== WEB_SCOPE) continue;
      const already = this.assignments(parent).some(a => a.principal_id === principalId);
      if (!already) this.addAssignment(parent, principalId, ROLE_LIMITED_ACCESS);
    }
  }

  /** Effective permission mask of the actor on an object given its scope chain [own, parent…, web]. */
  public permissionsAt(chain: string[], actor: IActor): bigint {
    if (actor.isAdmin) return FULL_MASK;
    if (actor.principalIds.length === 0) return EMPTY_MASK;
    const scope = this.effectiveScope(chain);
    const ids = actor.principalIds;
    const rows = this.db.prepare(
      `SELECT r.high, r.low FROM role_assignments a JOIN role_defs r ON r.id=a.role_id WHERE a.scope=? AND a.principal_id IN (${ids.map(() => '?').join(',')})`,
    ).all(scope, ...ids) as { high: string; low: string }[];
    let mask = EMPTY_MASK;
    for (const r of rows) mask |= maskOf(r.high, r.low);
    return mask;
  }

  public can(chain: string[], actor: IActor, kind: PermissionName): boolean {
    return has(this.permissionsAt(chain, actor), kind);
  }

  // ---------------------------------------------------------------- request digest (§1.4)

  public newDigest(): string {
    const created = this.now();
    const stamp = formatDigestDate(created);
    const mac = createHmac('sha256', this.digestSecret).update(stamp).digest('hex').toUpperCase();
    return `0x${mac}${mac}${mac.slice(0, 64)},${stamp}`;
  }

  /** null when valid, otherwise 'invalid' | 'expired'. */
  public checkDigest(value: string): 'invalid' | 'expired' | null {
    const m = /^0x([0-9A-F]+),(.+)$/.exec(value.trim());
    if (!m) return 'invalid';
    const mac = createHmac('sha256', this.digestSecret).update(m[2]).digest('hex').toUpperCase();
    if (m[1] !== `${mac}${mac}${mac.slice(0, 64)}`) return 'invalid';
    const created = Date.parse(m[2].replace(/ -0000$/, ' GMT'));
    if (Number.isNaN(created)) return 'invalid';
    return this.now().getTime() - created > DIGEST_TIMEOUT_SECONDS * 1000 ? 'expired' : null;
  }
}

export const DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `21 Apr 2026 10:06:12 -0000` (the SPO digest time format SPFx parses). */
export function formatDigestDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}
