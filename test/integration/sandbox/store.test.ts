import { openDb } from '../../../sandbox/src/store/db';

/** The store's transactions nest (savepoints), as the sandbox's $batch and bulk seeding rely on. */
describe('sandbox store transactions', () => {
  test('an inner transaction that throws rolls back alone; the outer one commits the rest', () => {
    const db = openDb(':memory:');
    db.exec('CREATE TABLE t (v TEXT)');
    const insert = (v: string): void => void db.prepare('INSERT INTO t (v) VALUES (?)').run(v);
    db.transaction(() => {
      insert('outer-1');
      expect(() => db.transaction(() => { insert('inner'); throw new Error('refused'); })()).toThrow('refused');
      db.transaction(() => insert('inner-ok'))();
      insert('outer-2');
    })();
    expect((db.prepare('SELECT v FROM t ORDER BY rowid').all() as { v: string }[]).map((r) => r.v)).toEqual(['outer-1', 'inner-ok', 'outer-2']);
    db.close();
  });

  test('an outer transaction that throws rolls back everything, inner commits included', () => {
    const db = openDb(':memory:');
    db.exec('CREATE TABLE t (v TEXT)');
    expect(() => db.transaction(() => {
      db.transaction(() => void db.prepare('INSERT INTO t (v) VALUES (?)').run('inner'))();
      throw new Error('outer refused');
    })()).toThrow('outer refused');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    // and the connection is usable afterwards (no transaction left open)
    db.transaction(() => void db.prepare('INSERT INTO t (v) VALUES (?)').run('after'))();
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    db.close();
  });
});
