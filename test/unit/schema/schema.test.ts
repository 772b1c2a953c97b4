import * as fs from 'fs';
import * as path from 'path';
import { ALL_LISTS, buildSiteSchema, fieldsOf, IListDef, LIST_ACCESS } from '../../../src/schema';

const BUILT_INS = new Set(['ID', 'Title', 'LinkTitle', 'Created', 'Modified', 'Author', 'Editor', 'DocIcon', 'LinkFilename', 'FileLeafRef']);
// SharePoint indexes ID itself; every other column a view filters or sorts on must be indexed by the schema.
const ALWAYS_INDEXED = new Set(['ID']);
const PERSON_OR_LOOKUP = new Set(['user', 'userMulti', 'lookup', 'lookupMulti']);

const config = {
  groupPrefix: 'opsdesk',
  vendors: [
    { key: 'midori-systems', name: 'みどりシステムズ株式会社', kind: 'asp' as const },
    { key: 'sakura-its', name: 'さくらITサービス株式会社', kind: 'asp' as const }
  ]
};

function fieldByName(list: IListDef, name: string) {
  return fieldsOf(list).find((f) => f.internalName === name);
}

function fieldRefs(caml: string): string[] {
  const names: string[] = [];
  const re = /<FieldRef Name='([^']+)'/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(caml)) !== null) names.push(m[1]);
  return names;
}

describe.each(ALL_LISTS.map((l) => [l.key, l] as const))('list %s', (_key, list) => {
  test('internal names are ASCII, prefixed Ops, at most 32 characters and unique in the list', () => {
    const names = fieldsOf(list).map((f) => f.internalName);
    for (const name of names) {
      expect(name).toMatch(/^Ops[A-Za-z0-9]{1,29}$/);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  test('has at most 20 indexed columns, and every unique column is indexed (SharePoint limits)', () => {
    const fields = fieldsOf(list);
    expect(fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
    for (const f of fields.filter((x) => x.unique)) expect(f.indexed).toBe(true);
  });

  test('titles exist in Japanese and English', () => {
    for (const t of [list.title, list.titleField, ...fieldsOf(list).map((f) => f.title), ...list.views.map((v) => v.title)]) {
      expect(t.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(t.en.length).toBeGreaterThan(0);
    }
  });

  test('choice fields have choices and their default is one of them', () => {
    for (const f of fieldsOf(list).filter((x) => x.kind === 'choice' || x.kind === 'multiChoice')) {
      expect(f.choices && f.choices.length).toBeGreaterThan(0);
      if (f.defaultValue !== undefined) expect(f.choices!.map((c) => c.value)).toContain(f.defaultValue);
    }
  });

  test('lookups point at lists of the schema', () => {
    const keys = ALL_LISTS.map((l) => l.key);
    for (const f of fieldsOf(list).filter((x) => x.kind === 'lookup' || x.kind === 'lookupMulti')) {
      expect(keys).toContain(f.lookupList);
    }
  });

  test('views show known columns, at most 12 person/lookup columns, and filter or sort only on indexed ones', () => {
    expect(list.views.filter((v) => v.default).length).toBe(1);
    for (const view of list.views) {
      for (const name of view.fields) {
        expect(BUILT_INS.has(name) || fieldByName(list, name) !== undefined).toBe(true);
      }
      const heavy = view.fields.filter((n) => {
        const f = fieldByName(list, n);
        return (f && PERSON_OR_LOOKUP.has(f.kind)) || n === 'Author' || n === 'Editor';
      });
      expect(heavy.length).toBeLessThanOrEqual(12);
      for (const ref of fieldRefs(view.query)) {
        const indexed = ALWAYS_INDEXED.has(ref) || fieldByName(list, ref)?.indexed === true;
        if (!indexed) throw new Error(`${list.key}/${view.key} queries non-indexed column ${ref}`);
      }
    }
  });

  test('has an access row for every role', () => {
    expect(Object.keys(LIST_ACCESS[list.key]).sort()).toEqual(['csp', 'department', 'ictCenter', 'vendor']);
  });
});

describe('site schema', () => {
  const site = buildSiteSchema(config);

  test('list keys and URLs are unique', () => {
    expect(new Set(ALL_LISTS.map((l) => l.key)).size).toBe(ALL_LISTS.length);
    expect(new Set(ALL_LISTS.map((l) => l.url.toLowerCase())).size).toBe(ALL_LISTS.length);
  });

  test('one group per role and one per vendor, with the prefix', () => {
    expect(site.groups.map((g) => g.key)).toEqual(['ictCenter', 'department', 'vendor:midori-systems', 'vendor:sakura-its', 'csp']);
    for (const g of site.groups) expect(g.title.startsWith('opsdesk ')).toBe(true);
  });

  test('department staff and CSP get nothing on operator knowledge; vendors nothing on the audit log', () => {
    const knowledge = site.listGrants.knowledge.map((g) => g.groupKey);
    expect(knowledge).toEqual(['ictCenter', 'vendor:midori-systems', 'vendor:sakura-its']);
    expect(site.listGrants.auditLog).toEqual([{ groupKey: 'ictCenter', level: 'read' }]);
  });

  test('every vendor group gets the same list-level grant (item permissions separate vendors)', () => {
    const inquiries = site.listGrants.inquiries;
    expect(inquiries).toContainEqual({ groupKey: 'vendor:midori-systems', level: 'contribute' });
    expect(inquiries).toContainEqual({ groupKey: 'vendor:sakura-its', level: 'contribute' });
    expect(inquiries.find((g) => g.groupKey === 'csp')).toBeUndefined();
  });

  test('lists whose vendors could see each other have item-level security', () => {
    const byKey = new Map(ALL_LISTS.map((l) => [l.key, l]));
    expect(byKey.get('inquiries')!.itemSecurity).toBe('requesterVendorIct');
    expect(byKey.get('issues')!.itemSecurity).toBe('roleMatrix');
    expect(byKey.get('knowledge')!.itemSecurity).toBe('vendorScoped');
    expect(byKey.get('documents')!.itemSecurity).toBe('vendorScoped');
    // public registers each vendor keeps up: every vendor group may add, only the item's vendor may edit
    expect(byKey.get('services')!.itemSecurity).toBe('ownVendorEdits');
    expect(byKey.get('faq')!.itemSecurity).toBe('ownVendorEdits');
    expect(byKey.get('faq')!.fields.vendorKey).toMatchObject({ internalName: 'OpsVendorKey', indexed: true });
  });
});

describe('the schema is the only place internal names are spelled', () => {
  const names = new Set<string>();
  for (const list of ALL_LISTS) {
    names.add(list.url);
    for (const f of fieldsOf(list)) names.add(f.internalName);
  }

  function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(p);
      return /\.(ts|tsx|js)$/.test(e.name) ? [p] : [];
    });
  }

  test('no file under src/ outside src/schema contains an internal field name or list URL as a literal', () => {
    const root = path.join(__dirname, '../../../src');
    const offenders: string[] = [];
    for (const file of sourceFiles(root)) {
      if (file.includes(`${path.sep}schema${path.sep}`)) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const name of names) {
        if (new RegExp(`['"\`/]${name.replace(/[/]/g, '\\/')}['"\`/?]`).test(text)) offenders.push(`${path.relative(root, file)}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
