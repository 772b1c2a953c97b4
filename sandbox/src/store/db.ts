// libsql: SQLite (libSQL) with better-sqlite3's synchronous API, shipped as prebuilt binaries on npm, so an
// install needs no C compiler and no install script (better-sqlite3 compiled SQLite from source for ~2 minutes).
import Database from 'libsql';
import * as fs from 'fs';
import * as path from 'path';

/**
 * SQLite schema of the sandbox. Everything the sandbox knows lives here (so a restart keeps data,
 * subscriptions, queued webhook notifications and change tokens). Items keep their field values as JSON;
 * indexed columns get an expression index on `json_extract(data, '$."<InternalName>"')` (see Store.ensureIndex).
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS principals (
  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, login TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
  email TEXT, upn TEXT, site_admin INTEGER NOT NULL DEFAULT 0, in_site INTEGER NOT NULL DEFAULT 1,
  owner_id INTEGER, description TEXT, props TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
CREATE TABLE IF NOT EXISTS role_defs (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE, description TEXT NOT NULL DEFAULT '', high TEXT NOT NULL, low TEXT NOT NULL,
  role_type INTEGER NOT NULL, ord INTEGER NOT NULL, hidden INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role_id INTEGER NOT NULL, PRIMARY KEY (scope, principal_id, role_id));
CREATE TABLE IF NOT EXISTS unique_scopes (scope TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY, title TEXT NOT NULL COLLATE NOCASE UNIQUE, url TEXT NOT NULL COLLATE NOCASE UNIQUE, template INTEGER NOT NULL,
  entity TEXT NOT NULL, props TEXT NOT NULL, item_count INTEGER NOT NULL DEFAULT 0, last_item_id INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL, modified TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fields (
  list_id TEXT NOT NULL, id TEXT NOT NULL, internal_name TEXT NOT NULL COLLATE NOCASE, title TEXT NOT NULL, kind INTEGER NOT NULL,
  type_as_string TEXT NOT NULL, props TEXT NOT NULL, ord INTEGER NOT NULL, builtin INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (list_id, id));
CREATE UNIQUE INDEX IF NOT EXISTS fields_name ON fields(list_id, internal_name);
CREATE TABLE IF NOT EXISTS views (
  list_id TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL COLLATE NOCASE, props TEXT NOT NULL, PRIMARY KEY (list_id, id));
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL, id INTEGER NOT NULL, uid TEXT NOT NULL, version INTEGER NOT NULL, ui_version INTEGER NOT NULL,
  author_id INTEGER NOT NULL, editor_id INTEGER NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
  fs_type INTEGER NOT NULL DEFAULT 0, dir TEXT NOT NULL DEFAULT '', leaf TEXT NOT NULL DEFAULT '', data TEXT NOT NULL,
  PRIMARY KEY (list_id, id));
CREATE INDEX IF NOT EXISTS items_author ON items(list_id, author_id, id);
CREATE INDEX IF NOT EXISTS items_path ON items(list_id, dir, leaf);
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, ui_version INTEGER NOT NULL, editor_id INTEGER NOT NULL, created TEXT NOT NULL,
  data TEXT NOT NULL, PRIMARY KEY (list_id, item_id, ui_version));
CREATE TABLE IF NOT EXISTS files (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, uid TEXT NOT NULL, content BLOB NOT NULL, PRIMARY KEY (list_id, item_id));
CREATE TABLE IF NOT EXISTS file_versions (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, ui_version INTEGER NOT NULL, content BLOB NOT NULL, created TEXT NOT NULL,
  editor_id INTEGER NOT NULL, PRIMARY KEY (list_id, item_id, ui_version));
CREATE TABLE IF NOT EXISTS approved (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, ui_version INTEGER NOT NULL, editor_id INTEGER NOT NULL,
  modified TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, item_id));
CREATE TABLE IF NOT EXISTS attachments (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, content BLOB NOT NULL, PRIMARY KEY (list_id, item_id, name));
CREATE TABLE IF NOT EXISTS uploads (upload_id TEXT PRIMARY KEY, list_id TEXT NOT NULL, item_id INTEGER NOT NULL, content BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS changes (
  change_no INTEGER PRIMARY KEY AUTOINCREMENT, list_id TEXT NOT NULL, item_id INTEGER, change_type INTEGER NOT NULL,
  object_type TEXT NOT NULL, time TEXT NOT NULL, uid TEXT);
CREATE INDEX IF NOT EXISTS changes_list ON changes(list_id, change_no);
CREATE TABLE IF NOT EXISTS subscriptions (
  id TEXT PRIMARY KEY, list_id TEXT NOT NULL, notification_url TEXT NOT NULL, expiration TEXT NOT NULL,
  client_state TEXT, creator TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS webhook_queue (
  subscription_id TEXT PRIMARY KEY, due_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS webhook_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, subscription_id TEXT NOT NULL, time TEXT NOT NULL, status INTEGER, attempt INTEGER NOT NULL,
  delivered INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS mail (
  id TEXT PRIMARY KEY, mailbox TEXT NOT NULL COLLATE NOCASE, folder TEXT NOT NULL, message TEXT NOT NULL, created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mail_box ON mail(mailbox, folder, created);
CREATE TABLE IF NOT EXISTS activity (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, body TEXT NOT NULL, created TEXT NOT NULL);
`;

export type Db = Database.Database;

export function openDb(dbPath: string): Db {
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  nestTransactions(db);
  migrate(db);
  db.exec(SCHEMA);
  cachePreparedStatements(db);
  return db;
}

/**
 * libsql's `get()` adds an enumerable `_metadata: {duration}` to the row (its `all()` and `iterate()` do not);
 * rows are turned into SharePoint's JSON, so it must never reach them.
 */
