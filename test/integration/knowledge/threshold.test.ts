import { FaqRepository, FeedbackRepository, IArticlePage, KnowledgeRepository } from '../../../src/data/knowledge';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { FaqList, FeedbackList, KnowledgeList } from '../../../src/schema';
import { IProvisionedSandbox, provisionedSandbox } from '../../support/provisionedSandbox';
import { runViewEquivalent } from '../../support/viewQueries';
import { bulkSeed } from './bulkSeed';

const WEB = '/sites/opsdesk';
// 100,000 is the size the issue asks for; seeding it takes minutes on a shared machine, so the default run uses
// 12,000 (already over the threshold on every indexed clause) and OPSDESK_THRESHOLD_ITEMS=100000 runs the full size.
const N = Number(process.env.OPSDESK_THRESHOLD_ITEMS || 12_000);
// The knowledge and feedback lists run the same windowed code; 12,000 items already put every plain indexed filter
// over the threshold, and seeding 100,000 more of each would triple the test's time on a shared machine.
const M = 12_000;
const plain = (h: string): string => h;

// The worst case for the threshold: every entry published, so the indexed status clause alone matches 100,000.
// Each request scans windows of a large list; on a shared machine that can take longer than jest's 5 s.
jest.setTimeout(120_000);

describe(`FAQ (${N} items, all published), operator knowledge and feedback (${M} items each) stay under the 5,000 list view threshold`, () => {
  let env: IProvisionedSandbox;

  beforeAll(async () => {
    env = await provisionedSandbox();
    // One person owns one entry in 50 (2,000 of 100,000): the per-owner views' [Me] clause is bounded by that share.
    const ictId = ((await env.spAs('ict').web.currentUser.select('Id')()) as { Id: number }).Id;
    const common = (i: number) => ({
      owner: i % 50 === 0 ? ictId : null,
      answer: `<p>回答 ${i}</p>`, category: `分類${i % 40}`, status: '公開', reviewCycleDays: 180,
      nextReview: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`, tags: i % 1000 === 0 ? 'まれ' : 'よくある',
      searchText: i % 1000 === 0 ? 'まれ よくある回答' : 'よくある回答'
    });
    bulkSeed(env.sb, WEB, FaqList, N, (i) => ({ title: i % 1000 === 0 ? `まれな質問 ${i}` : `質問 ${i}`, values: common(i) }));
    bulkSeed(env.sb, WEB, KnowledgeList, M, (i) => ({ title: `手順 ${i}`, values: { ...common(i), sharedWithAll: true } }));
    bulkSeed(env.sb, WEB, FeedbackList, M, (i) => ({ title: '', values: { faq: (i % 500) + 1, helpful: i % 3 !== 0, counted: i < M - 300 } }));
  }, 600_000);
  afterAll(() => env && env.sb.close());

  test('control: the plain indexed status filter fails on this list, as SharePoint Online would (so the test can tell)', async () => {
    const repo = new SchemaListRepository(env.spAs('staffA'), WEB, FaqList);
    const error = await repo.page({ filter: repo.filter.eq('status', '公開'), pageSize: 50 }).then(() => undefined, (e: { reason?: string }) => e);
    expect(error && error.reason).toBe('listViewThreshold');
  });

  test('staff browse, search and filter by category: ID-windowed queries succeed and return full pages', async () => {
    const faq = new FaqRepository(env.spAs('staffA'), WEB, plain);
    expect((await faq.searchPublished({ pageSize: 50 })).articles).toHaveLength(50);
    expect((await faq.searchPublished({ category: '分類7', pageSize: 50 })).articles).toHaveLength(50);
    // A rare term (1 in 1,000): each page scans at most 4 windows (20,000 ids); paging on finds every match.
    let page: IArticlePage | undefined = await faq.searchPublished({ query: 'まれ', pageSize: 50 });
    const found: number[] = [];
    let pages = 0;
    while (page) {
      pages++;
      found.push(...page.articles.map((a) => a.id));
      expect(page.articles.every((a) => a.title.indexOf('まれな質問') === 0)).toBe(true);
      page = page.next ? await page.next() : undefined;
    }
    expect(found).toHaveLength(Math.ceil(N / 1000));
    expect(pages).toBe(Math.ceil(N / 20_000));
  });

  test('the reviewer view and the operator knowledge list work at this size', async () => {
    const kb = new KnowledgeRepository(env.spAs('ict'), WEB, 'knowledge', plain);
    expect((await kb.searchPublished({ query: '手順', pageSize: 50 })).articles).toHaveLength(50);
    const due = await new FaqRepository(env.spAs('ict'), WEB, plain).reviewCandidates('2026-12-20', 14);
    // nextReview 2027-01-01 is 1/12 of the entries, capped at the reviewer view's 2,000.
    expect(due.length).toBe(Math.min(2000, Math.ceil(N / 12)));
    expect(due.every((d) => d.nextReview === '2027-01-01')).toBe(true);
  });

  test('every list view of the FAQ and the operator knowledge runs under the threshold (its bounding clause and order, as REST)', async () => {
    const runs = [];
    for (const list of [FaqList, KnowledgeList]) {
      for (const view of list.views) runs.push(await runViewEquivalent(env.spAs('ict'), WEB, list, view));
    }
    expect(runs).toEqual([
      { view: 'faq/all', rows: 50 }, { view: 'faq/reviewDue', rows: 50 },
      { view: 'knowledge/all', rows: 50 }, { view: 'knowledge/reviewDue', rows: 50 }
    ]);
  });

  test('the notifier finds the 300 uncounted votes among 12,000', async () => {
    const votes = await new FeedbackRepository(env.spAs({ app: true }), WEB).uncounted(1000);
    expect(votes).toHaveLength(300);
  });
});
