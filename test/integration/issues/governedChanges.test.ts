import { decideProposal, IActor, proposeChange, RoleKey } from '../../../src/domain';
import { isDataError } from '../../../src/data/DataError';
import { SpIssueRepository } from '../../../src/data/issues';
import { IssuesList, ProposalsList } from '../../../src/schema';
import { createIssueSite, IIssueSite } from './support/issueSite';

const DAY = 86400000;

function dateKey(d: Date): string {
  return new Date(d.getTime() + 9 * 3600000).toISOString().slice(0, 10);
}

describe('governed changes on an issue, enforced by SharePoint item permissions the notifier sets (sandbox, real PnPjs)', () => {
  let site: IIssueSite;
  const now = new Date();
  const oldDue = dateKey(new Date(now.getTime() + 10 * DAY));
  const newDue = dateKey(new Date(now.getTime() + 20 * DAY));
  let issueId: number;

  const repo = (key: string): SpIssueRepository => new SpIssueRepository(site.as(key), site.webUrl, () => now);
  async function actor(key: string, roles: RoleKey[], vendorKey?: string): Promise<IActor> {
    const id = await site.userId(key);
    return { user: { id, title: key }, roles, vendorKey };
  }

  beforeAll(async () => {
    site = await createIssueSite();
    const vendorA = await site.userId('vendorA');
    // 単独利用領域: department ○, ICT ○ (approver), vendor ○, CSP △.
    issueId = await repo('ict').raise(
      { title: '帳票出力が遅い', area: 'dedicatedArea', priority: 'high', owner: { id: vendorA, title: '田中 翔' }, dueDate: oldDue },
      'midori-systems'
    );
    await site.secure(IssuesList.key, issueId);
  }, 60000);
  afterAll(() => site.close());

  test('a vendor proposes a new due date; everyone still sees the agreed one until the approver approves; history shows both', async () => {
    const vendor = repo('vendorA');
    const detail = await vendor.get(issueId);
    expect(detail.canEdit).toBe(false);
    const proposed = proposeChange(detail.record.issue, 'dueDate', newDue, '外部連携先の改修待ちのため', await actor('vendorA', ['vendor'], 'midori-systems'), now);
    if (!proposed.ok) throw new Error(proposed.message.en);
    const proposalId = await vendor.propose(detail, proposed.value.proposal);
    await site.secure(ProposalsList.key, proposalId);

    for (const key of ['vendorA', 'staffA', 'ict', 'csp']) {
      expect((await repo(key).get(issueId)).record.issue.dueDate).toBe(oldDue);
    }
    const listed = (await repo('staffA').page({ view: 'byStatus', today: dateKey(now) })).records.filter((r) => r.issue.id === issueId)[0];
    expect(listed).toMatchObject({ pendingChange: true, issue: { dueDate: oldDue } });
    expect((await repo('ict').page({ view: 'pendingApproval', today: dateKey(now) })).records.map((r) => r.issue.id)).toEqual([issueId]);

    const approverRepo = repo('ict');
    const before = await approverRepo.get(issueId);
    expect(before.canEdit).toBe(true);
    expect(before.proposals.map((p) => p.status)).toEqual(['pending']);
    const decided = decideProposal(before.record.issue, String(proposalId), 'approved', await actor('ict', ['ictCenter']), now);
    if (!decided.ok) throw new Error(decided.message.en);
    await approverRepo.decide(before, decided.value, String(proposalId));

    for (const key of ['vendorA', 'staffA', 'ict']) {
      expect((await repo(key).get(issueId)).record.issue.dueDate).toBe(newDue);
    }
    const history = await repo('staffA').history(issueId);
    const lines = history.map((h) => h.text.ja);
    const slash = (d: string): string => d.replace(/-/g, '/');
    expect(lines).toEqual(
      expect.arrayContaining([
        `田中 翔 が期限の変更（「${slash(newDue)}」へ）を申請しました。理由: 外部連携先の改修待ちのため`,
        `佐藤 花子 が期限の変更（「${slash(newDue)}」へ）を承認しました。`
      ])
    );
    const change = history.filter((h) => h.kind === 'changed' && h.field === 'dueDate')[0];
    expect(change).toMatchObject({ before: slash(oldDue), after: slash(newDue) });
  }, 60000);

  test('a user who is not the approver cannot approve: SharePoint refuses the decision and the agreed value', async () => {
    const vendor = repo('vendorA');
    const detail = await vendor.get(issueId);
    const proposed = proposeChange(detail.record.issue, 'policy', '暫定運用で回避し、次期改修で恒久対応する', '改修規模が大きいため', await actor('vendorA', ['vendor'], 'midori-systems'), now);
    if (!proposed.ok) throw new Error(proposed.message.en);
    const proposalId = await vendor.propose(detail, proposed.value.proposal);
    await site.secure(ProposalsList.key, proposalId);

    // The department leads (○) here but does not approve; the domain says so, and so does SharePoint when the
    // UI is bypassed: the forged decision is written with the department user's own credentials.
    const staff = repo('staffA');
    const seen = await staff.get(issueId);
    expect(seen.canEdit).toBe(false);
    const asDepartment = await actor('staffA', ['department']);
    const refused = decideProposal(seen.record.issue, String(proposalId), 'approved', asDepartment, now);
    expect(refused.ok).toBe(false);
    const forged = decideProposal(seen.record.issue, String(proposalId), 'approved', await actor('staffA', ['ictCenter']), now);
    if (!forged.ok) throw new Error(forged.message.en);
    const error = await staff.decide(seen, forged.value, String(proposalId)).then(() => undefined, (e: unknown) => e);
    expect(isDataError(error) && error.kind).toBe('forbidden');

    // Nor can the proposer approve their own proposal, or write the agreed policy on the issue directly.
    const own = await vendor.decide(detail, forged.value, String(proposalId)).then(() => undefined, (e: unknown) => e);
    expect(isDataError(own) && own.kind).toBe('forbidden');
    const direct = await site
      .as('vendorA')
      .web.getList(`${site.webUrl}/${IssuesList.url}`)
      .items.getById(issueId)
      .update({ [IssuesList.fields.policy.internalName]: '勝手に変更' })
      .then(() => undefined, (e: { status: number }) => e.status);
    expect(direct).toBe(403);

    const after = await repo('ict').get(issueId);
    expect(after.record.issue.policy).toBeUndefined();
    expect(after.proposals.filter((p) => p.id === String(proposalId))[0].status).toBe('pending');
  }, 60000);

  test('a vendor not involved in the issue cannot read it, its proposals or find it in a view', async () => {
    const other = repo('vendorB');
    const error = await other.get(issueId).then(() => undefined, (e: unknown) => e);
    expect(isDataError(error) && error.kind).toBe('notFound');
    const page = await other.page({ view: 'byStatus', today: dateKey(now) });
    expect(page.records.map((r) => r.issue.id)).not.toContain(issueId);
    const pending = await other.page({ view: 'pendingApproval', today: dateKey(now) });
    expect(pending.records).toEqual([]);
    // The vendor the issue is shared with does see it.
    const own = await repo('vendorA2').page({ view: 'byStatus', today: dateKey(now) });
    expect(own.records.map((r) => r.issue.id)).toContain(issueId);
  }, 60000);

  test('an approval on a stale view of the issue is refused (412) and the decision is put back to pending', async () => {
    const vendor = repo('vendorA');
    const detail = await vendor.get(issueId);
    const proposed = proposeChange(detail.record.issue, 'owner', { id: await site.userId('vendorA2'), title: '中村 大輔' }, '担当替え', await actor('vendorA', ['vendor'], 'midori-systems'), now);
    if (!proposed.ok) throw new Error(proposed.message.en);
    const proposalId = await vendor.propose(detail, proposed.value.proposal);
    await site.secure(ProposalsList.key, proposalId);

    const approver = repo('ict');
    const stale = await approver.get(issueId);
    // Someone else saves the issue after the approver opened it.
    const other = repo('ict2');
    const fresh = await other.get(issueId);
    await other.report(fresh, '調査継続中', undefined, fresh.record.issue);

    const decided = decideProposal(stale.record.issue, String(proposalId), 'approved', await actor('ict', ['ictCenter']), now);
    if (!decided.ok) throw new Error(decided.message.en);
    const error = await approver.decide(stale, decided.value, String(proposalId)).then(() => undefined, (e: unknown) => e);
    expect(isDataError(error) && error.reason).toBe('staleEdit');
    const after = await approver.get(issueId);
    expect(after.record.issue.owner.title).toBe('田中 翔');
    expect(after.record.progress).toBe('調査継続中');
    expect(after.proposals.filter((p) => p.id === String(proposalId))[0]).toMatchObject({ status: 'pending' });
    expect(after.proposals.filter((p) => p.id === String(proposalId))[0].decidedBy).toBeUndefined();
  }, 60000);
});
