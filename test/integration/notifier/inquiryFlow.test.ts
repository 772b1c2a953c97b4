/**
 * The inquiry path end to end on the sandbox, through the real clients: a staff user's inquiry reaches the
 * notifier by webhook (handshake, clientState), GetChanges from the stored token, routing rules as data, item
 * permissions, and one Japanese mail in the Graph outbox.
 */
import { firstResponseDue } from '../../../src/domain/sla';
import { OFFICE_HOURS_CALENDAR } from '../../../src/domain/time';
import { GraphMailer } from '../../../notifier/src';
import type { IMailer, INotifier } from '../../../notifier/src';
import { CLIENT_STATE, harness, IHarness, killableAppSp, NOTIFICATION_URL, SENDER, waitFor } from './harness';

const VENDOR_A_MAIL = 'tanaka.sho@midori-systems.example';

describe('notifier on the sandbox: new inquiry → routing, permissions, one mail', () => {
  let h: IHarness;
  let notifier: INotifier;

  beforeAll(async () => {
    h = await harness();
    notifier = h.notifier();
    h.receiver.notifier = notifier;
    // SharePoint validates the endpoint inside the create call (validationtoken echoed as text/plain).
    await notifier.ensureSubscriptions(NOTIFICATION_URL);
  }, 60_000);
  afterAll(async () => {
    await notifier.idle();
    h.sb.close();
  });

  async function newInquiry(identity: string, subject: string, receivedAt = new Date()): Promise<number> {
    return h.add('inquiries', identity, {
      body: '<p>住民票の写しが印刷できません。</p>', system: h.ids.systemA, service: h.ids.serviceA, category: '障害・不具合',
      requester: h.ids.users[identity], receivedAt: receivedAt.toISOString()
    }, subject);
  }

  test('the subscription exists with our clientState once the handshake succeeded', async () => {
    const subs = await h.app.web.getList(`${new URL(h.sb.siteUrl).pathname}/Lists/OpsInquiries`).subscriptions();
    expect(subs).toEqual([expect.objectContaining({ notificationUrl: NOTIFICATION_URL, clientState: CLIENT_STATE })]);
  });

  test('inquiry created by a staff user → Japanese mail to the rule\'s assignee in the Graph outbox within 5 s', async () => {
    const started = Date.now();
    const id = await newInquiry('staffA', '住民票が印刷できない');
    const mail = await waitFor(async () => (await h.outbox()).find((m) => m.subject.includes(`(#${id})`)), 5_000);
    const elapsed = Date.now() - started;
    expect(mail).toBeDefined();
    expect(elapsed).toBeLessThan(5_000);
    expect(mail!.toRecipients.map((r) => r.emailAddress.address)).toEqual([VENDOR_A_MAIL]);
    expect(mail!.subject).toBe(`【opsdesk】問い合わせが割り当てられました: 住民票が印刷できない (#${id})`);
    expect(mail!.body.content).toContain(`${h.sb.siteUrl}/Lists/OpsInquiries/DispForm.aspx?ID=${id}`);
    await notifier.idle();
    const item = (await h.read('inquiries', { app: true }, id)) as Record<string, unknown>;
    expect(item).toMatchObject({ OpsInquiryStatus: '割当済', OpsVendorKey: 'midori-systems', OpsAssigneeId: h.ids.users.vendorA });
  });

  test('item permissions: requester, the assigned vendor\'s group and the ICT center read it; another vendor and another department do not (404, as SharePoint trims)', async () => {
    const id = await newInquiry('staffA', 'ログインできない');
    await waitFor(async () => (await h.outbox()).find((m) => m.subject.includes(`(#${id})`)), 5_000);
    await notifier.idle();
    for (const who of ['staffA', 'vendorA', 'vendorA2', 'ict', 'ict2']) {
      expect([who, typeof (await h.read('inquiries', who, id))]).toEqual([who, 'object']);
    }
    for (const who of ['vendorB', 'staffB', 'csp']) {
      expect([who, await h.read('inquiries', who, id)]).toEqual([who, 404]);
    }
  });

  test('the ICT center moves the inquiry to another vendor: permissions follow and the new assignee is notified once', async () => {
    const id = await newInquiry('staffA', '担当替えのテスト');
    await waitFor(async () => (await h.outbox()).find((m) => m.subject.includes(`担当替えのテスト (#${id})`)), 5_000);
    await notifier.idle();
    await h.spAs('ict').web.getList(`${new URL(h.sb.siteUrl).pathname}/Lists/OpsInquiries`).items.getById(id)
      .update({ OpsVendorKey: 'sakura-its', OpsAssigneeId: h.ids.users.vendorB });
    const moved = await waitFor(async () => (await h.outbox()).find((m) => m.subject.includes(`担当替えのテスト (#${id})`) && m.toRecipients[0].emailAddress.address === 'ito.yoko@sakura-its.example'), 5_000);
    expect(moved).toBeDefined();
    await notifier.idle();
    expect(typeof (await h.read('inquiries', 'vendorB', id))).toBe('object');
    expect(await h.read('inquiries', 'vendorA', id)).toBe(404);
    expect(await h.read('inquiries', 'vendorA2', id)).toBe(404);
    expect(typeof (await h.read('inquiries', 'staffA', id))).toBe('object');
    expect((await h.outbox()).filter((m) => m.subject.includes(`担当替えのテスト (#${id})`))).toHaveLength(2);
  });

  test('a forged notification (wrong clientState) is refused with 403 and changes nothing', async () => {
    const listId = await notifier.site.listId('inquiries');
    // Created while the webhook cannot reach the notifier, so only the forged call could make it act.
    h.receiver.failNext = 1000;
    const id = await newInquiry('staffB', '偽装通知のテスト');
    const before = (await h.outbox()).length;
    const res = await notifier.handleWebhook({
      method: 'POST', url: NOTIFICATION_URL,
      body: JSON.stringify({ value: [{ subscriptionId: 'x', clientState: 'forged', resource: listId, siteUrl: '/sites/opsdesk', webId: 'w' }] })
    });
    await notifier.idle();
    expect(res.status).toBe(403);
    expect((await h.outbox()).length).toBe(before);
    const item = (await h.read('inquiries', { app: true }, id)) as Record<string, unknown>;
    expect(item).toMatchObject({ OpsInquiryStatus: '受付', OpsAssigneeId: null, OpsVendorKey: null, OpsFirstResponseDue: null });
    expect(typeof (await h.read('inquiries', 'vendorB', id))).toBe('object'); // still inheriting the list's permissions
    h.receiver.failNext = 0;
    await notifier.processChanges();
  });

  test('the handshake echoes validationtoken as text/plain', async () => {
    const res = await notifier.handleWebhook({ method: 'POST', url: `${NOTIFICATION_URL}?validationtoken=abc%20123`, body: '' });
    expect(res).toEqual({ status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'abc 123' });
  });
});

