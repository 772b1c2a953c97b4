import { applyIssueTransition, IActor, RoleKey } from '../../../src/domain';
import { isDataError } from '../../../src/data/DataError';
import { applyIssueUpdates, SpIssueRepository } from '../../../src/data/issues';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { IssuesList, IssueUpdatesList } from '../../../src/schema';
import { createIssueSite, IIssueSite } from './support/issueSite';

describe('progress and status apply without approval, through 課題対応記録 for those who only read the issue (sandbox)', () => {
  let site: IIssueSite;
  const now = new Date();
  const due = new Date(now.getTime() + 10 * 86400000 + 9 * 3600000).toISOString().slice(0, 10);
  let issueId: number;
  const roles: Record<number, IActor> = {};
  const repo = (key: string): SpIssueRepository => new SpIssueRepository(site.as(key), site.webUrl, () => now);
  const actorOf = async (userId: number): Promise<IActor> => roles[userId];

  beforeAll(async () => {
    site = await createIssueSite();
    const add = async (key: string, r: RoleKey[], vendorKey?: string): Promise<void> => {
      const id = await site.userId(key);
      roles[id] = { user: { id, title: key }, roles: r, vendorKey };
    };
    await add('vendorA', ['vendor'], 'midori-systems');
    await add('ict', ['ictCenter']);
    const vendorA = await site.userId('vendorA');
    issueId = await repo('ict').raise({ title: '夜間バッチの遅延', area: 'dedicatedArea', priority: 'medium', owner: { id: vendorA, title: '' }, dueDate: due }, 'midori-systems');
    await site.secure(IssuesList.key, issueId);
  }, 60000);
  afterAll(() => site.close());

  async function latestRecordId(): Promise<number> {
    const records = await new SchemaListRepository(site.service, site.webUrl, IssueUpdatesList).all({ keys: ['applied'] });
    return Math.max(...records.map((r) => r.id));
  }

  test('a vendor reports progress and 対応済: recorded at once, applied to the issue by the service, readable only by those involved', async () => {
    const vendor = repo('vendorA');
    const detail = await vendor.get(issueId);
    await vendor.report(detail, 'インデックスを追加し、処理時間が30分から5分に短縮', 'resolved', undefined);
    const recordId = await latestRecordId();
    await site.secure(IssueUpdatesList.key, recordId);

    expect((await repo('staffA').get(issueId)).record.issue.status).toBe('open');
    const other = await new SchemaListRepository(site.as('vendorB'), site.webUrl, IssueUpdatesList).get(recordId).then(() => undefined, (e: unknown) => e);
    expect(isDataError(other) && other.kind).toBe('notFound');
    const ownWrite = await new SchemaListRepository(site.as('vendorA'), site.webUrl, IssueUpdatesList).update(recordId, '*', { note: '書き換え' }).then(() => undefined, (e: unknown) => e);
    expect(isDataError(ownWrite) && ownWrite.kind).toBe('forbidden');

    const result = await applyIssueUpdates(site.service, site.webUrl, actorOf, now);
    expect(result).toEqual({ applied: [recordId], refused: [] });
    const after = await repo('staffA').get(issueId);
    expect(after.record.issue.status).toBe('resolved');
    expect(after.record.progress).toBe('インデックスを追加し、処理時間が30分から5分に短縮');
    expect(after.updates.map((u) => u.applied)).toEqual([true]);
  }, 60000);

  test('closing belongs to the approver: a vendor\'s 完了 is refused with the reason, the approver\'s applies directly', async () => {
    const vendor = repo('vendorA');
    await vendor.report(await vendor.get(issueId), undefined, 'closed', undefined);
    const recordId = await latestRecordId();
    await site.secure(IssueUpdatesList.key, recordId);
    const result = await applyIssueUpdates(site.service, site.webUrl, actorOf, now);
    expect(result).toEqual({ applied: [], refused: [recordId] });
    const seen = await repo('ict').get(issueId);
    expect(seen.record.issue.status).toBe('resolved');
    expect(seen.updates.filter((u) => u.id === recordId)[0].refusal).toBe('この課題を「完了」にできるのは承認者(ICTセンター)のみです。');

    const ict = repo('ict');
    const moved = applyIssueTransition(seen.record.issue, 'closed', roles[await site.userId('ict')], now);
    if (!moved.ok) throw new Error(moved.message.en);
    await ict.report(seen, '定例会で完了を確認', 'closed', moved.value);
    const closed = await repo('vendorA').get(issueId);
    expect(closed.record.issue.status).toBe('closed');
    expect(closed.record.issue.closedAt).toBe(now.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    const history = (await repo('vendorA').history(issueId)).map((h) => h.text.ja);
    expect(history).toEqual(expect.arrayContaining(['佐藤 花子 が状態を「対応済」から「完了」に変更しました。', '佐藤 花子 が報告しました: 状態を「完了」に、対応状況「定例会で完了を確認」']));
  }, 60000);

  test("the notifier applies a vendor's record when the list changes, with the actor's roles read from SharePoint groups", async () => {
    const vendor = repo('vendorA');
    const before = await vendor.get(issueId);
    await vendor.report(before, '再発防止策を手順書に反映中', undefined, undefined);
    const recordId = await latestRecordId();

    // The webhook's change run: secures the new record, then applies every pending record through the domain.
    const report = await site.notifier.processChanges([IssueUpdatesList.key]);
    expect(report.errors).toEqual([]);

    const after = await repo('ict').get(issueId);
    expect(after.record.progress).toBe('再発防止策を手順書に反映中');
    expect(after.updates.filter((u) => u.id === recordId)[0].applied).toBe(true);
    const other = await new SchemaListRepository(site.as('vendorB'), site.webUrl, IssueUpdatesList).get(recordId).then(() => undefined, (e: unknown) => e);
    expect(isDataError(other) && other.kind).toBe('notFound');
  }, 60000);
});
