import { SPFI } from '@pnp/sp';
import { Sandbox } from '../../../sandbox/src';
import { newSandbox, spAs, failure } from './clients';

const LVT = { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' } };

describe('list view threshold on a 10,000-item list (sharepoint-rest.md §3.3)', () => {
  let sb: Sandbox;
  let sp: SPFI;
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle('Big').items;

  beforeAll(async () => {
    sb = newSandbox();
    sp = spAs(sb, { app: true });
    await sp.web.lists.add('Big');
    const fields = sp.web.lists.getByTitle('Big').fields;
    await fields.addText('Bucket', { Indexed: true });
    await fields.addText('Category');
    await fields.addNumber('Seq');
    // 10,000 items inserted through the real client in $batch requests of 100 (fast in-process)
    for (let start = 0; start < 10_000; start += 100) {
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle('Big');
      for (let i = start; i < start + 100; i++) {
        void list.items.add({ Title: `item ${i}`, Bucket: `b${i % 50}`, Category: i % 2 ? 'odd' : 'even', Seq: i });
      }
      await execute();
    }
  }, 120_000);
  afterAll(() => sb.close());

  test('ItemCount is 10,000', async () => {
    expect((await sp.web.lists.getByTitle('Big').select('ItemCount')()).ItemCount).toBe(10_000);
  });

  test('non-indexed $filter with $top → 500 -2147024860 SPQueryThrottledException (§3.3, pnpjs#3149)', async () => {
    const f = await failure(items().filter("Category eq 'odd'").top(10)());
    expect(f.status).toBe(500);
    expect(f.body).toEqual({ 'odata.error': LVT });
  });

  test('indexed clause + non-indexed clause passes when the indexed clause narrows below 5,000 (§3.3)', async () => {
    const r = await items().filter("Bucket eq 'b7' and Category eq 'odd'").select('Id', 'Seq').top(500)();
    expect(r).toHaveLength(200);
    expect(r.every(i => i.Seq % 50 === 7)).toBe(true);
  });

  test('indexed column alone matching more than 5,000 items still fails (pnpjs#3163 maintainer quote)', async () => {
    const f = await failure(items().filter("Bucket ne 'b0'").top(10)());
    expect(f.status).toBe(500);
    expect(f.body['odata.error'].code).toBe(LVT.code);
  });

  test('ID range filters count as indexed (ID is always indexed, §3.3)', async () => {
    const r = await items().filter('ID gt 9990').select('Id')();
    expect(r.map(i => i.Id)).toEqual([9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999, 10000]);
  });

  test('$orderby on a non-indexed column of a large list is throttled; on an indexed one it pages (§3.3 rule 2)', async () => {
    const f = await failure(items().orderBy('Seq', false).top(5)());
    expect(f.status).toBe(500);
    const r = await items().filter("Bucket eq 'b3'").orderBy('Bucket').select('Id').top(3)();
    expect(r.map(i => i.Id)).toEqual([4, 54, 104]);
  });

  test('unfiltered paging through all 10,000 items via odata.nextLink works (§3.3 fact: pnpjs#3149 5,896 items)', async () => {
    let count = 0;
    let pages = 0;
    let last = 0;
    let ordered = true;
    for await (const page of items().select('Id').top(1000)) {
      pages++;
      for (const it of page as { Id: number }[]) {
        ordered = ordered && it.Id > last;
        last = it.Id;
        count++;
      }
    }
    expect(ordered).toBe(true);
    expect(count).toBe(10_000);
    expect(pages).toBe(10);
  }, 60_000);

  test('indexed-filter paging with $top and $skiptoken walks the 200 matches (§9.1)', async () => {
    const ids: number[] = [];
    for await (const page of items().filter("Bucket eq 'b42'").select('Id').top(30)) ids.push(...(page as { Id: number }[]).map(i => i.Id));
    expect(ids).toHaveLength(200);
    expect(ids[0]).toBe(43);
    expect(ids[199]).toBe(9993);
  }, 60_000);
});