function withoutRowMetadata(stmt: Database.Statement): Database.Statement {
  const get = stmt.get.bind(stmt);
  stmt.get = (...params: unknown[]): unknown => {
    const row = get(...params) as Record<string, unknown> | undefined;
    if (row && typeof row === 'object') delete row._metadata;
    return row;
  };
  return stmt;
}

/**
 * `db.transaction(fn)` that nests, as better-sqlite3's does: an inner call becomes a savepoint, so a refused
 * inner write (a duplicate unique value inside a $batch, a test seeding many items in one outer transaction)
 * rolls back alone. libsql's own wrapper issues a plain BEGIN, which SQLite refuses inside a transaction.
 */
function nestTransactions(db: Db): void {
  let depth = 0;
  (db as { transaction: unknown }).transaction = <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const savepoint = `nested_${depth}`;
      db.exec(depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`);
      depth++;
      let result: R;
      try {
        result = fn(...args);
      } catch (e) {
        depth--;
        db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
        throw e;
      }
      depth--;
      db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
      return result;
    };
}

/** Databases created before items became a rowid table (expression indexes are ignored on WITHOUT ROWID). */
function migrate(db: Db): void {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE type='table' AND name='items'").get() as { sql: string } | undefined;
  if (!row || !/WITHOUT ROWID/i.test(row.sql)) return;
  db.transaction(() => {
    db.exec('ALTER TABLE items RENAME TO items_old');
    db.exec(SCHEMA);
    db.exec('INSERT INTO items SELECT * FROM items_old');
    db.exec('DROP TABLE items_old');
  })();
}

/**
 * Memoizes `db.prepare(sql)`: statement preparation dominated the insert profile. A statement that is still
 * iterating (`busy`) is never handed out twice; the cache is bounded because filter SQL varies per query.
 */
function cachePreparedStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  (db as { prepare: (sql: string) => Database.Statement }).prepare = (sql: string): Database.Statement => {
    const hit = cache.get(sql);
    if (hit && !hit.busy) return hit;
    const stmt = withoutRowMetadata(prepare(sql));
    if (!hit) {
      if (cache.size > 1000) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  };
}
