import { decideKnowledgeReview, foldFeedback, promoteInquiryToFaq } from '../../../src/domain/knowledge';
import { AuditLogList, FaqList, FeedbackList, InquiriesList, SystemsList } from '../../../src/schema';
import { FaqRepository, FeedbackRepository, KnowledgeRepository } from '../../../src/data/knowledge';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { isDataError } from '../../../src/data/DataError';
import { IProvisionedSandbox, provisionedSandbox } from '../../support/provisionedSandbox';
import { itemSecurity } from './itemSecurity';

const plain = (html: string): string => html.replace(/<script[\s\S]*?<\/script>/gi, '');
const WEB = '/sites/opsdesk';

describe('FAQ and operator knowledge through the real PnPjs client (sandbox, provisioned site)', () => {
  let env: IProvisionedSandbox;
  const ids: Record<string, number> = {};

  async function ownerId(key: string): Promise<{ id: number; title: string }> {
    const u = await env.spAs(key as 'ict').web.currentUser();
    return { id: u.Id, title: u.Title };
  }

  beforeAll(async () => {
    env = await provisionedSandbox();
    const ict = env.spAs('ict');
    const faq = new FaqRepository(ict, WEB, plain);
    const owner = await ownerId('ict');
    const base = { status: 'published' as const, reviewCycleDays: 180, owner, lastReviewed: '2026-06-01', nextReview: '2026-11-28' };
    ids.password = await faq.add({ ...base, title: 'パスワードを忘れたときは', answer: '<p>ICTセンターに連絡してください。</p>', category: 'アカウント', tags: ['パスワード'] });
    ids.printer = await faq.add({ ...base, title: 'プリンタで印刷できない', answer: '<p>用紙と<b>電源</b>を確認します。</p>', category: '機器', tags: ['プリンタ', '印刷'], nextReview: '2027-03-01' });
    ids.vpn = await faq.add({ ...base, title: 'ＶＰＮに接続できない', answer: '<p>パスワードの有効期限を確認してください。</p>', category: 'ネットワーク', tags: ['VPN'], nextReview: '2027-03-01' });
    ids.draft = await faq.add({ ...base, status: 'draft', title: 'パスワード変更の下書き', answer: '<p>下書き</p>', category: 'アカウント', tags: [] });
    // The FAQ has content approval: the ICT center approves what staff may see (the draft stays unapproved).
    for (const id of [ids.password, ids.printer, ids.vpn]) await faq.approve(id);

    const knowledge = new KnowledgeRepository(ict, WEB, 'knowledge', plain);
    const kb = { status: 'published' as const, reviewCycleDays: 90, owner, category: '運用手順', tags: ['バッチ'], nextReview: '2027-01-01' };
    ids.kbA = await knowledge.add({ ...kb, title: 'みどり: 夜間バッチ再実行', answer: '<p>A社手順</p>', vendorKey: 'midori-systems' });
    ids.kbB = await knowledge.add({ ...kb, title: 'さくら: 夜間バッチ再実行', answer: '<p>B社手順</p>', vendorKey: 'sakura-its' });
    ids.kbShared = await knowledge.add({ ...kb, title: '共通: 夜間バッチの監視', answer: '<p>共通手順</p>', sharedWithAll: true });
    // The notifier keeps item permissions in step with vendorKey/sharedWithAll; here it runs once per new item.
    const secure = itemSecurity(env, env.spAs({ app: true }));
    for (const id of [ids.kbA, ids.kbB, ids.kbShared]) expect(await secure('knowledge', id)).toBe(true);
  }, 120_000);
  afterAll(() => env && env.sb.close());

  test('staff search the published FAQ in Japanese: hiragana finds katakana, question matches rank first, drafts stay hidden', async () => {
    const faq = new FaqRepository(env.spAs('staffA'), WEB, plain);
    const page = await faq.searchPublished({ query: 'ぱすわーど', pageSize: 20 });
    expect(page.articles.map((a) => a.id)).toEqual([ids.password, ids.vpn]);
    const all = await faq.searchPublished({ pageSize: 20 });
    expect(all.articles.map((a) => a.id).sort()).toEqual([ids.password, ids.printer, ids.vpn].sort());
  });

  test('category browsing narrows on the indexed category column', async () => {
    const faq = new FaqRepository(env.spAs('staffB'), WEB, plain);
    const page = await faq.searchPublished({ category: '機器', pageSize: 20 });
    expect(page.articles.map((a) => a.title)).toEqual(['プリンタで印刷できない']);
    expect(page.articles[0].tags).toEqual(['プリンタ', '印刷']);
  });

  test('staff cannot read operator knowledge: the department has no grant on the list (SharePoint refuses, nothing is returned)', async () => {
    const knowledge = new KnowledgeRepository(env.spAs('staffA'), WEB, 'knowledge', plain);
    const error = await knowledge.searchPublished({ pageSize: 20 }).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(isDataError(error)).toBe(true);
    expect(['forbidden', 'notFound']).toContain((error as { kind: string }).kind);
  });

  test('who gets the operator tab and the reviewer view is what SharePoint answers (list grants, EffectiveBasePermissions)', async () => {
    const probe = async (who: 'staffA' | 'vendorA' | 'ict' | 'csp'): Promise<boolean[]> => {
      const faq = new FaqRepository(env.spAs(who), WEB, plain);
      const kb = new KnowledgeRepository(env.spAs(who), WEB, 'knowledge', plain);
      return [await kb.canRead(), await kb.canEdit(), await faq.canEdit()];
    };
    expect(await probe('staffA')).toEqual([false, false, false]);
    expect(await probe('csp')).toEqual([false, false, false]);
    expect(await probe('vendorA')).toEqual([true, true, true]);
    expect(await probe('ict')).toEqual([true, true, true]);
  });

  test('vendor A reads its own and shared knowledge, never vendor B\'s; the ICT center reads all (item permissions)', async () => {
    const read = async (who: 'vendorA' | 'vendorA2' | 'vendorB' | 'ict'): Promise<number[]> =>
      (await new KnowledgeRepository(env.spAs(who), WEB, 'knowledge', plain).searchPublished({ pageSize: 20 })).articles.map((a) => a.id).sort();
    expect(await read('vendorA')).toEqual([ids.kbA, ids.kbShared].sort());
    expect(await read('vendorA2')).toEqual([ids.kbA, ids.kbShared].sort());
    expect(await read('vendorB')).toEqual([ids.kbB, ids.kbShared].sort());
    expect(await read('ict')).toEqual([ids.kbA, ids.kbB, ids.kbShared].sort());
    const direct = await new KnowledgeRepository(env.spAs('vendorA'), WEB, 'knowledge', plain).get(ids.kbB).then(() => 'read', (e: { kind: string }) => e.kind);
    expect(direct).toBe('notFound');
  });

  test('"was this helpful" votes: each user sees only their own votes; the notifier folds them into the FAQ counters', async () => {
    await new FeedbackRepository(env.spAs('staffA'), WEB).vote(ids.printer, true);
    await new FeedbackRepository(env.spAs('staffB'), WEB).vote(ids.printer, false);
    await new FeedbackRepository(env.spAs('staffB'), WEB).vote(ids.vpn, true);
    // Read/WriteSecurity = 2: staff A's own query returns only staff A's vote.
    const mine = await new SchemaListRepository(env.spAs('staffA'), WEB, FeedbackList).all({ keys: ['faq', 'helpful'] });
    expect(mine).toHaveLength(1);

    // The notifier's pass, app-only: fold the uncounted votes, save each FAQ with its ETag, then mark the votes.
    const app = env.spAs({ app: true });
    const feedback = new FeedbackRepository(app, WEB);
    const faqAsApp = new FaqRepository(app, WEB, plain);
    const votes = await feedback.uncounted(1000);
    const current: Record<number, { helpfulYes: number; helpfulNo: number }> = {};
    for (const id of [ids.printer, ids.vpn]) current[id] = await faqAsApp.get(id);
    const fold = foldFeedback(votes, (id) => current[id]);
    const faqItems = new SchemaListRepository(app, WEB, FaqList);
    for (const key of Object.keys(fold.totals)) {
      const id = Number(key);
      const item = await faqItems.get(id, ['helpfulYes']);
      await faqItems.update(id, item.etag!, { helpfulYes: fold.totals[id].helpfulYes, helpfulNo: fold.totals[id].helpfulNo });
      // Content approval: a service write is pending like any other until approved (the notifier approves its own).
      await faqAsApp.approve(id, 'helpful counts');
    }
    await feedback.markCounted(fold.countedVoteIds);
    expect(await feedback.uncounted(1000)).toEqual([]);

    const seen = await new FaqRepository(env.spAs('staffA'), WEB, plain).get(ids.printer);
    expect([seen.helpfulYes, seen.helpfulNo]).toEqual([1, 1]);
  });

  test('review due and auto-unpublish with a clock the test controls: reminder first, unpublished with reason and audit after grace', async () => {
    const app = env.spAs({ app: true });
    const faq = new FaqRepository(app, WEB, plain);

    // 2026-11-20: the password FAQ (next review 2026-11-28) is within the 14-day lead → the owner is reminded.
    let candidates = await faq.reviewCandidates('2026-11-20', 14);
    expect(candidates.map((c) => c.id)).toContain(ids.password);
    const target = candidates.filter((c) => c.id === ids.password)[0];
    const remind = decideKnowledgeReview(target, '2026-11-20');
    expect(remind.kind === 'remind' && remind.reminder.key).toBe(`knowledgeReview|faq|${ids.password}|2026-11-28|upcoming`);

    // 2026-12-29: 31 days past the review date → unpublish, store the reason, write the audit row.
    candidates = await faq.reviewCandidates('2026-12-29', 14);
    const stale = candidates.filter((c) => c.id === ids.password)[0];
    const decision = decideKnowledgeReview(stale, '2026-12-29', undefined, new Date('2026-12-29T01:00:00Z'));
    expect(decision.kind).toBe('unpublish');
    if (decision.kind !== 'unpublish') return;
    await faq.update(stale, { ...stale, status: decision.update.status, unpublishedReason: decision.update.unpublishedReason });
    await faq.approve(stale.id, decision.reason.ja);
    const audit = new SchemaListRepository(app, WEB, AuditLogList);
    const a = decision.audit;
    await audit.add({ listKey: a.listKey, itemId: a.itemId, action: a.action, actor: a.actor, detail: a.detail, at: a.at }, a.summary);

    const staff = new FaqRepository(env.spAs('staffA'), WEB, plain);
    expect((await staff.searchPublished({ query: 'パスワード', pageSize: 20 })).articles.map((x) => x.id)).toEqual([ids.vpn]);
    const unpublished = await new FaqRepository(env.spAs('ict'), WEB, plain).get(ids.password);
    expect(unpublished.status).toBe('unpublished');
    expect(unpublished.unpublishedReason).toContain('2026/11/28 から 30 日の猶予期間内に見直しが行われなかった');
    const logged = await new SchemaListRepository(env.spAs('ict'), WEB, AuditLogList).all({ keys: ['listKey', 'itemId', 'action'] });
    expect(logged.map((l) => [l.values.listKey, l.values.itemId, l.values.action])).toContainEqual(['faq', ids.password, 'knowledgeAutoUnpublished']);

    // The owner reviews it and publishes again: next review one cycle later, reason cleared.
    const ict = new FaqRepository(env.spAs('ict'), WEB, plain);
    await ict.markReviewed(unpublished, '2027-01-05', true);
    const back = await ict.get(ids.password);
    expect([back.status, back.lastReviewed, back.nextReview, back.unpublishedReason]).toEqual(['published', '2027-01-05', '2027-07-04', undefined]);
  });

  test('an answered inquiry becomes a draft FAQ linked to it, invisible to staff until published', async () => {
    const app = env.spAs({ app: true });
    const system = await new SchemaListRepository(app, WEB, SystemsList).add({ code: 'JUKI', owningDepartment: '住民課', vendorKey: 'midori-systems', area: '共同利用領域' }, '住民記録システム');
    const requester = await ownerId('staffA');
    const inquiry = await new SchemaListRepository(app, WEB, InquiriesList).add(
      { body: '<p>帳票の印刷に時間がかかります。</p>', system: system.id, category: '操作方法', status: '解決', requester: requester.id, receivedAt: '2026-11-20T01:00:00Z' },
      '帳票の印刷が遅い'
    );
    const owner = await ownerId('ict');
    const draft = promoteInquiryToFaq({ id: inquiry.id, subject: '帳票の印刷が遅い', category: 'howTo', status: 'resolved', systemId: system.id }, '<p>印刷キューを確認</p>', owner, '2026-11-25');
    if (!draft.ok) throw new Error(draft.message.en);
    const faq = new FaqRepository(env.spAs('ict'), WEB, plain);
    const created = await faq.get(await faq.addDraft(draft.value));
    expect([created.status, created.sourceInquiryId, created.systemId, created.category, created.nextReview]).toEqual(['draft', inquiry.id, system.id, '操作方法', '2027-05-24']);
    // The same mapping as the inquiry queue's promotion (faqDraftEdit): the search column is filled too.
    expect((await new SchemaListRepository(env.spAs('ict'), WEB, FaqList).get(created.id)).values.searchText).toBe('印刷キューを確認');
    const staff = await new FaqRepository(env.spAs('staffA'), WEB, plain).searchPublished({ query: '帳票', pageSize: 20 });
    expect(staff.articles).toEqual([]);
  });

  test('content approval: staff keep seeing the approved answer while an edit waits; a non-approver cannot approve', async () => {
    const ict = new FaqRepository(env.spAs('ict'), WEB, plain);
    const staff = new FaqRepository(env.spAs('staffB'), WEB, plain);
    const before = await ict.get(ids.printer);
    await ict.update(before, { ...before, answer: '<p>トナーも確認します。</p>' });
    expect((await staff.get(ids.printer)).answer).toBe(before.answer);
    const denied = await new FaqRepository(env.spAs('vendorA'), WEB, plain).approve(ids.printer).then(() => 'approved', (e: { kind: string }) => e.kind);
    expect(denied).toBe('forbidden');
    await ict.approve(ids.printer);
    expect((await staff.get(ids.printer)).answer).toBe('<p>トナーも確認します。</p>');
  });
});
