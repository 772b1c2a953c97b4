import { isDataError } from '../../../src/data/DataError';
import { IInquiryPage, IInquiryQuery, IInquiryRecord } from '../../../src/data/inquiries';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { INQUIRY_STATUS_LABELS, InquiryStatus, jstInstant } from '../../../src/domain';
import { InquiriesList } from '../../../src/schema';
import { IInquirySandbox, inquirySandbox, WEB } from './inquirySandbox';

jest.setTimeout(300000);

// The sandbox applies SharePoint's list view threshold rule with a configurable limit; 300 instead of 5,000
// keeps the seed small while every query below runs on a list far above the threshold (SPO rule §3.3).
const THRESHOLD = 300;
const COUNT = 1000;
const NOW = new Date('2026-11-25T01:00:00.000Z');

interface ISeed {
  i: number;
  title: string;
  status: InquiryStatus;
  requester: 'staffA' | 'staffB';
  assignee: 'vendorA' | 'vendorA2' | 'vendorB';
  vendorKey: string;
  receivedAt: Date;
  month: string;
}

/** 1,000 inquiries over 20 months: 50 a month, a few open, most closed; a heavy requester and vendor. */
function seed(i: number): ISeed {
  const monthIndex = Math.floor(i / 50); // 0 = 2025-04 … 19 = 2026-11
  const year = 2025 + Math.floor((3 + monthIndex) / 12);
  const m = ((3 + monthIndex) % 12) + 1;
  const month = `${year}-${m < 10 ? '0' : ''}${m}`;
  const open: InquiryStatus[] = ['received', 'assigned', 'responded', 'waiting'];
  const status: InquiryStatus = i % 16 === 0 || i % 16 === 6 || i % 16 === 9 ? open[i % 4] : i % 3 === 0 ? 'resolved' : 'closed';
  return {
    i,
    title: `問い合わせ ${i}${i % 25 === 9 ? ' プリンタが使えない' : ''}`,
    status,
    requester: i % 10 === 0 ? 'staffA' : 'staffB',
    assignee: i % 4 === 0 ? 'vendorA' : i % 4 === 2 ? 'vendorA2' : 'vendorB',
    vendorKey: i % 2 === 0 ? 'midori-systems' : 'sakura-its',
    receivedAt: new Date(jstInstant(`${month}-01`).getTime() + ((i % 50) * 7 + 9) * 3600000),
    month
  };
}

const SEEDS = Array.from({ length: COUNT }, (_, i) => seed(i));

