import { createNotifier } from '../../../notifier/src';
import { FaqRepository, FeedbackRepository, runKnowledgeMaintenance } from '../../../src/data/knowledge';
import { IProvisionedSandbox, provisionedSandbox } from '../../support/provisionedSandbox';

const WEB = '/sites/opsdesk';
const plain = (h: string): string => h;

// The clock is the test's: each pass runs at a chosen instant, as the notifier's sweep would.
const at = (jst: string): Date => new Date(`${jst}+09:00`);

describe('knowledge maintenance as the notifier runs it (app-only, controlled clock), mails through the notifier', () => {
  let env: IProvisionedSandbox;
  let ids: { due: number; fresh: number };
  const sent: Array<{ to: string; subject: string }> = [];

  beforeAll(async () => {
    env = await provisionedSandbox();
    const ict = new FaqRepository(env.spAs('ict'), WEB, plain);
    const me = await env.spAs('ict').web.currentUser();
    const owner = { id: me.Id, title: me.Title, email: me.Email };
    const base = { status: 'published' as const, reviewCycleDays: 90, owner, category: 'アカウント', tags: [] };
    ids = {
      due: await ict.add({ ...base, title: '古い手順のFAQ', answer: '<p>旧手順</p>', lastReviewed: '2026-06-01', nextReview: '2026-09-01' }),
      fresh: await ict.add({ ...base, title: '新しいFAQ', answer: '<p>新手順</p>', lastReviewed: '2026-11-01', nextReview: '2027-01-30' })
    };
    for (const id of [ids.due, ids.fresh]) await ict.approve(id);
  }, 120_000);
  afterAll(() => env && env.sb.close());

  test('reminders go out once per delivery key; after the grace period the entry is unpublished, audited and approved', async () => {
    const app = env.spAs({ app: true });
    const notifier = createNotifier({
      sp: app, siteUrl: env.sb.siteUrl, site: env.config, clientState: 'registers',
      mailer: { send: async (to, mail) => { for (const t of to) sent.push({ to: t.address, subject: mail.subject }); } }
    });
    const send = async (r: { key: string; recipient?: { id: number; title: string }; subject: { ja: string }; body: { ja: string } }): Promise<string> =>
      r.recipient ? notifier.notify(r.key, 'knowledgeReview', { user: r.recipient }, `faq:${r.key}`, { subject: r.subject.ja, html: `<p>${r.body.ja}</p>` }) : 'noRecipients';

    // 2026-09-10: 9 days overdue, within the 30-day grace → one reminder, sent once even if the sweep runs twice.
    let report = await runKnowledgeMaintenance(app, WEB, at('2026-09-10T09:00:00'));
    expect(report.unpublished).toEqual([]);
    expect(report.reminders.map((r) => r.key)).toEqual([`knowledgeReview|faq|${ids.due}|2026-09-01|overdue`]);
    expect(await send(report.reminders[0])).toBe('sent');
    report = await runKnowledgeMaintenance(app, WEB, at('2026-09-11T09:00:00'));
    expect(await send(report.reminders[0])).toBe('alreadySent');
    expect(sent.map((m) => m.subject)).toEqual(['【レビュー期限超過】よくある質問「古い手順のFAQ」']);

    // 2026-10-02: 31 days overdue → unpublished; staff no longer find it; a second pass changes nothing.
    report = await runKnowledgeMaintenance(app, WEB, at('2026-10-02T09:00:00'));
    expect(report.unpublished).toEqual([{ listKey: 'faq', id: ids.due }]);
    expect(await send(report.reminders[0])).toBe('sent');
    const staff = new FaqRepository(env.spAs('staffA'), WEB, plain);
    expect((await staff.searchPublished({ pageSize: 20 })).articles.map((a) => a.id)).toEqual([ids.fresh]);
    expect((await runKnowledgeMaintenance(app, WEB, at('2026-10-03T09:00:00'))).unpublished).toEqual([]);
  });

  test('votes are folded into the counters staff see; an owner\'s pending edit is not published by it', async () => {
    await new FeedbackRepository(env.spAs('staffA'), WEB).vote(ids.fresh, true);
    await new FeedbackRepository(env.spAs('staffB'), WEB).vote(ids.fresh, true);
    const app = env.spAs({ app: true });
    const report = await runKnowledgeMaintenance(app, WEB, at('2026-11-25T09:00:00'));
    expect([report.faqsCounted, report.votesCounted]).toEqual([1, 2]);
    const staff = new FaqRepository(env.spAs('staffB'), WEB, plain);
    expect((await staff.get(ids.fresh)).helpfulYes).toBe(2);

    // A vendor edits the answer (pending); the next fold must not approve that edit.
    const vendor = new FaqRepository(env.spAs('vendorA'), WEB, plain);
    const current = await vendor.get(ids.fresh);
    await vendor.update(current, { ...current, answer: '<p>未承認の変更</p>' });
    await new FeedbackRepository(env.spAs('staffA'), WEB).vote(ids.fresh, false);
    await runKnowledgeMaintenance(app, WEB, at('2026-11-26T09:00:00'));
    const seen = await staff.get(ids.fresh);
    expect(seen.answer).toBe('<p>新手順</p>');
    expect(seen.helpfulYes).toBe(2);
  });
});
