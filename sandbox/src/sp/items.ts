import { randomUUID } from 'crypto';
import { Errors, OEntity } from '../http/odata-json';
import { FilterNode, FilterSyntaxError, conjuncts, evaluate, fieldsOf, parseFilter, toSql } from '../odata/filter';
import { FieldKind, IField, IList, Lists, isCaseInsensitive } from './lists';
import { IActor, Site, isoSeconds, itemScope, listScope } from './site';

export interface IItemRow {
  list_id: string; id: number; uid: string; version: number; ui_version: number; author_id: number; editor_id: number;
  created: string; modified: string; fs_type: number; dir: string; leaf: string; data: string;
}

export interface IItem extends Omit<IItemRow, 'data'> { data: Record<string, unknown> }

export const toItem = (r: IItemRow): IItem => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> });

/** Change types [PNPCORE ChangeType.cs]. */
export const ChangeType = { Add: 1, Update: 2, DeleteObject: 3, AssignmentAdd: 11, AssignmentDelete: 12, ScopeAdd: 17, ScopeDelete: 18 } as const;

export interface IQueryOptions {
  select?: string[];
  expand?: string[];
  filter?: string;
  orderby?: { field: string; desc: boolean }[];
  top?: number;
  skiptoken?: string;
}

export interface IQueryResult { items: IItem[]; nextSkiptoken?: string }

/** Threshold configuration (sharepoint-rest.md §3.3). */
export interface IThresholdOptions { listViewThreshold: number }

const BUILTIN_SQL: Record<string, { sql: string; kind: 'number' | 'date' | 'text' }> = {
  id: { sql: 'id', kind: 'number' },
  created: { sql: 'created', kind: 'date' },
  modified: { sql: 'modified', kind: 'date' },
  authorid: { sql: 'author_id', kind: 'number' },
  editorid: { sql: 'editor_id', kind: 'number' },
  fsobjtype: { sql: 'fs_type', kind: 'number' },
};

export class Items {
  private readonly userTitleCache = new Map<number, Record<string, unknown> | null>();

  public constructor(private readonly site: Site, private readonly lists: Lists, private readonly threshold: IThresholdOptions) {
    this.addTx = site.db.transaction(this.addInTransaction);
  }

  private get db(): Site['db'] { return this.site.db; }

  public chain(list: IList, itemId?: number): string[] {
    return itemId === undefined ? [listScope(list.id), 'web'] : [itemScope(list.id, itemId), listScope(list.id), 'web'];
  }

  public get(list: IList, id: number): IItem | undefined {
    const r = this.db.prepare('SELECT * FROM items WHERE list_id=? AND id=?').get(list.id, id) as IItemRow | undefined;
    return r && toItem(r);
  }

  // ---------------------------------------------------------------- security trimming

  /**
   * Read check for one item: ViewListItems at its scope and ReadSecurity (2 = own items only).
   * The bypass is CancelCheckout ("Override List Behaviors"): the list settings page says "Users with the Cancel
   * Checkout permission can read and edit all items" [UNVERIFIED for REST; sharepoint-rest.md §5.4 leaves it open].
   */
  public canRead(list: IList, item: IItem, actor: IActor): boolean {
    const mask = this.site.permissionsAt(this.chain(list, item.id), actor);
    if (!hasBit(mask, 1)) return false;
    if (list.props.ReadSecurity === 2 && item.author_id !== actor.userId && !hasBit(this.site.permissionsAt(this.chain(list), actor), OVERRIDE_LIST_BEHAVIORS)) return false;
    return true;
  }