describe(`queues on an inquiry list above the list view threshold (${COUNT} items, threshold ${THRESHOLD})`, () => {
  let s: IInquirySandbox;
  const userIds: Record<string, number> = {};
  const itemIdOf = new Map<number, number>();

  beforeAll(async () => {
    s = await inquirySandbox({ sandbox: { listViewThreshold: THRESHOLD } });
    for (const k of ['staffA', 'staffB', 'vendorA', 'vendorA2', 'vendorB']) userIds[k] = await s.userId(k);
    const app = s.spAs({ app: true });
    for (let start = 0; start < COUNT; start += 100) {
      const [batched, execute] = app.batched();
      const repo = new SchemaListRepository(batched, WEB, InquiriesList);
      const adds = SEEDS.slice(start, start + 100).map((x) =>
        repo
          .add(
            {
              body: `<p>${x.title}</p>`, category: 'その他', status: INQUIRY_STATUS_LABELS[x.status].ja, system: s.systems.juki,
              requester: userIds[x.requester], assignee: userIds[x.assignee], vendorKey: x.vendorKey,
              receivedAt: x.receivedAt.toISOString(), firstResponseDue: new Date(x.receivedAt.getTime() + 7200000).toISOString()
            },
            x.title
          )
          .then((r) => itemIdOf.set(x.i, r.id))
      );
      await execute();
      await Promise.all(adds);
    }
  }, 600000);
  afterAll(() => s && s.sb.close());

  async function everything(query: Omit<IInquiryQuery, 'pageSize'>, who: string): Promise<{ ids: number[]; pages: number }> {
    const repo = s.as(who, () => NOW).inquiries;
    const ids: number[] = [];
    let pages = 0;
    let page: IInquiryPage | undefined = await repo.page({ ...query, pageSize: 25 });
    while (page) {
      pages++;
      ids.push(...page.items.map((r: IInquiryRecord) => r.id));
      page = page.next ? await page.next() : undefined;
    }
    return { ids, pages };
  }

  const expected = (pick: (x: ISeed) => boolean): number[] => SEEDS.filter(pick).map((x) => itemIdOf.get(x.i)!).sort((a, b) => a - b);
  const sorted = (ids: number[]): number[] => ids.slice().sort((a, b) => a - b);
  const isOpen = (x: ISeed): boolean => ['received', 'assigned', 'responded', 'waiting'].indexOf(x.status) >= 0;

  test('the list really is above the threshold: a non-indexed filter, or an indexed one matching too many, is refused', async () => {
    const raw = new SchemaListRepository(s.spAs('ict'), WEB, InquiriesList);
    for (const filter of [raw.filter.substringOf('title', 'プリンタ'), raw.filter.eq('vendorKey', 'midori-systems')]) {
      const error = await raw.page({ filter, pageSize: 10 }).then(() => undefined, (e: unknown) => e);
      expect(isDataError(error) && error.reason).toBe('listViewThreshold');
    }
  });

  test('ICT center, all open inquiries by due date: every one, each once, over several pages', async () => {
    const { ids, pages } = await everything({ scope: 'all', userId: 0, status: 'open', sort: 'dueAsc' }, 'ict');
    expect(sorted(ids)).toEqual(expected(isOpen));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBeGreaterThan(2);
  });

  test('ICT center, any status in one month of receipt', async () => {
    const { ids } = await everything({ scope: 'all', userId: 0, status: 'any', receivedMonth: '2026-03', sort: 'receivedAsc' }, 'ict');
    expect(ids).toEqual(expected((x) => x.month === '2026-03'));
    expect(ids).toHaveLength(50);
  });

  test('ICT center, closed inquiries without a month: the current month (Asia/Tokyo) keeps the query under the threshold', async () => {
    const { ids } = await everything({ scope: 'all', userId: 0, status: 'closed', sort: 'receivedDesc' }, 'ict');
    expect(sorted(ids)).toEqual(expected((x) => x.month === '2026-11' && x.status === 'closed'));
    expect(ids.length).toBeGreaterThan(0);
  });

  test('operator: assigned to me, and my vendor\'s open queue', async () => {
    const mine = await everything({ scope: 'assignedToMe', userId: userIds.vendorA, status: 'open', sort: 'dueAsc' }, 'vendorA');
    expect(sorted(mine.ids)).toEqual(expected((x) => isOpen(x) && x.assignee === 'vendorA'));
    const vendor = await everything({ scope: 'myVendor', userId: userIds.vendorA, vendorKey: 'midori-systems', status: 'open', sort: 'dueAsc' }, 'vendorA');
    expect(sorted(vendor.ids)).toEqual(expected((x) => isOpen(x) && x.vendorKey === 'midori-systems'));
  });

  test('staff: my open inquiries, and all of mine in any status (a requester\'s own inquiries are few)', async () => {
    const open = await everything({ scope: 'mine', userId: userIds.staffB, status: 'open', sort: 'receivedDesc' }, 'staffB');
    expect(sorted(open.ids)).toEqual(expected((x) => isOpen(x) && x.requester === 'staffB'));
    const all = await everything({ scope: 'mine', userId: userIds.staffA, status: 'any', sort: 'receivedDesc' }, 'staffA');
    expect(sorted(all.ids)).toEqual(expected((x) => x.requester === 'staffA'));
  });

  test('search on the subject (not indexed) works once an indexed clause has narrowed the list', async () => {
    const { ids } = await everything({ scope: 'all', userId: 0, status: 'open', search: 'プリンタ', sort: 'dueAsc' }, 'ict');
    expect(sorted(ids)).toEqual(expected((x) => isOpen(x) && x.title.indexOf('プリンタ') >= 0));
    expect(ids.length).toBeGreaterThan(0);
  });
});
