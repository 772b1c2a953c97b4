import type { SPFI } from '@pnp/sp';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { toDataError } from '../../../src/data/DataError';
import { buildGroups, listByKey } from '../../../src/schema';
import type { IGroupDef, IListDef, ISiteConfig, PermissionLevel } from '../../../src/schema';
import type { DesiredSecurity, Principal } from '../core/security';
import type { IActor, RoleKey } from '../../../src/domain';
import './pnp';

/** RoleTypeKind of SharePoint's built-in permission levels (roleDefinitions.getByType). */
const ROLE_TYPE: Record<PermissionLevel, number> = { read: 2, contribute: 3, design: 4, fullControl: 5, edit: 6 };

export interface IChange {
  itemId: number;
  changeType: number;
  token: string;
}

export interface IGroupMember {
  id: number;
  title: string;
  email?: string;
}

/**
 * Everything the notifier does in SharePoint, through PnPjs with the service's (app-only) identity. Lookups
 * that do not change while it runs (group and role ids, list ids) are cached per instance, never per module.
 */
export class SharePointSite {
  private readonly repos = new Map<string, SchemaListRepository>();
  private readonly groupDefs: IGroupDef[];
  private groupIds: Map<string, number> | undefined;
  private roleIds: Map<number, number> | undefined;
  private listIds = new Map<string, string>();
  public readonly webServerRelativeUrl: string;

  constructor(
    public readonly sp: SPFI,
    public readonly siteUrl: string,
    public readonly config: ISiteConfig
  ) {
    this.webServerRelativeUrl = new URL(siteUrl).pathname.replace(/\/$/, '');
    this.groupDefs = buildGroups(config);
  }

  public repo(listKey: string): SchemaListRepository {
    let repo = this.repos.get(listKey);
    if (!repo) {
      repo = new SchemaListRepository(this.sp, this.webServerRelativeUrl, listByKey(listKey));
      this.repos.set(listKey, repo);
    }
    return repo;
  }

  public list(listKey: string): IListDef {
    return listByKey(listKey);
  }

  /** The list's GUID (webhook notifications name the list by it). */
  public async listId(listKey: string): Promise<string> {
    let id = this.listIds.get(listKey);
    if (!id) {
      try {
        const info = await this.repo(listKey).spList.select('Id')();
        id = String(info.Id).toLowerCase();
      } catch (e) {
        throw toDataError(e);
      }
      this.listIds.set(listKey, id);
    }
    return id;
  }

  // ------------------------------------------------------------------------------------ groups and roles

  public groupDef(groupKey: string): IGroupDef {
    const def = this.groupDefs.find((g) => g.key === groupKey);
    if (!def) throw new Error(`No group '${groupKey}' in the site configuration (vendors: ${this.config.vendors.map((v) => v.key).join(', ')})`);
    return def;
  }