  /** Write check: EditListItems (or DeleteListItems) at the item's scope and WriteSecurity (2 = own, 4 = none). */
  public canWrite(list: IList, item: IItem, actor: IActor, bit = 3): boolean {
    const mask = this.site.permissionsAt(this.chain(list, item.id), actor);
    if (!hasBit(mask, bit)) return false;
    const ws = list.props.WriteSecurity;
    if ((ws === 2 || ws === 4) && !hasBit(this.site.permissionsAt(this.chain(list), actor), OVERRIDE_LIST_BEHAVIORS)) {
      if (ws === 4 || item.author_id !== actor.userId) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- writes

  /** Validates a JSON-light/verbose item body against the list's fields (unknown property → 400, §3.2). */
  public toStored(list: IList, body: Record<string, unknown>, current: Record<string, unknown> = {}): Record<string, unknown> {
    const fields = this.lists.fields(list);
    const byEpn = new Map<string, IField>();
    for (const f of fields) {
      if (f.kind === FieldKind.User || f.kind === FieldKind.Lookup) {
        byEpn.set(`${f.epn}Id`, f);
        byEpn.set(`${f.epn}StringId`, f);
      } else byEpn.set(f.epn, f);
    }
    const out = { ...current };
    const typeName = `SP.Data.${list.entity}Item`;
    for (const [key, raw] of Object.entries(body)) {
      if (key === '__metadata') continue;
      const f = byEpn.get(key);
      if (!f) throw Errors.unknownProperty(key, typeName);
      if (key.endsWith('StringId') && (f.kind === FieldKind.User || f.kind === FieldKind.Lookup)) continue;
      if (f.props.ReadOnlyField && f.internal_name !== 'FileLeafRef') continue; // [UNVERIFIED] read-only values are ignored
      const value = coerceValue(f, raw);
      if (f.kind === FieldKind.Text && typeof value === 'string' && value.length > TEXT_COLUMN_LIMIT) throw Errors.invalidText();
      out[f.internal_name] = value;
    }
    return out;
  }

  /**
   * EnforceUniqueValues: another item of the list holding the same value refuses the write (SPDuplicateValuesFound,
   * Errors.duplicateValues). "The comparison is case-insensitive" using the site's sort order [MSDOC "Enforcing
   * Uniqueness in Column Values", learn.microsoft.com ee536168, SharePoint 2010]; the sandbox folds ASCII only
   * (SQLite NOCASE). Null and empty values are not checked. `changed` limits the check to the values a write sets,
   * so an item may be saved with its own current value.
   * Reads the unique-value index (Lists.ensureUniqueIndex), one probe per unique column.
   */
  public checkUnique(list: IList, data: Record<string, unknown>, exceptId = -1, changed?: (f: IField) => boolean): void {
    for (const f of this.lists.fields(list)) {
      if (!f.unique || f.multi || (f.builtin && f.internal_name !== 'Title')) continue;
      let v = data[f.internal_name];
      if (v === null || v === undefined || v === '' || Array.isArray(v) || typeof v === 'object') continue;
      if (changed && !changed(f)) continue;
      if (typeof v === 'boolean') v = v ? 1 : 0;
      this.lists.ensureUniqueIndex(list, f);
      const collate = isCaseInsensitive(f) ? ' COLLATE NOCASE' : '';
      const hit = this.db.prepare(`SELECT id FROM items WHERE list_id=? AND json_extract(data, '$."${f.internal_name}"') = ?${collate} AND id<>? LIMIT 1`)
        .get(list.id, v, exceptId);
      if (hit) throw Errors.duplicateValues(f.title);
    }
  }

  /** Column defaults (field DefaultValue) apply to values not sent on add, as SharePoint does. */
  private withDefaults(list: IList, data: Record<string, unknown>): Record<string, unknown> {
    for (const f of this.lists.fields(list)) {
      const def = f.props.DefaultValue;
      if (f.builtin || def === null || def === undefined || def === '' || f.internal_name in data) continue;
      if (f.kind === FieldKind.DateTime && /^\[today\]$/i.test(String(def))) {
        data[f.internal_name] = `${this.site.now().toISOString().slice(0, 10)}T00:00:00Z`;
        continue;
      }
      try {
        data[f.internal_name] = coerceValue(f, f.kind === FieldKind.Boolean ? String(def) === '1' : f.kind === FieldKind.MultiChoice ? String(def).split(';#').filter(Boolean) : def);
      } catch {
        // an unusable default is ignored
      }
    }
    return data;
  }

  public add(list: IList, body: Record<string, unknown>, actor: IActor, extra: Partial<IItemRow> = {}): IItem {
    const { rest, status, comments } = this.splitModeration(list, body, actor, this.chain(list));
    const data = this.withDefaults(list, this.toStored(list, rest));
    this.applyModeration(list, data, status, comments);
    const id = this.addTx(list, data, actor, extra);
    const item = this.get(list, id) as IItem;
    this.recordApproval(list, item);
    return item;
  }

  // ---------------------------------------------------------------- content approval (EnableModeration)

  /**
   * With content approval on, every add/edit is Pending (2) unless an approver sets `OData__ModerationStatus`
   * (0 approved, 1 rejected, 2 pending, 3 draft); readers who cannot approve keep seeing the last approved version,
   * and never-approved items stay hidden from them (authors see their own) [UNVERIFIED REST details].
   */
  private splitModeration(list: IList, body: Record<string, unknown>, actor: IActor, chain: string[]): { rest: Record<string, unknown>; status?: number; comments?: string | null } {
    const { OData__ModerationStatus: status, OData__ModerationComments: comments, ...rest } = body as Record<string, unknown> & { OData__ModerationStatus?: number; OData__ModerationComments?: string };
    if (status === undefined && comments === undefined) return { rest };
    if (!list.props.EnableModeration) return { rest };
    if (!hasBit(this.site.permissionsAt(chain, actor), 5)) throw Errors.accessDenied();
    return { rest, status: status === undefined ? undefined : Number(status), comments: comments ?? null };
  }

  private applyModeration(list: IList, data: Record<string, unknown>, status: number | undefined, comments: string | null | undefined): void {
    if (!list.props.EnableModeration) return;
    data._ModerationStatus = status ?? 2;
    if (comments !== undefined) data._ModerationComments = comments;
  }

  private recordApproval(list: IList, item: IItem): void {
    if (!list.props.EnableModeration || item.data._ModerationStatus !== 0) return;
    this.db.prepare('INSERT OR REPLACE INTO approved(list_id,item_id,version,ui_version,editor_id,modified,data) VALUES(?,?,?,?,?,?,?)')
      .run(list.id, item.id, item.version, item.ui_version, item.editor_id, item.modified, JSON.stringify(item.data));
  }

  /** The item as this actor sees it under content approval: itself, its last approved version, or nothing. */
  public view(list: IList, item: IItem, actor: IActor): IItem | undefined {
    if (!list.props.EnableModeration) return item;
    const status = item.data._ModerationStatus;
    if (status === undefined || status === 0 || item.author_id === actor.userId) return item;
    if (hasBit(this.site.permissionsAt(this.chain(list, item.id), actor), 5)) return item;
    const a = this.db.prepare('SELECT * FROM approved WHERE list_id=? AND item_id=?').get(list.id, item.id) as
      { version: number; ui_version: number; editor_id: number; modified: string; data: string } | undefined;
    if (!a) return undefined;
    return { ...item, version: a.version, ui_version: a.ui_version, editor_id: a.editor_id, modified: a.modified, data: JSON.parse(a.data) as Record<string, unknown> };
  }

  // one transaction function, created once (building it per call showed in the insert profile)
  private readonly addTx: (list: IList, data: Record<string, unknown>, actor: IActor, extra: Partial<IItemRow>) => number;

  private readonly addInTransaction = ((list: IList, data: Record<string, unknown>, actor: IActor, extra: Partial<IItemRow>): number => {
    // checked inside the add transaction, so a refused add consumes no id and leaves no version or change entry
    this.checkUnique(list, data);
    const now = isoSeconds(this.site.now());
    const id = (this.db.prepare('UPDATE lists SET last_item_id=last_item_id+1, item_count=item_count+1, modified=? WHERE id=? RETURNING last_item_id')
      .get(now, list.id) as { last_item_id: number }).last_item_id;
    const uid = randomUUID();
    this.db.prepare('INSERT INTO items(list_id,id,uid,version,ui_version,author_id,editor_id,created,modified,fs_type,dir,leaf,data) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)')
      .run(list.id, id, uid, 1, 512, actor.userId, actor.userId, now, now, extra.fs_type ?? 0, extra.dir ?? `${list.url}`, extra.leaf ?? `${id}_.000`, JSON.stringify(data));
    this.snapshot(list, id);
    this.logChange(list.id, id, ChangeType.Add, 'Item', uid);
    return id;
  });

  public update(list: IList, item: IItem, body: Record<string, unknown>, actor: IActor): IItem {
    const { rest, status, comments } = this.splitModeration(list, body, actor, this.chain(list, item.id));
    const data = this.toStored(list, rest, item.data);
    this.applyModeration(list, data, status, comments);
    const now = isoSeconds(this.site.now());
    const versioning = list.props.EnableVersioning !== false;
    this.db.transaction(() => {
      this.checkUnique(list, data, item.id, f => data[f.internal_name] !== item.data[f.internal_name]);
      this.db.prepare('UPDATE items SET data=?, version=version+1, ui_version=?, editor_id=?, modified=? WHERE list_id=? AND id=?')
        .run(JSON.stringify(data), versioning ? item.ui_version + 512 : item.ui_version, actor.userId, now, list.id, item.id);
      this.db.prepare('UPDATE lists SET modified=? WHERE id=?').run(now, list.id);
      if (versioning) this.snapshot(list, item.id);
      this.logChange(list.id, item.id, ChangeType.Update, 'Item', item.uid);
    })();
    const updated = this.get(list, item.id) as IItem;
    this.recordApproval(list, updated);
    return updated;
  }

  /** Bumps the version without changing values (attachments, file content). */
  public touch(list: IList, item: IItem, actor: IActor): void {
    const now = isoSeconds(this.site.now());
    this.db.prepare('UPDATE items SET version=version+1, ui_version=ui_version+512, editor_id=?, modified=? WHERE list_id=? AND id=?')
      .run(actor.userId, now, list.id, item.id);
    this.snapshot(list, item.id);
    this.logChange(list.id, item.id, ChangeType.Update, 'Item', item.uid);
  }

  public remove(list: IList, item: IItem): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM items WHERE list_id=? AND id=?').run(list.id, item.id);
      this.db.prepare('DELETE FROM item_versions WHERE list_id=? AND item_id=?').run(list.id, item.id);
      this.db.prepare('DELETE FROM files WHERE list_id=? AND item_id=?').run(list.id, item.id);
      this.db.prepare('DELETE FROM file_versions WHERE list_id=? AND item_id=?').run(list.id, item.id);
      this.db.prepare('DELETE FROM attachments WHERE list_id=? AND item_id=?').run(list.id, item.id);
      this.db.prepare('DELETE FROM approved WHERE list_id=? AND item_id=?').run(list.id, item.id);
      this.db.prepare('DELETE FROM role_assignments WHERE scope=?').run(itemScope(list.id, item.id));
      this.db.prepare('DELETE FROM unique_scopes WHERE scope=?').run(itemScope(list.id, item.id));
      this.db.prepare('UPDATE lists SET item_count=item_count-1, modified=? WHERE id=?').run(isoSeconds(this.site.now()), list.id);
      this.logChange(list.id, item.id, ChangeType.DeleteObject, 'Item', item.uid);
    })();
  }

  private snapshot(list: IList, id: number): void {
    this.db.prepare(`INSERT OR REPLACE INTO item_versions(list_id,item_id,ui_version,editor_id,created,data)
      SELECT list_id, id, ui_version, editor_id, modified, data FROM items WHERE list_id=? AND id=?`).run(list.id, id);
  }

  public logChange(listId: string, itemId: number | null, type: number, objectType: string, uid?: string): void {
    this.db.prepare('INSERT INTO changes(list_id,item_id,change_type,object_type,time,uid) VALUES(?,?,?,?,?,?)')
      .run(listId, itemId, type, objectType, this.site.now().toISOString(), uid ?? null);
    this.onChange?.(listId);
  }

  public onChange?: (listId: string) => void;

  // ---------------------------------------------------------------- query engine

  private parse(filter?: string): FilterNode | undefined {
    if (!filter) return undefined;
    try {
      return parseFilter(filter);
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw Errors.invalidFilter(e.message);
      throw e;
    }
  }

  private resolveField(fields: IField[], name: string): IField | undefined {
    const n = name.toLowerCase();
    return fields.find(f => f.internal_name.toLowerCase() === n)
      ?? fields.find(f => (f.kind === FieldKind.User || f.kind === FieldKind.Lookup) && `${f.internal_name}id`.toLowerCase() === n)
      ?? (n === 'id' ? fields.find(f => f.internal_name === 'ID') : undefined);
  }

  private sqlColumn(fields: IField[], path: string[]): { sql: string; kind: 'text' | 'number' | 'date' | 'bool'; field: IField } | null {
    const name = path.length === 2 && /^id$/i.test(path[1]) ? `${path[0]}Id` : path.length === 1 ? path[0] : null;
    if (!name) return null;
    const f = this.resolveField(fields, name);
    if (!f) return null;
    const builtin = BUILTIN_SQL[name.toLowerCase()] ?? BUILTIN_SQL[f.internal_name.toLowerCase()];
    if (builtin) return { ...builtin, field: f };
    if (f.builtin || f.multi || f.kind === FieldKind.MultiChoice) return null;
    const kind = f.kind === FieldKind.Boolean ? 'bool' : f.kind === FieldKind.DateTime ? 'date'
      : [FieldKind.Number, FieldKind.Currency, FieldKind.Integer, FieldKind.User, FieldKind.Lookup].includes(f.kind as 9) ? 'number' : 'text';
    return { sql: `json_extract(data, '$."${f.internal_name}"')`, kind, field: f };
  }

  /**
   * The list view threshold rule (sharepoint-rest.md §3.3) for lists above the threshold:
   * no $filter and $orderby absent/ID/indexed → OK; $orderby on a non-indexed column → throttled;
   * $filter: the top-level `and` clauses on indexed columns must exist and together match ≤ threshold items.
   */
  private checkThreshold(list: IList, fields: IField[], filter: FilterNode | undefined, opts: IQueryOptions): void {
    const limit = this.threshold.listViewThreshold;
    if (list.item_count <= limit) return;
    if ((opts.top ?? 0) > limit) throw Errors.threshold(); // [UNVERIFIED] $top above the threshold on a large list
    for (const o of opts.orderby ?? []) {
      const col = this.sqlColumn(fields, o.field.split('/'));
      if (!col?.field.indexed) throw Errors.threshold();
    }
    if (!filter) return;
    const params: unknown[] = [list.id];
    const parts: string[] = [];
    for (const c of conjuncts(filter)) {
      const allIndexed = fieldsOf(c).every(p => this.sqlColumn(fields, p)?.field.indexed);
      if (!allIndexed) continue;
      const sql = toSql(c, p => this.sqlColumn(fields, p), params);
      if (sql) parts.push(sql);
    }
    if (!parts.length) throw Errors.threshold();
    const n = (this.db.prepare(`SELECT COUNT(*) n FROM (SELECT 1 FROM items WHERE list_id=? AND ${parts.join(' AND ')} LIMIT ${limit + 1})`)
      .get(...params) as { n: number }).n;
    if (n > limit) throw Errors.threshold();
  }

  /** Resolves a filter/orderby path on an item row: `Title`, `AuthorId`, `Author/Title`, `Project/Id`, `Created`… */
  public resolver(list: IList, fields: IField[], item: IItem): (path: string[]) => unknown {
    return (path: string[]) => {
      const f = this.resolveField(fields, path.length === 2 && /^id$/i.test(path[1]) ? `${path[0]}Id` : path[0]);
      if (!f) throw Errors.unknownColumn(path.join('/'));
      const raw = this.rawValue(item, f);
      if (path.length === 2 && !/^id$/i.test(path[1])) {
        const sub = path[1];
        const ids = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
        const vals = ids.map(id => this.expandValue(f, Number(id))?.[sub] ?? null);
        return f.multi ? vals : vals[0] ?? null;
      }
      return raw;
    };
  }

  public rawValue(item: IItem, f: IField): unknown {
    switch (f.internal_name) {
      case 'ID': return item.id;
      case 'Created': return item.created;
      case 'Modified': return item.modified;
      case 'Author': return item.author_id;
      case 'Editor': return item.editor_id;
      case 'GUID': return item.uid;
      case 'FSObjType': return item.fs_type;
      case 'FileLeafRef': return item.leaf;
      case 'FileRef': return `${item.dir}/${item.leaf}`;
      case 'FileDirRef': return item.dir;
      case '_UIVersionString': return `${Math.floor(item.ui_version / 512)}.${item.ui_version % 512}`;
      case 'Attachments': return this.hasAttachments(item);
      case 'ContentTypeId': return '0x0100';
      case 'LinkTitle': return item.data.Title ?? null;
      default: return item.data[f.internal_name] ?? null;
    }
  }

  /** The object a user/lookup id expands to (SP.Data.UserInfoItem or the target list's item). */
  public expandValue(f: IField, id: number): Record<string, unknown> | null {
    if (f.kind === FieldKind.User) {
      if (!this.userTitleCache.has(id)) {
        const p = this.site.principalById(id);
        this.userTitleCache.set(id, p ? {
          Id: p.id, ID: p.id, Title: p.title, EMail: p.email ?? '', Name: p.login, UserName: p.upn ?? '', FirstName: null, LastName: null,
          JobTitle: null, Department: null, SipAddress: p.email ?? '', __type: 'SP.Data.UserInfoItem',
        } : null);
      }
      return this.userTitleCache.get(id) ?? null;
    }
    const target = this.lists.byId(String(f.props.LookupListId ?? ''));
    if (!target) return null;
    const it = this.get(target, id);
    if (!it) return null;
    const out: Record<string, unknown> = { Id: it.id, ID: it.id, __type: `SP.Data.${target.entity}Item` };
    for (const tf of this.lists.fields(target)) out[tf.internal_name] = this.rawValue(it, tf);
    return out;
  }

  public clearCaches(): void { this.userTitleCache.clear(); }

  public hasAttachments(item: IItem): boolean {
    return this.db.prepare('SELECT 1 FROM attachments WHERE list_id=? AND item_id=? LIMIT 1').get(item.list_id, item.id) !== undefined;
  }

  public query(list: IList, actor: IActor, opts: IQueryOptions): IQueryResult {
    const fields = this.lists.fields(list);
    const filter = this.parse(opts.filter);
    if (filter) for (const p of fieldsOf(filter)) {
      const name = p.length === 2 && /^id$/i.test(p[1]) ? `${p[0]}Id` : p[0];
      if (!this.resolveField(fields, name)) throw Errors.unknownColumn(p[0]);
    }
    for (const o of opts.orderby ?? []) if (!this.resolveField(fields, o.field.split('/')[0])) throw Errors.unknownColumn(o.field);
    this.checkThreshold(list, fields, filter, opts);

    const top = Math.max(0, opts.top ?? 100);
    const token = parseSkiptoken(opts.skiptoken);
    const listMask = this.site.permissionsAt(this.chain(list), actor);
    const uniqueItems = new Set((this.db.prepare("SELECT scope FROM unique_scopes WHERE scope LIKE ?").all(`item:${list.id}:%`) as { scope: string }[])
      .map(r => Number(r.scope.split(':')[2])));
    const ownOnly = list.props.ReadSecurity === 2 && !hasBit(listMask, OVERRIDE_LIST_BEHAVIORS);
    const visible = (it: IItem): boolean => {
      if (ownOnly && it.author_id !== actor.userId) return false;
      if (uniqueItems.has(it.id)) return this.canRead(list, it, actor);
      return hasBit(listMask, 1);
    };
    if (!hasBit(listMask, 1) && uniqueItems.size === 0) return { items: [] };

    // indexed conjuncts go to SQL (they use the expression indexes); the full filter is evaluated per row
    const params: unknown[] = [list.id];
    const where: string[] = ['list_id=?'];
    if (filter) {
      for (const c of conjuncts(filter)) {
        if (!fieldsOf(c).every(p => this.sqlColumn(fields, p)?.field.indexed)) continue;
        const sql = toSql(c, p => this.sqlColumn(fields, p), params);
        if (sql) where.push(sql);
      }
    }
    if (ownOnly) { where.push('author_id=?'); params.push(actor.userId); }
    const orderby = (opts.orderby ?? []).filter(o => !/^id$/i.test(o.field));
    const idDesc = (opts.orderby ?? []).find(o => /^id$/i.test(o.field))?.desc ?? false;
    const prev = token?.prev ?? false;
    const moderated = list.props.EnableModeration === true;
    const matches = (it: IItem): boolean => visible(it) && (!filter || evaluate(filter, this.resolver(list, fields, it)));
    const out: IItem[] = [];

    if (orderby.length === 0) {
      const desc = idDesc !== prev;
      if (token?.id !== undefined) { where.push(desc ? 'id < ?' : 'id > ?'); params.push(token.id); }
      const stmt = this.db.prepare(`SELECT * FROM items WHERE ${where.join(' AND ')} ORDER BY id ${desc ? 'DESC' : 'ASC'}`);
      for (const row of stmt.iterate(...params) as Iterable<IItemRow>) {
        const it = moderated ? this.view(list, toItem(row), actor) : toItem(row);
        if (!it || !matches(it)) continue;
        out.push(it);
        if (out.length > top) break;
      }
      const hasMore = out.length > top;
      const page = out.slice(0, top);
      if (prev) page.reverse();
      const last = page[page.length - 1];
      return { items: page, nextSkiptoken: hasMore && last ? `Paged=TRUE&p_ID=${last.id}` : undefined };
    }

    const rows = (this.db.prepare(`SELECT * FROM items WHERE ${where.join(' AND ')}`).all(...params) as IItemRow[])
      .map(r => (moderated ? this.view(list, toItem(r), actor) : toItem(r)))
      .filter((it): it is IItem => it !== undefined && matches(it));
    const keys = orderby.map(o => ({ o, f: this.resolveField(fields, o.field.split('/')[0]) as IField, sub: o.field.split('/')[1] }));
    const keyOf = (it: IItem): unknown[] => keys.map(k => {
      const v = k.sub ? this.resolver(list, fields, it)([k.f.internal_name, k.sub]) : this.rawValue(it, k.f);
      return Array.isArray(v) ? v[0] : v;
    });
    const cmp = (a: IItem, b: IItem): number => {
      const ka = keyOf(a);
      const kb = keyOf(b);
      for (let i = 0; i < keys.length; i++) {
        const c = compareValues(ka[i], kb[i]);
        if (c !== 0) return keys[i].o.desc ? -c : c;
      }
      return idDesc ? b.id - a.id : a.id - b.id;
    };
    rows.sort(cmp);
    let start = 0;
    if (token?.id !== undefined) {
      const idx = rows.findIndex(r => r.id === token.id);
      start = idx >= 0 ? idx + 1 : rows.length;
    }
    const page = rows.slice(start, start + top);
    const last = page[page.length - 1];
    const more = start + top < rows.length;
    let next: string | undefined;
    if (more && last) {
      const v = keyOf(last)[0];
      next = `Paged=TRUE&p_${keys[0].f.internal_name}=${encodeURIComponent(String(v ?? ''))}&p_ID=${last.id}`;
    }
    return { items: page, nextSkiptoken: next };
  }

  // ---------------------------------------------------------------- serialisation (§2.2, §2.5)

  public entity(list: IList, item: IItem, select: string[] | undefined, expand: string[] | undefined, extra: Record<string, unknown> = {}): OEntity {
    const fields = this.lists.fields(list);
    const site = this.site;
    const editLink = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
    const etag = list.library ? `"${item.uid},${item.version}"` : `"${item.version}"`;
    const meta = {
      type: `SP.Data.${list.entity}Item`, id: item.uid, uri: `${site.siteUrl}/_api/${editLink}`, editLink, etag,
      fragment: `SP.ListData.${list.entity}Items/@Element`,
    };
    const expandSet = new Set((expand ?? []).map(e => e.toLowerCase()));
    const all: Record<string, unknown> = {};
    const put = (k: string, v: unknown): void => { all[k] = v; };
    put('FileSystemObjectType', item.fs_type);
    put('Id', item.id);
    put('ServerRedirectedEmbedUri', null);
    put('ServerRedirectedEmbedUrl', '');
    put('ContentTypeId', list.library ? '0x0101' : '0x0100');
    put('Title', item.data.Title ?? null);
    put('ComplianceAssetId', null);
    for (const f of fields) {
      if (f.builtin) continue;
      this.putFieldValue(all, f, item, expandSet);
    }
    put('ID', item.id);
    put('Modified', item.modified);
    put('Created', item.created);
    put('AuthorId', item.author_id);
    put('EditorId', item.editor_id);
    put('OData__UIVersionString', this.rawValue(item, fields.find(f => f.internal_name === '_UIVersionString') as IField));
    put('Attachments', this.hasAttachments(item));
    put('GUID', item.uid);
    if (list.props.EnableModeration) {
      put('OData__ModerationComments', item.data._ModerationComments ?? null);
      put('OData__ModerationStatus', item.data._ModerationStatus ?? 0);
    }
    if (!select || select.length === 0 || select.includes('*')) {
      for (const e of expandSet) {
        const f = fields.find(x => x.internal_name.toLowerCase() === e);
        if (f) all[f.epn] = this.expandedEntity(f, item, undefined);
      }
      return new OEntity(meta, { ...all, ...extra });
    }
    const props: Record<string, unknown> = {};
    for (const s of select) {
      const [head, sub] = s.split('/');
      const lower = head.toLowerCase();
      if (lower === 'hasuniqueroleassignments') { props.HasUniqueRoleAssignments = this.site.isUnique(itemScope(list.id, item.id)); continue; }
      if (lower === 'effectivebasepermissions') continue;
      const f = this.resolveField(fields, head) ?? fields.find(x => x.epn.toLowerCase() === lower);
      const key = Object.keys(all).find(k => k.toLowerCase() === lower);
      if (f && (f.kind === FieldKind.User || f.kind === FieldKind.Lookup) && f.internal_name.toLowerCase() === lower) {
        if (!sub || !expandSet.has(lower)) throw Errors.selectNeedsExpand(f.internal_name);
        const existing = props[f.epn];
        const subs = [...((existing as { __subs?: string[] } | undefined)?.__subs ?? []), sub];
        props[f.epn] = { __subs: subs };
        continue;
      }
      if (key) { props[key] = all[key]; continue; }
      if (f) { props[f.epn] = this.rawValue(item, f); continue; }
      throw Errors.unknownSelect(head);
    }
    for (const [k, v] of Object.entries(props)) {
      if (v && typeof v === 'object' && '__subs' in (v as object)) {
        const f = fields.find(x => x.epn === k) as IField;
        const ent = this.expandedEntity(f, item, (v as { __subs: string[] }).__subs);
        if (ent === undefined) delete props[k];
        else props[k] = ent;
      }
    }
    return new OEntity(meta, { ...props, ...extra });
  }

  private putFieldValue(all: Record<string, unknown>, f: IField, item: IItem, _expand: Set<string>): void {
    const v = this.rawValue(item, f);
    if (f.kind === FieldKind.User || f.kind === FieldKind.Lookup) {
      if (f.multi) {
        const ids = Array.isArray(v) ? (v as number[]) : [];
        all[`${f.epn}Id`] = ids;
        all[`${f.epn}StringId`] = ids.map(String);
      } else {
        all[`${f.epn}Id`] = v ?? null;
        all[`${f.epn}StringId`] = v == null ? null : String(v);
      }
      return;
    }
    all[f.epn] = v === undefined ? null : v;
  }

  private expandedEntity(f: IField, item: IItem, subs: string[] | undefined): unknown {
    const v = this.rawValue(item, f);
    const ids = Array.isArray(v) ? (v as number[]) : v == null ? [] : [Number(v)];
    const make = (id: number): OEntity | null => {
      const obj = this.expandValue(f, id);
      if (!obj) return null;
      const { __type, ...rest } = obj as Record<string, unknown> & { __type: string };
      const picked: Record<string, unknown> = {};
      if (subs) for (const s of subs) {
        const key = Object.keys(rest).find(k => k.toLowerCase() === s.toLowerCase());
        if (!key) throw Errors.unknownSelect(`${f.internal_name}/${s}`);
        picked[key] = rest[key];
      }
      return new OEntity({ type: __type, id: randomUUIDFor(f.id, id) }, subs ? picked : rest);
    };
    if (f.multi) return ids.map(make).filter(Boolean);
    return ids.length ? make(ids[0]) ?? undefined : undefined;
  }
}