describe('exactly once across webhook retries and a notifier restart', () => {
  let h: IHarness;

  beforeAll(async () => {
    h = await harness({ batchDelayMs: 0, retryDelayMs: 0, pollMs: 0 });
  }, 60_000);
  afterAll(() => h.sb.close());

  test('SharePoint retries the webhook 3 times, the notifier dies after claiming the mail, a new one takes over → exactly one mail', async () => {
    const dying = h.notifier({
      sp: killableAppSp(h.sb, (url, init) => init.method === 'POST' && /OpsNotificationLog/i.test(url) && /\/items$/i.test(new URL(url).pathname))
    });
    h.receiver.notifier = dying;
    await dying.ensureSubscriptions(NOTIFICATION_URL);
    const id = await h.add('inquiries', 'staffA', {
      body: 'x', system: h.ids.systemA, category: '操作方法', requester: h.ids.users.staffA, receivedAt: new Date().toISOString()
    }, '再送テスト');
    // Two failed deliveries (notifier unreachable), then the third reaches the notifier, which dies mid-way.
    h.receiver.failNext = 2;
    for (let i = 0; i < 3; i++) await h.sb.flushWebhooks();
    await dying.idle();
    expect(h.receiver.deliveries).toBe(3);
    expect((await h.outbox()).filter((m) => m.subject.includes(`(#${id})`))).toHaveLength(0);

    // Restart: a fresh process with the same SharePoint state, its clock past the claim timeout.
    const later = (): Date => new Date(Date.now() + 11 * 60 * 1000);
    const restarted = h.notifier({ now: later });
    h.receiver.notifier = restarted;
    await restarted.processChanges();
    for (let i = 0; i < 3; i++) {
      const res = await restarted.handleWebhook({
        method: 'POST', url: NOTIFICATION_URL,
        body: JSON.stringify({ value: [{ subscriptionId: 's', clientState: CLIENT_STATE, resource: await restarted.site.listId('inquiries') }] })
      });
      expect(res.status).toBe(200);
    }
    await restarted.idle();
    await restarted.sweep();
    await restarted.sweep();
    await restarted.processChanges();
    const mails = (await h.outbox()).filter((m) => m.subject.includes(`(#${id})`));
    expect(mails).toHaveLength(1);
    expect(mails[0].toRecipients.map((r) => r.emailAddress.address)).toEqual([VENDOR_A_MAIL]);
  });

  test('dies after the mail is marked sent but before the change token is saved → the replay sends nothing', async () => {
    const dying = h.notifier({
      sp: killableAppSp(h.sb, (url, init) => (init.method === 'POST' && /OpsNotificationLog/i.test(url) && /items\(\d+\)$/i.test(new URL(url).pathname)
        && String(init.body || '').includes('"sent"')))
    });
    h.receiver.notifier = dying;
    const id = await h.add('inquiries', 'staffA', {
      body: 'y', system: h.ids.systemA, category: '操作方法', requester: h.ids.users.staffA, receivedAt: new Date().toISOString()
    }, 'トークン未保存テスト');
    await h.sb.flushWebhooks();
    await dying.idle();
    expect((await h.outbox()).filter((m) => m.subject.includes(`(#${id})`))).toHaveLength(1);
    const restarted = h.notifier();
    h.receiver.notifier = restarted;
    const report = await restarted.processChanges();
    await restarted.sweep();
    expect(report.items).toBeGreaterThan(0);
    expect((await h.outbox()).filter((m) => m.subject.includes(`(#${id})`))).toHaveLength(1);
  });
  test('dies after Graph accepted the mail but before the sent mark: the takeover finds it in Sent Items and does not resend', async () => {
    let graphAccepted = false;
    const real = new GraphMailer(h.graph, SENDER);
    const mailer: IMailer = {
      async send(to, mail, key) {
        await real.send(to, mail, key);
        graphAccepted = true; // the process dies right here
      },
      wasSent: (key, since) => real.wasSent(key, since)
    };
    const dying = h.notifier({ mailer, sp: killableAppSp(h.sb, () => false, () => graphAccepted) });
    h.receiver.notifier = dying;
    const id = await h.add('inquiries', 'staffA', {
      body: 'z', system: h.ids.systemA, category: '操作方法', requester: h.ids.users.staffA, receivedAt: new Date().toISOString()
    }, '送信直後に停止');
    await h.sb.flushWebhooks();
    await dying.idle();
    expect((await h.outbox()).filter((m) => m.subject.includes(`(#${id})`))).toHaveLength(1);
    const restarted = h.notifier({ now: () => new Date(Date.now() + 11 * 60 * 1000) });
    h.receiver.notifier = restarted;
    await restarted.processChanges();
    await restarted.sweep();
    await restarted.sweep();
    const mails = (await h.outbox()).filter((m) => m.subject.includes(`(#${id})`));
    expect(mails).toHaveLength(1);
    const log = await h.app.web.getList('/sites/opsdesk/Lists/OpsNotificationLog').items.select('OpsDeliveryKey', 'OpsDeliveryState', 'OpsLastError')();
    expect(log.filter((e) => e.OpsDeliveryKey === `assigned|inquiries|${id}|u${h.ids.users.vendorA}`)).toEqual([
      expect.objectContaining({ OpsDeliveryState: 'sent', OpsLastError: 'sent mark recovered from Sent Items' })
    ]);
  });
});

