/**
 * The timer sweep on the sandbox with the notifier's clock set by the test: reminders before the first-response
 * due time, escalation to the ICT center on breach, only inside the receiver's hours, once each.
 */
import { jstInstant } from '../../../src/domain/time';
import type { INotifier } from '../../../notifier/src';
import { harness, IHarness, IMail } from './harness';

const ICT_MAILS = ['sato.hanako@midoriku.example', 'yamamoto.ken@midoriku.example'];

describe('sweep: reminders and escalations at the notifier\'s now', () => {
  let h: IHarness;
  let clock: Date;
  let notifier: INotifier;

  beforeAll(async () => {
    h = await harness({ batchDelayMs: 0, retryDelayMs: 0, pollMs: 0 });
    notifier = h.notifier({ now: () => clock });
  }, 60_000);
  afterAll(() => h.sb.close());

  const mailsFor = async (marker: string): Promise<IMail[]> => (await h.outbox()).filter((m) => m.subject.includes(marker));
  const at = (dateKey: string, time: string): Date => jstInstant(dateKey, time);

  test('remind the assignee after the reminder time, escalate to the ICT center after the due time, each once', async () => {
    clock = at('2026-11-25', '09:00');
    // received Wed 9:00 JST, 240 business minutes → due 13:00, reminder 30 business minutes before: 12:30
    const id = await h.add('inquiries', 'staffA', {
      body: 'x', system: h.ids.systemA, service: h.ids.serviceA, category: '操作方法', requester: h.ids.users.staffA, receivedAt: clock.toISOString()
    }, 'リマインド対象');
    await notifier.processChanges(['inquiries']);
    const marker = `(#${id})`;
    clock = at('2026-11-25', '12:29');
    await notifier.sweep();
    expect((await mailsFor(marker)).map((m) => m.subject)).toEqual([`【opsdesk】問い合わせが割り当てられました: リマインド対象 ${marker}`]);
    clock = at('2026-11-25', '12:31');
    await notifier.sweep();
    await notifier.sweep();
    const reminders = (await mailsFor(marker)).filter((m) => m.subject.includes('一次回答期限が近づいています'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].toRecipients.map((r) => r.emailAddress.address)).toEqual(['tanaka.sho@midori-systems.example']);
    clock = at('2026-11-25', '13:01');
    await notifier.sweep();
    await notifier.sweep();
    const escalations = (await mailsFor(marker)).filter((m) => m.subject.includes('エスカレーション'));
    expect(escalations).toHaveLength(1);
    expect(escalations[0].toRecipients.map((r) => r.emailAddress.address).sort()).toEqual(ICT_MAILS);
    const item = (await h.read('inquiries', { app: true }, id)) as Record<string, string>;
    expect(item.OpsRemindedAt).toBeTruthy();
    expect(item.OpsEscalatedAt).toBeTruthy();
  });

  test('a breach noticed outside the ICT center\'s hours waits for the next business morning', async () => {
    clock = at('2026-11-26', '16:00');
    const id = await h.add('inquiries', 'staffA', {
      body: 'x', system: h.ids.systemA, service: h.ids.serviceA, category: '操作方法', requester: h.ids.users.staffA, receivedAt: clock.toISOString()
    }, '夜間の超過');
    await notifier.processChanges(['inquiries']);
    const marker = `(#${id})`;
    clock = at('2026-11-27', '20:00'); // due Fri 11:45; it is Friday evening
    const evening = await notifier.sweep();
    expect(evening.deferred).toBeGreaterThan(0);
    expect((await mailsFor(marker)).filter((m) => m.subject.includes('エスカレーション'))).toHaveLength(0);
    clock = at('2026-11-28', '10:00'); // Saturday: still closed
    await notifier.sweep();
    expect((await mailsFor(marker)).filter((m) => m.subject.includes('エスカレーション'))).toHaveLength(0);
    clock = at('2026-11-30', '09:05'); // Monday morning
    await notifier.sweep();
    expect((await mailsFor(marker)).filter((m) => m.subject.includes('エスカレーション'))).toHaveLength(1);
  });

  test('no reminder once the first response is recorded', async () => {
    clock = at('2026-12-01', '09:00');
    const id = await h.add('inquiries', 'staffA', {
      body: 'x', system: h.ids.systemA, service: h.ids.serviceA, category: '操作方法', requester: h.ids.users.staffA, receivedAt: clock.toISOString()
    }, '回答済み');
    await notifier.processChanges(['inquiries']);
    await h.app.web.getList(`${new URL(h.sb.siteUrl).pathname}/Lists/OpsInquiries`).items.getById(id)
      .update({ OpsInquiryStatus: '一次回答済', OpsFirstRespondedAt: at('2026-12-01', '10:00').toISOString() });
    clock = at('2026-12-01', '14:00');
    await notifier.sweep();
    expect((await mailsFor(`(#${id})`)).filter((m) => !m.subject.includes('割り当てられました'))).toHaveLength(0);
  });

  test('issue owners: one reminder before the due date, one notice once it has passed (inside their hours)', async () => {
    clock = at('2026-11-24', '10:00');
    const id = await h.add('issues', 'ict', {
      description: '<p>x</p>', area: '単独利用領域に構築するシステム', system: h.ids.systemA, priority: '高', status: '対応中', owner: h.ids.users.vendorA, dueDate: '2026-11-27'
    }, '期限付きの課題');
    const marker = `期限付きの課題 (#${id})`;
    await notifier.sweep();
    expect(await mailsFor(marker)).toHaveLength(0);
    clock = at('2026-11-26', '09:30'); // the business day before the due date
    await notifier.sweep();
    await notifier.sweep();
    const soon = await mailsFor(marker);
    expect(soon.map((m) => m.subject)).toEqual([`【opsdesk】課題の期限が近づいています: ${marker}`]);
    expect(soon[0].toRecipients[0].emailAddress.address).toBe('tanaka.sho@midori-systems.example');
    clock = at('2026-11-28', '09:30'); // Saturday, overdue, owner not at work
    await notifier.sweep();
    expect((await mailsFor(marker)).filter((m) => m.subject.includes('期限を過ぎています'))).toHaveLength(0);
    clock = at('2026-11-30', '09:30');
    await notifier.sweep();
    await notifier.sweep();
    expect((await mailsFor(marker)).filter((m) => m.subject.includes('期限を過ぎています'))).toHaveLength(1);
  });
});