function randomUUIDFor(a: string, n: number): string {
  return `${a.slice(0, 24)}${n.toString(16).padStart(12, '0')}`;
}

/** A single line of text column stores at most 255 characters, whatever its MaxLength (Errors.invalidText). */
const TEXT_COLUMN_LIMIT = 255;

/** PermissionKind.CancelCheckout, shown as "Override List Behaviors". */
const OVERRIDE_LIST_BEHAVIORS = 9;

export function hasBit(mask: bigint, kind: number): boolean {
  return (mask & (BigInt(1) << BigInt(kind - 1))) !== BigInt(0);
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

export function parseSkiptoken(token?: string): { id?: number; prev: boolean } | undefined {
  if (!token) return undefined;
  const params = new Map<string, string>();
  for (const part of token.split('&')) {
    const i = part.indexOf('=');
    if (i > 0) params.set(part.slice(0, i).toLowerCase(), decodeURIComponent(part.slice(i + 1)));
  }
  const id = params.get('p_id');
  return { id: id === undefined ? undefined : Number(id), prev: params.get('pagedprev')?.toUpperCase() === 'TRUE' };
}

function coerceValue(f: IField, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  const unwrap = (v: unknown): unknown => (v && typeof v === 'object' && 'results' in (v as object) ? (v as { results: unknown }).results : v);
  switch (f.kind) {
    case FieldKind.User: case FieldKind.Lookup: {
      const v = unwrap(raw);
      if (f.multi) return (Array.isArray(v) ? v : [v]).map(Number).filter(n => !Number.isNaN(n));
      const n = Number(Array.isArray(v) ? v[0] : v);
      if (Number.isNaN(n)) throw Errors.badRequest(`Cannot convert a primitive value to the expected type 'Edm.Int32'.`);
      return n;
    }
    case FieldKind.Number: case FieldKind.Currency: case FieldKind.Integer: {
      const n = Number(raw);
      if (Number.isNaN(n)) throw Errors.badRequest(`Cannot convert a primitive value to the expected type 'Edm.Double'.`);
      return n;
    }
    case FieldKind.Boolean: return raw === true || raw === 1 || raw === '1' || raw === 'true';
    case FieldKind.DateTime: {
      const d = new Date(String(raw));
      if (Number.isNaN(d.getTime())) throw Errors.badRequest(`Cannot convert a primitive value to the expected type 'Edm.DateTime'.`);
      return isoSeconds(d);
    }
    case FieldKind.MultiChoice: { const v = unwrap(raw); return Array.isArray(v) ? v.map(String) : [String(v)]; }
    case FieldKind.URL: return typeof raw === 'object' ? { Description: (raw as Record<string, unknown>).Description ?? null, Url: (raw as Record<string, unknown>).Url ?? null } : { Description: String(raw), Url: String(raw) };
    default: return typeof raw === 'string' ? raw : String(raw);
  }
}