describe('first start without stored change tokens', () => {
  let h: IHarness;
  beforeAll(async () => {
    h = await harness({ batchDelayMs: 0, retryDelayMs: 0, pollMs: 0 });
  }, 60_000);
  afterAll(() => h.sb.close());

  test('initialSync "now" leaves inquiries created before the first start alone and handles later ones (the default "all" replays them, as the other tests show)', async () => {
    const old = await h.add('inquiries', 'staffA', { body: 'x', system: h.ids.systemA, category: 'その他', requester: h.ids.users.staffA, receivedAt: new Date().toISOString() }, '起動前の問い合わせ');
    const fresh = h.notifier({ initialSync: 'now' });
    expect((await fresh.processChanges(['inquiries'])).items).toBe(0);
    const later = await h.add('inquiries', 'staffA', { body: 'x', system: h.ids.systemA, category: 'その他', requester: h.ids.users.staffA, receivedAt: new Date().toISOString() }, '起動後の問い合わせ');
    await fresh.processChanges(['inquiries']);
    const subjects = (await h.outbox()).map((m) => m.subject);
    expect(subjects.some((s) => s.includes(`(#${later})`))).toBe(true);
    expect(subjects.some((s) => s.includes(`(#${old})`))).toBe(false);
  });
});

describe('SLA due times on the sandbox equal the domain clock', () => {
  let h: IHarness;
  let notifier: INotifier;

  beforeAll(async () => {
    h = await harness({ batchDelayMs: 0, retryDelayMs: 0, pollMs: 0 });
    notifier = h.notifier();
  }, 60_000);
  afterAll(() => h.sb.close());

  test.each([
    ['after hours (weekday 20:00 JST)', '2026-11-25T11:00:00.000Z'],
    ['public holiday (勤労感謝の日 2026-11-23)', '2026-11-23T01:00:00.000Z'],
    ['year-end closure (12/28 16:30 JST, closed 12/29–1/3)', '2026-12-28T07:30:00.000Z'],
    ['Friday evening before a weekend', '2026-11-27T08:40:00.000Z']
  ])('%s', async (_label, receivedIso) => {
    const id = await h.add('inquiries', 'staffA', {
      body: 'z', system: h.ids.systemA, service: h.ids.serviceA, category: 'その他', requester: h.ids.users.staffA, receivedAt: receivedIso
    }, `SLA ${receivedIso}`);
    await notifier.processChanges(['inquiries']);
    const item = (await h.read('inquiries', { app: true }, id)) as Record<string, string>;
    const expected = firstResponseDue(new Date(receivedIso), 240, OFFICE_HOURS_CALENDAR);
    expect(new Date(item.OpsFirstResponseDue).toISOString()).toBe(expected!.toISOString());
  });
});