describe('sweep runs the FAQ/knowledge register\'s review maintenance inside office hours and mails its reminders once', () => {
  let h: IHarness;
  let clock: Date;
  let notifier: INotifier;

  beforeAll(async () => {
    h = await harness({ batchDelayMs: 0, retryDelayMs: 0, pollMs: 0 });
    notifier = h.notifier({ now: () => clock });
  }, 60_000);
  afterAll(() => h.sb.close());

  test('overdue review → one reminder to the owner; after the grace period unpublished, audited, owner told once', async () => {
    const id = await h.add('faq', { app: true }, {
      answer: '<p>設定画面から変更します。</p>', category: 'アカウント', status: '公開', owner: h.ids.users.vendorA, reviewCycleDays: 180, nextReview: '2026-11-20'
    }, 'パスワードの変更方法');
    const mine = async (): Promise<string[]> => (await h.outbox()).filter((m) => m.subject.includes('パスワードの変更方法')).map((m) => m.subject);
    clock = jstInstant('2026-11-24', '20:00'); // outside the owner's hours: nothing happens yet
    await notifier.sweep();
    expect(await mine()).toEqual([]);
    clock = jstInstant('2026-11-25', '10:00');
    await notifier.sweep();
    await notifier.sweep();
    expect(await mine()).toEqual(['【opsdesk】【レビュー期限超過】よくある質問「パスワードの変更方法」']);
    clock = jstInstant('2026-12-21', '10:00');
    await notifier.sweep();
    await notifier.sweep();
    const item = (await h.read('faq', { app: true }, id)) as Record<string, string>;
    expect(item.OpsKnowledgeStatus).toBe('非公開');
    expect(item.OpsUnpublishedReason).toBeTruthy();
    const audit = await h.app.web.getList('/sites/opsdesk/Lists/OpsAuditLog').items.select('OpsListKey', 'OpsItemId', 'OpsAction')();
    expect(audit.filter((a) => a.OpsListKey === 'faq' && a.OpsItemId === id).map((a) => a.OpsAction)).toEqual(['knowledgeAutoUnpublished']);
    const notices = (await mine()).filter((s) => s.includes('【非公開】'));
    expect(notices).toEqual(['【opsdesk】【非公開】よくある質問「パスワードの変更方法」']);
    const to = (await h.outbox()).find((m) => m.subject === notices[0])!.toRecipients[0].emailAddress.address;
    expect(to).toBe('tanaka.sho@midori-systems.example');
  });
});
