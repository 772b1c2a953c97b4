import { isDataError } from '../../../src/data/DataError';
import { IImportIssue, SpIssueRepository } from '../../../src/data/issues';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { IssuesList, MeetingsList } from '../../../src/schema';
import { createIssueSite, IIssueSite } from './support/issueSite';

// The sandbox applies SharePoint's list view threshold at 250 items here (5,000 online), so a list of 264 issues
// behaves like a large register: a query is answered only if its indexed filter narrows it below the limit.
const THRESHOLD = 250;

describe('register views stay under the list view threshold (sandbox threshold lowered to 250)', () => {
  let site: IIssueSite;
  let clock = new Date('2026-04-01T10:00:00+09:00');
  let owner: number;
  let other: number;

  beforeAll(async () => {
    site = await createIssueSite(() => clock, THRESHOLD);
    owner = await site.userId('staffA');
    other = await site.userId('vendorA');
    const service = new SpIssueRepository(site.service, site.webUrl, () => clock);
    const closed: IImportIssue[] = [];
    for (let i = 1; i <= 260; i++) closed.push({ title: `完了済みの課題 ${i}`, area: 'network', priority: 'low', owner: { id: owner, title: '' }, dueDate: '2026-03-31', status: 'closed' });
    expect((await service.importIssues(closed)).created).toHaveLength(260);
    await new SchemaListRepository(site.service, site.webUrl, MeetingsList).add({ heldOn: '2026-05-11' }, '5月定例会');
    clock = new Date('2026-05-13T10:00:00+09:00');
    const open: IImportIssue[] = [
      { title: '期限超過の課題', area: 'network', priority: 'high', owner: { id: owner, title: '' }, dueDate: '2026-05-12', status: 'inProgress' },
      { title: '今週期限の課題', area: 'network', priority: 'medium', owner: { id: owner, title: '' }, dueDate: '2026-05-15', status: 'open' },
      { title: '来月期限の課題', area: 'network', priority: 'medium', owner: { id: other, title: '' }, dueDate: '2026-06-30', status: 'onHold' },
      { title: '対応済の課題', area: 'network', priority: 'medium', owner: { id: owner, title: '' }, dueDate: '2026-05-01', status: 'resolved' }
    ];
    expect((await service.importIssues(open)).created).toHaveLength(4);
  }, 120000);
  afterAll(() => site.close());

  async function titles(view: Parameters<SpIssueRepository['page']>[0]): Promise<string[]> {
    const repo = new SpIssueRepository(site.as('ict'), site.webUrl, () => clock);
    const page = await repo.page(view);
    return page.records.map((r) => r.issue.title).sort();
  }

  test('by status (all open, one status), by owner, overdue and due this week answer on a list above the threshold', async () => {
    const today = '2026-05-13';
    expect(await titles({ view: 'byStatus', today })).toEqual(['今週期限の課題', '対応済の課題', '期限超過の課題', '来月期限の課題'].sort());
    expect(await titles({ view: 'byStatus', today, status: 'onHold' })).toEqual(['来月期限の課題']);
    expect(await titles({ view: 'byOwner', today, ownerId: other })).toEqual(['来月期限の課題']);
    expect(await titles({ view: 'overdue', today })).toEqual(['期限超過の課題']);
    expect(await titles({ view: 'dueThisWeek', today })).toEqual(['今週期限の課題']);
  }, 60000);

  test('pages follow SharePoint\'s next link', async () => {
    const repo = new SpIssueRepository(site.as('ict'), site.webUrl, () => clock);
    const first = await repo.page({ view: 'byStatus', today: '2026-05-13', pageSize: 3 });
    expect(first.records).toHaveLength(3);
    expect(first.next).toBeDefined();
    const second = await (first.next as NonNullable<typeof first.next>)();
    expect(second.records).toHaveLength(1);
    expect(second.next).toBeUndefined();
  }, 60000);

  test('"since the last meeting" reads the open issues and those closed since, not the whole list', async () => {
    const repo = new SpIssueRepository(site.as('ict'), site.webUrl, () => clock);
    const { rows } = await repo.sinceMeeting('2026-05-11', clock);
    expect(rows.map((r) => [r.issue.title, r.changes]).sort()).toEqual(
      [
        ['今週期限の課題', ['new']],
        ['期限超過の課題', ['new', 'overdue']],
        ['来月期限の課題', ['new']],
        ['対応済の課題', ['new']]
      ].sort()
    );
  }, 60000);

  test('control: a query the schema did not index for is refused by the threshold, and reported as such', async () => {
    const issues = new SchemaListRepository(site.as('ict'), site.webUrl, IssuesList);
    const error = await issues.page({ keys: ['status'], filter: issues.filter.eq('title', '期限超過の課題') }).then(() => undefined, (e: unknown) => e);
    expect(isDataError(error) && error.reason).toBe('listViewThreshold');
  }, 60000);
});