  public async groupId(groupKey: string): Promise<number> {
    const title = this.groupDef(groupKey).title;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!this.groupIds || attempt > 0) {
        const groups = await this.sp.web.siteGroups.select('Id', 'Title')();
        this.groupIds = new Map(groups.map((g) => [g.Title, g.Id]));
      }
      const id = this.groupIds.get(title);
      if (id !== undefined) return id;
    }
    throw new Error(`SharePoint group '${title}' does not exist; provision the site first`);
  }

  public async groupMembers(groupKey: string): Promise<IGroupMember[]> {
    const id = await this.groupId(groupKey);
    const users = await this.sp.web.siteGroups.getById(id).users.select('Id', 'Title', 'Email')();
    return users.map((u) => ({ id: u.Id, title: u.Title, email: u.Email || undefined }));
  }

  /**
   * A site user as a domain actor: roles and vendor from the opsdesk groups they belong to, matched by the
   * configured group titles (the same definitions provisioning created the groups from).
   */
  public async actor(id: number): Promise<IActor> {
    const user = this.sp.web.siteUsers.getById(id);
    const [u, groups] = await Promise.all([user.select('Id', 'Title', 'Email')(), user.groups.select('Title')()]);
    const roles: RoleKey[] = [];
    let vendorKey: string | undefined;
    for (const g of groups) {
      const def = this.groupDefs.find((d) => d.title === g.Title);
      if (!def) continue;
      if (roles.indexOf(def.role) < 0) roles.push(def.role);
      if (def.vendorKey) vendorKey = def.vendorKey;
    }
    return { user: { id: u.Id, title: u.Title, email: u.Email || undefined }, roles, vendorKey };
  }

  public async siteUser(id: number): Promise<IGroupMember> {
    const u = await this.sp.web.siteUsers.getById(id).select('Id', 'Title', 'Email')();
    return { id: u.Id, title: u.Title, email: u.Email || undefined };
  }

  private async roleDefId(level: PermissionLevel): Promise<number> {
    if (!this.roleIds) {
      const defs = await this.sp.web.roleDefinitions.select('Id', 'RoleTypeKind')();
      this.roleIds = new Map(defs.map((d) => [d.RoleTypeKind, d.Id]));
    }
    const id = this.roleIds.get(ROLE_TYPE[level]);
    if (id === undefined) throw new Error(`No role definition of type ${ROLE_TYPE[level]} (${level})`);
    return id;
  }

  private async principalId(p: Principal): Promise<number> {
    return 'group' in p ? this.groupId(p.group) : p.user;
  }

  // ------------------------------------------------------------------------------------ item permissions

  /**
   * Makes an item's role assignments exactly `desired` (plus the service's own Full Control, which breaking
   * inheritance gives the caller). Writes only what differs, so re-running it on an item already in step costs
   * two reads. Returns whether anything changed.
   */
  public async reconcileItemSecurity(listKey: string, itemId: number, desired: DesiredSecurity): Promise<boolean> {
    const item = this.repo(listKey).spList.items.getById(itemId);
    try {
      const { HasUniqueRoleAssignments: unique } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      if (desired.inherit) {
        if (!unique) return false;
        await item.resetRoleInheritance();
        return true;
      }
      let changed = false;
      if (!unique) {
        await item.breakRoleInheritance(false, false);
        changed = true;
      }
      const wanted = new Set<string>();
      for (const g of desired.grants) wanted.add(`${await this.principalId(g.principal)}:${await this.roleDefId(g.level)}`);
      const fullControl = await this.roleDefId('fullControl');
      const current = await item.roleAssignments.expand('RoleDefinitionBindings')<{ PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]>();
      const have = new Set<string>();
      const removals: [number, number][] = [];
      for (const ra of current) {
        for (const rd of ra.RoleDefinitionBindings) {
          const key = `${ra.PrincipalId}:${rd.Id}`;
          have.add(key);
          // Full Control is the service's own (from breaking inheritance); desired grants never include it.
          if (!wanted.has(key) && rd.Id !== fullControl) removals.push([ra.PrincipalId, rd.Id]);
        }
      }
      const additions = [...wanted].filter((k) => !have.has(k)).map((k) => k.split(':').map(Number) as [number, number]);
      if (additions.length + removals.length > 0) {
        // One $batch for all the grants; each part still succeeds or fails on its own, so check them all.
        const [batched, execute] = this.sp.batched();
        const target = batched.web.getList(`${this.webServerRelativeUrl}/${this.list(listKey).url}`).items.getById(itemId).roleAssignments;
        const parts = [
          ...additions.map(([pid, rid]) => target.add(pid, rid)),
          ...removals.map(([pid, rid]) => target.remove(pid, rid))
        ];
        await execute();
        await Promise.all(parts);
        changed = true;
      }
      return changed;
    } catch (e) {
      throw toDataError(e);
    }
  }

  // ------------------------------------------------------------------------------------ change log

  /** Item adds and updates after `token` (from the start of the change log when absent), oldest first. */
  public async changesSince(listKey: string, token: string | undefined, fetchLimit = 1000): Promise<IChange[]> {
    const query: Record<string, unknown> = { Add: true, Update: true, Item: true, FetchLimit: fetchLimit };
    if (token) query.ChangeTokenStart = { StringValue: token };
    try {
      const raw = (await this.repo(listKey).spList.getChanges(query)) as { ItemId: number; ChangeType: number; ChangeToken: { StringValue: string } }[];
      return raw.map((c) => ({ itemId: c.ItemId, changeType: c.ChangeType, token: c.ChangeToken.StringValue }));
    } catch (e) {
      throw toDataError(e);
    }
  }

  /** The list's current change token: "from now on". */
  public async currentChangeToken(listKey: string): Promise<string> {
    try {
      const info = await this.repo(listKey).spList.select('CurrentChangeToken')<{ CurrentChangeToken: { StringValue: string } }>();
      return info.CurrentChangeToken.StringValue;
    } catch (e) {
      throw toDataError(e);
    }
  }

  // ------------------------------------------------------------------------------------ webhooks

  /**
   * Subscribes the list's webhook to `notificationUrl` (SharePoint validates it synchronously), or renews an
   * existing subscription that expires within `renewWithinDays`. Subscriptions last at most 180 days.
   */
  public async ensureSubscription(listKey: string, notificationUrl: string, clientState: string, now: Date, renewWithinDays = 30): Promise<string> {
    const list = this.repo(listKey).spList;
    const expiry = new Date(now.getTime() + 179 * 24 * 3600 * 1000).toISOString();
    const subs = (await list.subscriptions()) as { id: string; notificationUrl: string; expirationDateTime: string; clientState?: string }[];
    const mine = subs.find((s) => s.notificationUrl === notificationUrl);
    if (mine) {
      const left = new Date(mine.expirationDateTime).getTime() - now.getTime();
      if (left < renewWithinDays * 24 * 3600 * 1000 || mine.clientState !== clientState) {
        await list.subscriptions.getById(mine.id).update(expiry, undefined, clientState);
      }
      return mine.id;
    }
    const created = await list.subscriptions.add(notificationUrl, expiry, clientState);
    return (created as { id: string }).id;
  }
}
