import { IIssuePage, SpIssueRepository } from '../../../src/data/issues';
import { IssueArea, proposeChange } from '../../../src/domain';
import { IssuesList, ProposalsList } from '../../../src/schema';
import { spfxPage } from '../../support/spfxPage';
import { createIssueSite, IIssueSite } from './support/issueSite';

// The register's first screen (IssueRegister calls repository.firstScreen once) through the web part's real
// client: SharePoint answers a $batch of GETs part by part, each with the caller's item permissions, so the
// actor, the open issues and the pending proposals arrive in one HTTP request and are already trimmed.
const TODAY = '2026-05-13';
const NOW = new Date('2026-05-13T10:00:00+09:00');

describe('issue register first screen: one $batch request, trimmed by item permissions', () => {
  let site: IIssueSite;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    site = await createIssueSite(() => NOW);
    const ict = new SpIssueRepository(site.as('ict'), site.webUrl, () => NOW);
    const owner = { id: await site.userId('ict'), title: '佐藤 花子' };
    const raise = async (title: string, area: IssueArea, dueDate: string, vendorKey: string): Promise<number> => {
      const id = await ict.raise({ title, area, priority: 'medium', owner, dueDate }, vendorKey);
      await site.secure(IssuesList.key, id);
      return id;
    };
    // 単独利用領域 involves the vendor role: each issue is shared with its own vendor's group only.
    ids.midori1 = await raise('みどり: 帳票出力が遅い', 'dedicatedArea', '2026-05-20', 'midori-systems');
    ids.midori2 = await raise('みどり: 夜間バッチの遅延', 'dedicatedArea', '2026-05-27', 'midori-systems');
    ids.sakura = await raise('さくら: 税額計算の誤り', 'dedicatedArea', '2026-05-22', 'sakura-its');
    ids.closed = await raise('みどり: 完了済みの課題', 'dedicatedArea', '2026-05-01', 'midori-systems');
    const closedDetail = await ict.get(ids.closed);
    await ict.report(closedDetail, '完了', 'closed', { ...closedDetail.record.issue, status: 'closed' });
    // A vendor's pending proposal: the issue shows it as pending before anyone has raised the item's flag.
    const vendor = new SpIssueRepository(site.as('vendorA'), site.webUrl, () => NOW);
    const detail = await vendor.get(ids.midori2);
    const proposed = proposeChange(detail.record.issue, 'dueDate', '2026-06-10', '外部連携先の改修待ち', { user: { id: await site.userId('vendorA'), title: '田中 翔' }, roles: ['vendor'], vendorKey: 'midori-systems' }, NOW);
    if (!proposed.ok) throw new Error(proposed.message.en);
    await site.secure(ProposalsList.key, await vendor.propose(detail, proposed.value.proposal));
  }, 120000);
  afterAll(() => site && site.close());

  const titles = (page: IIssuePage): string[] => page.records.map((r) => r.issue.title);

  test('ICT center: actor, every open issue and its pending mark in exactly one HTTP request (POST $batch)', async () => {
    const page = await spfxPage(site.sb, 'ict');
    const screen = await new SpIssueRepository(page.sp, site.webUrl, () => NOW).firstScreen({ view: 'byStatus', today: TODAY, pageSize: 50 });
    expect(page.requests).toEqual(['POST /sites/opsdesk/_api/$batch']);
    expect(screen.actor).toMatchObject({ user: { id: page.userId }, roles: ['ictCenter'] });
    expect(titles(screen.page)).toEqual(['みどり: 帳票出力が遅い', 'さくら: 税額計算の誤り', 'みどり: 夜間バッチの遅延']);
    expect(screen.page.records.filter((r) => r.pendingChange).map((r) => r.issue.id)).toEqual([ids.midori2]);
  }, 60000);

  test('vendor: the same one request; the other vendor\'s issue is not in it', async () => {
    const page = await spfxPage(site.sb, 'vendorA');
    const screen = await new SpIssueRepository(page.sp, site.webUrl, () => NOW).firstScreen({ view: 'byStatus', today: TODAY, pageSize: 50 });
    expect(page.requests).toEqual(['POST /sites/opsdesk/_api/$batch']);
    expect(screen.actor).toMatchObject({ user: { id: page.userId }, roles: ['vendor'] });
    expect(titles(screen.page)).toEqual(['みどり: 帳票出力が遅い', 'みどり: 夜間バッチの遅延']);
    expect(screen.page.records.filter((r) => r.pendingChange).map((r) => r.issue.id)).toEqual([ids.midori2]);
    const other = await spfxPage(site.sb, 'vendorB');
    const theirs = await new SpIssueRepository(other.sp, site.webUrl, () => NOW).firstScreen({ view: 'byStatus', today: TODAY, pageSize: 50 });
    expect(other.requests).toHaveLength(1);
    expect(titles(theirs.page)).toEqual(['さくら: 税額計算の誤り']);
  }, 60000);

  test('the next page is one more request outside the spent batch, and continues where the first stopped', async () => {
    const page = await spfxPage(site.sb, 'ict');
    const screen = await new SpIssueRepository(page.sp, site.webUrl, () => NOW).firstScreen({ view: 'byStatus', today: TODAY, pageSize: 2 });
    expect(titles(screen.page)).toEqual(['みどり: 帳票出力が遅い', 'さくら: 税額計算の誤り']);
    page.reset();
    const second = await (screen.page.next as NonNullable<IIssuePage['next']>)();
    expect(titles(second)).toEqual(['みどり: 夜間バッチの遅延']);
    expect(second.records[0].pendingChange).toBe(true);
    // the page, then which of its issues await a decision (by id)
    expect(page.requests).toHaveLength(2);
    expect(page.requests.every((r) => r.indexOf('GET ') === 0)).toBe(true);
    expect(second.next).toBeUndefined();
  }, 60000);
});
