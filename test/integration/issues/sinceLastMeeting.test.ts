import { SpIssueRepository, lastMeetingBefore, todayKey } from '../../../src/data/issues';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { IValidNewIssue } from '../../../src/domain';
import { IssuesList, MeetingsList } from '../../../src/schema';
import { createIssueSite, IIssueSite } from './support/issueSite';

describe('"since the last meeting" view on a sandbox fixture (item versions, the sandbox clock moved between saves)', () => {
  let site: IIssueSite;
  let clock = new Date('2026-05-08T10:00:00+09:00');
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    site = await createIssueSite(() => clock);
    // Written with the service identity (bearer token): a request digest fetched before the clock moves
    // by days would be refused afterwards, as SharePoint refuses a digest older than its timeout.
    const ict = new SpIssueRepository(site.service, site.webUrl, () => clock);
    const issues = new SchemaListRepository(site.service, site.webUrl, IssuesList);
    const staffA = await site.userId('staffA');
    const vendorA = await site.userId('vendorA');
    const raise = (title: string, dueDate: string): Promise<number> =>
      ict.raise({ title, area: 'network', priority: 'medium', owner: { id: staffA, title: '' }, dueDate } as IValidNewIssue);
    const change = async (id: number, values: Record<string, string | number | null>): Promise<void> => {
      const item = await issues.get(id, ['status']);
      await issues.update(id, item.etag as string, values);
    };

    // Before the meeting of 2026-05-11.
    ids.ownerChanged = await raise('担当者が替わる課題', '2026-06-30');
    ids.dueChanged = await raise('期限が延びる課題', '2026-06-30');
    ids.closed = await raise('完了する課題', '2026-06-30');
    ids.overdue = await raise('期限を過ぎる課題', '2026-05-15');
    ids.untouched = await raise('変化のない課題', '2026-06-30');
    ids.progressOnly = await raise('対応状況だけ更新する課題', '2026-06-30');
    const meetings = new SchemaListRepository(site.service, site.webUrl, MeetingsList);
    await meetings.add({ heldOn: '2026-04-13' }, '4月定例会');
    await meetings.add({ heldOn: '2026-05-11' }, '5月定例会');
    await meetings.add({ heldOn: '2026-06-08' }, '6月定例会');

    // After it.
    clock = new Date('2026-05-13T14:00:00+09:00');
    ids.created = await raise('新しく起票した課題', '2026-07-31');
    await change(ids.ownerChanged, { owner: vendorA });
    await change(ids.dueChanged, { dueDate: '2026-07-15' });
    await change(ids.closed, { status: '完了', closedAt: clock.toISOString() });
    await change(ids.progressOnly, { progress: '調査中' });
    clock = new Date('2026-05-18T10:00:00+09:00');
  }, 60000);
  afterAll(() => site.close());

  test('new, owner changed, due changed, closed and overdue — with the values at the meeting — and nothing else', async () => {
    const repo = new SpIssueRepository(site.as('staffA'), site.webUrl, () => clock);
    const meeting = lastMeetingBefore(await repo.meetingDates(), todayKey(clock));
    expect(meeting).toBe('2026-05-11');
    const { rows, records } = await repo.sinceMeeting(meeting as string, clock);
    const byId = new Map(rows.map((r) => [r.issue.id, r]));
    expect(new Map(rows.map((r) => [r.issue.id, r.changes]))).toEqual(
      new Map([
        [ids.ownerChanged, ['ownerChanged']],
        [ids.dueChanged, ['dueChanged']],
        [ids.closed, ['closed']],
        [ids.overdue, ['overdue']],
        [ids.created, ['new']]
      ])
    );
    expect(byId.get(ids.ownerChanged)?.ownerAtMeeting).toEqual({ id: await site.userId('staffA'), title: '鈴木 一郎' });
    expect(byId.get(ids.ownerChanged)?.issue.owner.title).toBe('田中 翔');
    expect(byId.get(ids.dueChanged)?.dueAtMeeting).toBe('2026-06-30');
    expect(records.map((r) => r.issue.id).sort()).toEqual(rows.map((r) => r.issue.id).sort());
  }, 60000);
});
