import { ICurrentUser } from '../../../src/data/currentUser';
import { isDataError } from '../../../src/data/DataError';
import { SchemaListRepository } from '../../../src/data/SchemaListRepository';
import { IInquiryRecord, InquirySaveResult } from '../../../src/data/inquiries';
import { applyInquiryAction, IInquiry, InquiryActionRequest, IUserRef } from '../../../src/domain';
import { FaqRepository } from '../../../src/data/knowledge';
import { promoteInquiryToFaq } from '../../../src/domain/knowledge';
import { FaqList } from '../../../src/schema';
import { IInquirySandbox, inquirySandbox, WEB } from './inquirySandbox';

jest.setTimeout(120000);

/** Wednesday 2026-11-25 10:00 JST. */
const RECEIVED = new Date('2026-11-25T01:00:00.000Z');

function acted(record: IInquiryRecord, request: InquiryActionRequest, actor: Parameters<typeof applyInquiryAction>[2], at: Date): IInquiry {
  const outcome = applyInquiryAction(record, request, actor, at);
  if (!outcome.ok) throw new Error(outcome.message.en);
  return outcome.value;
}

function saved(result: InquirySaveResult): IInquiryRecord {
  if (!result.ok) throw new Error('expected the save to succeed');
  return result.record;
}

describe('inquiry data layer on the provisioned sandbox (real PnPjs, SharePoint ETag and group semantics)', () => {
  let s: IInquirySandbox;
  let staffA: number;
  let staffB: number;
  let vendorA: number;
  let vendorA2: number;
  let vendorB: number;
  const created: Record<string, number> = {};

  beforeAll(async () => {
    s = await inquirySandbox();
    [staffA, staffB, vendorA, vendorA2, vendorB] = await Promise.all(['staffA', 'staffB', 'vendorA', 'vendorA2', 'vendorB'].map((k) => s.userId(k)));
  }, 300000);
  afterAll(() => s && s.sb.close());

  async function raise(who: 'staffA' | 'staffB', subject: string, systemId: number, serviceId: number, minutesAfter = 0): Promise<IInquiryRecord> {
    const receivedAt = new Date(RECEIVED.getTime() + minutesAfter * 60000);
    return s.as(who).inquiries.create({
      subject, body: `<p>${subject}</p>`, category: 'howTo', systemId, serviceId,
      requesterId: who === 'staffA' ? staffA : staffB, receivedAt, firstResponseDue: new Date(receivedAt.getTime() + 2 * 3600000)
    });
  }

  /** What the notifier does on receipt (routing is not this part's job): assignee, vendor and status 割当済. */
  async function route(id: number, assignee: number, vendorKey: string): Promise<void> {
    const app = new SchemaListRepository(s.spAs({ app: true }), WEB, s.schema.lists.filter((l) => l.key === 'inquiries')[0]);
    const item = await app.get(id);
    await app.update(id, item.etag!, { assignee, vendorKey, status: '割当済' });
  }

  describe('create (the contract with the notifier)', () => {
    test('staff raise an inquiry: status 受付, requester = the user, receipt and due stored, body sanitized (DOMPurify)', async () => {
      const { inquiries } = s.as('staffA');
      const record = await inquiries.create({
        subject: '転入届の画面が開かない',
        body: '<p onclick="steal()">画面が<b>開きません</b><script>alert(1)</script><img src=x onerror="x()"></p>',
        category: 'fault',
        systemId: s.systems.juki,
        serviceId: s.services.jukiHowTo,
        requesterId: staffA,
        receivedAt: RECEIVED,
        firstResponseDue: new Date('2026-11-25T03:00:00.000Z')
      });
      created.first = record.id;
      expect(record).toMatchObject({
        subject: '転入届の画面が開かない',
        status: 'received',
        category: 'fault',
        requester: { id: staffA, title: '鈴木 一郎' },
        system: { id: s.systems.juki, title: '住民記録システム' },
        service: { id: s.services.jukiHowTo, title: 'JUKI-HOWTO 窓口' },
        pauses: []
      });
      expect(new Date(record.receivedAt).toISOString()).toBe(RECEIVED.toISOString());
      expect(new Date(record.firstResponseDue!).toISOString()).toBe('2026-11-25T03:00:00.000Z');
      expect(record.body).toBe('<p>画面が<b>開きません</b></p>');
      expect(record.etag).toMatch(/\d/);
      expect(await inquiries.get(record.id)).toEqual(record);
    });

    test('attachments are stored with the item and listed with their URLs; the record returned carries the ETag after them', async () => {
      const { inquiries } = s.as('staffA');
      const file = new TextEncoder().encode('log line').buffer as ArrayBuffer;
      const record = await inquiries.create(
        { subject: 'ログを添付します', body: '<p>エラーログです</p>', category: 'fault', systemId: s.systems.juki, requesterId: staffA, receivedAt: new Date(RECEIVED.getTime() + 60000) },
        [{ name: 'error.log', content: file }, { name: '画面.txt', content: new TextEncoder().encode('画面').buffer as ArrayBuffer }]
      );
      created.attached = record.id;
      const attachments = await inquiries.attachments(record.id);
      expect(attachments.map((a) => a.name).sort()).toEqual(['error.log', '画面.txt'].sort());
      expect(attachments[0].url).toMatch(new RegExp(`^${WEB}/Lists/.+/Attachments/${record.id}/`));
      // Adding attachments bumps the ETag (sharepoint-rest.md §9.7): the returned record must already hold the new one,
      // so a write with it succeeds. Closing it also keeps it out of the open queues below.
      expect((await inquiries.get(record.id)).etag).toBe(record.etag);
      const ict = await s.as('ict').currentUser.load();
      const closed = await s.as('ict').inquiries.save(record, acted(record, { type: 'close' }, ict, RECEIVED));
      expect(closed.ok).toBe(true);
    });

    test('an attachment the server refuses (duplicate name) leaves no inquiry behind: nothing half-saved', async () => {
      const { inquiries } = s.as('staffA');
      const subject = '添付に失敗する問い合わせ';
      const file = new TextEncoder().encode('x').buffer as ArrayBuffer;
      let thrown: unknown;
      await inquiries
        .create({ subject, body: '<p>x</p>', category: 'fault', systemId: s.systems.juki, requesterId: staffA, receivedAt: RECEIVED }, [
          { name: 'same.log', content: file },
          { name: 'same.log', content: file }
        ])
        .catch((e: unknown) => (thrown = e));
      expect(isDataError(thrown)).toBe(true);
      const page = await s.as('ict').inquiries.page({ scope: 'all', userId: 0, status: 'any', receivedMonth: '2026-11', search: subject, sort: 'receivedDesc', pageSize: 10 });
      expect(page.items).toEqual([]);
    });
  });

  describe('who is signed in (web.currentUser + currentUser.groups mapped with buildGroups)', () => {
    test('roles and vendor come from the SharePoint groups the user is in', async () => {
      await expect(s.as('staffA').currentUser.load()).resolves.toMatchObject({ user: { id: staffA, title: '鈴木 一郎' }, roles: ['department'] });
      const vendor = await s.as('vendorA').currentUser.load();
      expect(vendor).toMatchObject({ user: { id: vendorA }, roles: ['vendor'], vendorKey: 'midori-systems' });
      expect(vendor.groupTitles).toContain('opsdesk 事業者 みどりシステムズ株式会社');
      await expect(s.as('ict').currentUser.load()).resolves.toMatchObject({ roles: ['ictCenter'] });
      await expect(s.as('csp').currentUser.load()).resolves.toMatchObject({ roles: ['csp'] });
    });

    test('assignable users are the members of the vendor group, or of the ICT center group', async () => {
      const ict = s.as('ict').currentUser;
      expect((await ict.assignableUsers('midori-systems')).map((u) => u.title).sort()).toEqual(['中村 大輔', '田中 翔'].sort());
      expect((await ict.assignableUsers()).map((u) => u.title).sort()).toEqual(['佐藤 花子', '山本 健'].sort());
    });
  });

  describe('catalog lookups', () => {
    test('systems, services and calendars arrive in one $batch and map to domain entities', async () => {
      const catalog = await s.as('staffA').catalog.load();
      expect(catalog.systems.map((x) => x.name)).toEqual(['住民記録システム', '税務システム']);
      expect(catalog.services.map((x) => [x.name.ja, x.answeringCalendarId, x.firstResponseTargetMinutes, x.vendorKey])).toEqual([
        ['JUKI-HOWTO 窓口', 'officeHours', 120, 'midori-systems'],
        ['ZEIMU-FAULT 窓口', 'always', 60, 'sakura-its']
      ]);
      expect(catalog.calendars.map((c) => c.id)).toEqual(expect.arrayContaining(['officeHours', 'systemAvailability', 'always']));
    });
  });

  describe('queues per role (each query filters first on an indexed column)', () => {
    beforeAll(async () => {
      created.a1 = (await raise('staffA', '住民票の写しが印刷できない', s.systems.juki, s.services.jukiHowTo, 10)).id;
      created.a2 = (await raise('staffA', '税額の計算結果が違う', s.systems.zeimu, s.services.zeimuFault, 20)).id;
      created.b1 = (await raise('staffB', '転出証明書の様式', s.systems.juki, s.services.jukiHowTo, 30)).id;
      await route(created.a1, vendorA, 'midori-systems');
      await route(created.a2, vendorB, 'sakura-its');
      await route(created.b1, vendorA2, 'midori-systems');
    });

    const ids = (items: IInquiryRecord[]): number[] => items.map((i) => i.id).sort((a, b) => a - b);

    test('staff see their own inquiries under "mine", newest first', async () => {
      const page = await s.as('staffA').inquiries.page({ scope: 'mine', userId: staffA, status: 'open', sort: 'receivedDesc', pageSize: 50 });
      expect(page.items.map((i) => i.id)).toEqual([created.a2, created.a1, created.first]);
      expect(page.items.every((i) => i.requester.id === staffA)).toBe(true);
    });

    test('an operator sees what is assigned to them, and their vendor\'s queue', async () => {
      const repo = s.as('vendorA').inquiries;
      const mine = await repo.page({ scope: 'assignedToMe', userId: vendorA, status: 'open', sort: 'dueAsc', pageSize: 50 });
      expect(ids(mine.items)).toEqual([created.a1]);
      const vendor = await repo.page({ scope: 'myVendor', userId: vendorA, vendorKey: 'midori-systems', status: 'open', sort: 'dueAsc', pageSize: 50 });
      expect(ids(vendor.items)).toEqual([created.a1, created.b1].sort((a, b) => a - b));
      expect(vendor.items.map((i) => i.assignee && i.assignee.title)).toEqual(['田中 翔', '中村 大輔']);
    });

    test('the ICT center sees everything open; status, search by subject or number narrow it', async () => {
      const repo = s.as('ict').inquiries;
      const all = await repo.page({ scope: 'all', userId: 0, status: 'open', sort: 'receivedAsc', pageSize: 50 });
      expect(all.items.map((i) => i.id)).toEqual([created.first, created.a1, created.a2, created.b1]);
      const received = await repo.page({ scope: 'all', userId: 0, status: 'received', sort: 'receivedAsc', pageSize: 50 });
      expect(ids(received.items)).toEqual([created.first]);
      const bySubject = await repo.page({ scope: 'all', userId: 0, status: 'open', search: '証明書', sort: 'receivedAsc', pageSize: 50 });
      expect(ids(bySubject.items)).toEqual([created.b1]);
      const byNumber = await repo.page({ scope: 'all', userId: 0, status: 'open', search: `#${created.a2}`, sort: 'receivedAsc', pageSize: 50 });
      expect(ids(byNumber.items)).toEqual([created.a2]);
    });
  });

  describe('actions through the domain, saved with the ETag that was read', () => {
    let operator: ICurrentUser;
    let requester: ICurrentUser;

    beforeAll(async () => {
      operator = await s.as('vendorA').currentUser.load();
      requester = await s.as('staffA').currentUser.load();
    });

    test('first response, ask the requester (clock paused), reply, resolve, close: each write changes only what the action changed', async () => {
      const repo = s.as('vendorA').inquiries;
      let record = await repo.get(created.a1);
      const at = (m: number): Date => new Date(RECEIVED.getTime() + m * 60000);

      record = saved(await repo.save(record, acted(record, { type: 'recordFirstResponse' }, operator, at(60)), { firstResponse: '<p>再起動してください<script>x()</script></p>' }));
      expect(record).toMatchObject({ status: 'responded', firstResponse: '<p>再起動してください</p>', firstRespondedAt: at(60).toISOString() });

      record = saved(await repo.save(record, acted(record, { type: 'askRequester' }, operator, at(90)), { requesterQuestion: '<p>エラー画面の写しを送ってください。</p>' }));
      expect(record.status).toBe('waiting');
      expect(record.requesterQuestion).toBe('<p>エラー画面の写しを送ってください。</p>');
      expect(record.pauses).toEqual([{ from: at(90).toISOString() }]);

      const staffRepo = s.as('staffA').inquiries;
      let mine = await staffRepo.get(created.a1);
      mine = saved(await staffRepo.save(mine, acted(mine, { type: 'requesterReplied' }, requester, at(120))));
      expect(mine).toMatchObject({ status: 'responded', pauses: [{ from: at(90).toISOString(), to: at(120).toISOString() }] });

      record = await repo.get(created.a1);
      record = saved(await repo.save(record, acted(record, { type: 'resolve' }, operator, at(150)), { resolution: '<p>設定を修正しました。</p>' }));
      expect(record).toMatchObject({ status: 'resolved', resolution: '<p>設定を修正しました。</p>', resolvedAt: at(150).toISOString() });

      mine = await staffRepo.get(created.a1);
      mine = saved(await staffRepo.save(mine, acted(mine, { type: 'close' }, requester, at(180))));
      expect(mine).toMatchObject({ status: 'closed', closedAt: at(180).toISOString() });
    });

    test('a save with a stale ETag (412) writes nothing and returns the newer values', async () => {
      const mine = s.as('vendorA').inquiries;
      const theirs = s.as('ict').inquiries;
      const ict = await s.as('ict').currentUser.load();
      const seenByOperator = await mine.get(created.b1);
      const seenByIct = await theirs.get(created.b1);
      const colleague: IUserRef = { id: vendorA, title: '田中 翔' };
      const ictSaved = saved(await theirs.save(seenByIct, acted(seenByIct, { type: 'reassign', assignee: colleague }, ict, RECEIVED)));
      expect(ictSaved.assignee!.id).toBe(vendorA);

      const stale = await mine.save(
        seenByOperator,
        acted(seenByOperator, { type: 'recordFirstResponse' }, { user: { id: vendorA2, title: '中村 大輔' }, roles: ['vendor'], vendorKey: 'midori-systems' }, RECEIVED),
        { firstResponse: '<p>上書きしてはいけない回答</p>' }
      );
      expect(stale.ok).toBe(false);
      if (stale.ok) return;
      expect(stale.reason).toBe('staleEdit');
      expect(stale.latest).toMatchObject({ status: 'assigned', assignee: { id: vendorA } });
      expect(stale.latest.etag).toBe(ictSaved.etag);
      const stored = await theirs.get(created.b1);
      expect(stored.firstResponse).toBeUndefined();
      expect(stored.status).toBe('assigned');
    });

    test('promote to FAQ draft: the domain\'s draft becomes an FAQ item (下書き, next review and search text filled, linked to the inquiry) and the inquiry links it; a stale inquiry takes the draft back', async () => {
      const ict = s.as('ict');
      const me = await ict.currentUser.load();
      const faq = new SchemaListRepository(ict.sp, WEB, FaqList);
      const before = await faq.all({ pageSize: 100 });

      const resolved = await ict.inquiries.get(created.a1);
      const stale = { ...resolved };
      const promoted = promoteInquiryToFaq(resolved, '<p>プリンタ設定を修正します。<script>x()</script></p>', me.user, '2026-11-25', { question: '住民票の写しが印刷できないときは？', category: '操作方法' });
      if (!promoted.ok) throw new Error(promoted.message.en);
      const result = await ict.inquiries.promoteToFaq(resolved, promoted.value);
      const record = saved(result);
      const drafts = await faq.all({ pageSize: 100 });
      expect(drafts).toHaveLength(before.length + 1);
      const draft = drafts.filter((d) => d.id === record.faqDraft!.id)[0];
      expect(draft.title).toBe('住民票の写しが印刷できないときは？');
      expect(draft.values).toMatchObject({
        status: '下書き', answer: '<p>プリンタ設定を修正します。</p>', category: '操作方法', sourceInquiry: { id: created.a1 }, owner: { id: me.user.id },
        reviewCycleDays: 180, lastReviewed: '2026-11-25', nextReview: '2027-05-24', searchText: 'プリンタ設定を修正します。'
      });
      // The knowledge web part reads it back as a draft of this inquiry, due for review in 180 days.
      const found = await new FaqRepository(ict.sp, WEB, (h) => h).get(draft.id);
      expect([found.sourceInquiryId, found.nextReview, found.status]).toEqual([created.a1, '2027-05-24', 'draft']);

      const again = await ict.inquiries.promoteToFaq(stale, { ...promoted.value, question: '重複' });
      expect(again.ok).toBe(false);
      expect(await faq.all({ pageSize: 100 })).toHaveLength(before.length + 1);
    });
  });
});
