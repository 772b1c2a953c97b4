/**
 * Item permissions by each list's schema itemSecurity mode, checked as the users themselves through PnPjs:
 * SharePoint trims what a user may not read (404) and refuses what they may not write (403).
 */
import type { INotifier } from '../../../notifier/src';
import { harness, IHarness } from './harness';

async function canWrite(h: IHarness, listKey: string, who: string, id: number, values: Record<string, unknown>): Promise<number | 'ok'> {
  const { listByKey } = await import('../../../src/schema');
  const list = listByKey(listKey);
  try {
    await h.spAs(who).web.getList(`${new URL(h.sb.siteUrl).pathname}/${list.url}`).items.getById(id).update(values);
    return 'ok';
  } catch (e) {
    return (e as { status: number }).status;
  }
}

async function readers(h: IHarness, listKey: string, id: number): Promise<string[]> {
  const out: string[] = [];
  for (const who of ['ict', 'staffA', 'staffB', 'vendorA', 'vendorB', 'csp']) {
    if (typeof (await h.read(listKey, who, id)) === 'object') out.push(who);
  }
  return out;
}

describe('item permissions by itemSecurity mode (kept in step by the notifier)', () => {
  let h: IHarness;
  let notifier: INotifier;

  beforeAll(async () => {
    h = await harness({ batchDelayMs: 0, retryDelayMs: 0, pollMs: 0 });
    notifier = h.notifier();
  }, 60_000);
  afterAll(() => h.sb.close());

  async function issue(area: string, system: number | undefined, title: string): Promise<number> {
    const id = await h.add('issues', 'ict', {
      description: '<p>x</p>', area, system, priority: '中', status: '未着手', owner: h.ids.users.vendorA, dueDate: '2026-12-10'
    }, title);
    await notifier.processChanges(['issues']);
    return id;
  }

  test('roleMatrix, shared area: department (approver) and ICT write; the system\'s vendor and the CSP (△) read; another vendor sees nothing', async () => {
    const id = await issue('共同利用領域に構築するシステム', h.ids.systemA, '共同利用の課題');
    expect(await readers(h, 'issues', id)).toEqual(['ict', 'staffA', 'staffB', 'vendorA', 'csp']);
    expect(await canWrite(h, 'issues', 'staffA', id, { OpsProgress: '確認中' })).toBe('ok');
    expect(await canWrite(h, 'issues', 'ict', id, { OpsProgress: '確認中2' })).toBe('ok');
    expect(await canWrite(h, 'issues', 'vendorA', id, { OpsProgress: '勝手に変更' })).toBe(403);
  });

  test('roleMatrix, AWS service: no vendor is involved (—), the CSP is', async () => {
    const id = await issue('AWSが提供するサービス', undefined, 'AWSの課題');
    expect(await readers(h, 'issues', id)).toEqual(['ict', 'staffA', 'staffB', 'csp']);
  });

  test('a change of the issue\'s vendor moves access from one vendor group to the other', async () => {
    const id = await issue('単独利用領域に構築するシステム', h.ids.systemA, '事業者変更の課題');
    expect(await readers(h, 'issues', id)).toContain('vendorA');
    await h.app.web.getList(`${new URL(h.sb.siteUrl).pathname}/Lists/OpsIssues`).items.getById(id).update({ OpsVendorKey: 'sakura-its' });
    await notifier.processChanges(['issues']);
    const now = await readers(h, 'issues', id);
    expect(now).toContain('vendorB');
    expect(now).not.toContain('vendorA');
  });

  test('parentIssue: only the approver\'s group may write a proposal, so a non-approver cannot approve (SharePoint refuses)', async () => {
    const shared = await issue('共同利用領域に構築するシステム', h.ids.systemA, '提案元(共同)');
    const p1 = await h.add('proposals', 'vendorA', { issue: shared, field: '期限', proposedDueDate: '2026-12-24', reason: '部品待ち' }, '期限延長の提案');
    const dedicated = await issue('単独利用領域に構築するシステム', h.ids.systemB, '提案元(単独)');
    const p2 = await h.add('proposals', 'vendorB', { issue: dedicated, field: '期限', proposedDueDate: '2026-12-24', reason: '調整中' }, '期限延長の提案2');
    await notifier.processChanges(['proposals']);
    // shared area: the department approves; the ICT center and the vendor only read
    expect(await canWrite(h, 'proposals', 'staffA', p1, { OpsProposalStatus: '承認' })).toBe('ok');
    expect(await canWrite(h, 'proposals', 'ict', p1, { OpsProposalStatus: '承認' })).toBe(403);
    expect(await canWrite(h, 'proposals', 'vendorA', p1, { OpsProposalStatus: '承認' })).toBe(403);
    expect(await readers(h, 'proposals', p1)).toEqual(['ict', 'staffA', 'staffB', 'vendorA', 'csp']);
    // dedicated area: the ICT center approves; the proposer's own vendor cannot approve its proposal
    expect(await canWrite(h, 'proposals', 'ict', p2, { OpsProposalStatus: '承認' })).toBe('ok');
    expect(await canWrite(h, 'proposals', 'vendorB', p2, { OpsProposalStatus: '承認' })).toBe(403);
    expect(await canWrite(h, 'proposals', 'staffA', p2, { OpsProposalStatus: '承認' })).toBe(403);
    expect(await readers(h, 'proposals', p2)).not.toContain('vendorA');
  });

  test('vendorScoped knowledge: the owning vendor and the ICT center; all vendors when shared with all', async () => {
    const own = await h.add('knowledge', 'vendorA', { answer: '<p>手順</p>', category: '運用', status: '下書き', owner: h.ids.users.vendorA, reviewCycleDays: 180, vendorKey: 'midori-systems' }, '再起動手順');
    const shared = await h.add('knowledge', 'ict', { answer: '<p>共通</p>', category: '運用', status: '下書き', owner: h.ids.users.ict, reviewCycleDays: 180, vendorKey: 'midori-systems', sharedWithAll: true }, '共通手順');
    expect(await notifier.applyItemSecurity('knowledge', own)).toBe(true);
    expect(await notifier.applyItemSecurity('knowledge', shared)).toBe(true);
    expect(await notifier.applyItemSecurity('knowledge', own)).toBe(false); // already in step: nothing written
    expect(await readers(h, 'knowledge', own)).toEqual(['ict', 'vendorA']);
    expect(await readers(h, 'knowledge', shared)).toEqual(['ict', 'vendorA', 'vendorB']);
    expect(await canWrite(h, 'knowledge', 'vendorB', shared, { Title: 'x' })).toBe(403);
  });

  describe('ownVendorEdits: a public register each vendor keeps up (SharePoint refuses a vendor\'s edit of another vendor\'s entry)', () => {
    const vendors = ['ict', 'vendorA', 'vendorB'];
    const moderation = async (listKey: string, id: number): Promise<number> => {
      const { listByKey } = await import('../../../src/schema');
      const row = await h.app.web.getList(`${new URL(h.sb.siteUrl).pathname}/${listByKey(listKey).url}`).items.getById(id).select('OData__ModerationStatus')<{ OData__ModerationStatus: number }>();
      return row.OData__ModerationStatus;
    };
    const approve = async (listKey: string, id: number): Promise<void> => {
      const { listByKey } = await import('../../../src/schema');
      await h.spAs('ict').web.getList(`${new URL(h.sb.siteUrl).pathname}/${listByKey(listKey).url}`).items.getById(id).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
    };

    test('services: vendor A edits its own service (pending approval); vendor B is refused; staff and the CSP read both vendors\' services', async () => {
      const a = h.ids.serviceA; // みどりシステムズ (vendorA), added by the app
      const b = await h.add('services', 'vendorB', {
        code: 'SVC-ZEIMU', category: '業務システム', summary: '税務システムの運用', providerKind: 'ASP', providerName: 'さくらITサービス株式会社',
        vendorKey: 'sakura-its', owner: h.ids.users.vendorB, calendarId: 'officeHours', firstResponseTarget: 240, lifecycle: '提供中'
      }, '税務システム運用');
      // (a never-approved item is visible to its author and approvers only, so approve before others try)
      await approve('services', a);
      await approve('services', b);
      // the gap this mode closes: while B's service still inherits the list, vendor A's Contribute reaches it
      expect(await canWrite(h, 'services', 'vendorA', b, { OpsAudience: '住民課' })).toBe('ok');
      await notifier.processChanges(['services']);
      expect(await notifier.applyItemSecurity('services', a)).toBe(false); // the change run already secured it

      expect(await canWrite(h, 'services', 'vendorA', a, { OpsAudience: '住民課・出張所' })).toBe('ok');
      expect(await moderation('services', a)).toBe(2); // pending: the ICT center approves it
      expect(await canWrite(h, 'services', 'vendorB', a, { OpsAudience: '乗っ取り' })).toBe(403);
      expect(await canWrite(h, 'services', 'vendorA', b, { OpsAudience: '乗っ取り' })).toBe(403);
      expect(await canWrite(h, 'services', 'vendorB', b, { OpsAudience: '税務課' })).toBe('ok');
      expect(await canWrite(h, 'services', 'ict', a, { OpsAudience: '住民課職員' })).toBe('ok');
      for (const id of [a, b]) {
        expect(await readers(h, 'services', id)).toEqual(['ict', 'staffA', 'staffB', 'vendorA', 'vendorB', 'csp']);
        expect(await canWrite(h, 'services', 'staffA', id, { OpsAudience: 'x' })).toBe(403);
        expect(await canWrite(h, 'services', 'csp', id, { OpsAudience: 'x' })).toBe(403);
      }
    });

    test('services: handing a service to another vendor moves the edit right with OpsVendorKey', async () => {
      const id = await h.add('services', 'ict', {
        code: 'SVC-MOVE', category: '基盤', summary: '引継ぎ対象', providerKind: 'ASP', providerName: 'みどりシステムズ株式会社',
        vendorKey: 'midori-systems', owner: h.ids.users.ict, calendarId: 'officeHours', firstResponseTarget: 240, lifecycle: '提供中'
      }, '引継ぎ対象サービス');
      await approve('services', id);
      await notifier.processChanges(['services']);
      expect(await canWrite(h, 'services', 'vendorB', id, { OpsAudience: 'x' })).toBe(403);
      await h.app.web.getList(`${new URL(h.sb.siteUrl).pathname}/Lists/OpsServices`).items.getById(id).update({ OpsVendorKey: 'sakura-its' });
      await notifier.processChanges(['services']);
      expect(await canWrite(h, 'services', 'vendorB', id, { OpsAudience: '税務課' })).toBe('ok');
      expect(await canWrite(h, 'services', 'vendorA', id, { OpsAudience: 'x' })).toBe(403);
    });

    test('FAQ: a vendor edits its own entries only; an entry without a vendor is the ICT center\'s; staff and the CSP read all of them once approved', async () => {
      const faq = (vendorKey?: string) => ({ answer: '<p>回答</p>', category: '操作方法', status: '公開', owner: h.ids.users.ict, reviewCycleDays: 180, vendorKey });
      const ofA = await h.add('faq', 'vendorA', faq('midori-systems'), '住民票が印刷できない');
      const ofB = await h.add('faq', 'vendorB', faq('sakura-its'), '税額通知書の再発行');
      const ict = await h.add('faq', 'ict', faq(), 'パスワードを忘れた');
      await notifier.processChanges(['faq']);
      for (const id of [ofA, ofB, ict]) await approve('faq', id);

      expect(await canWrite(h, 'faq', 'vendorA', ofA, { OpsTags: '印刷' })).toBe('ok');
      expect(await moderation('faq', ofA)).toBe(2);
      expect(await canWrite(h, 'faq', 'vendorB', ofA, { OpsTags: '乗っ取り' })).toBe(403);
      expect(await canWrite(h, 'faq', 'vendorA', ofB, { OpsTags: '乗っ取り' })).toBe(403);
      for (const who of vendors.slice(1)) expect(await canWrite(h, 'faq', who, ict, { OpsTags: '乗っ取り' })).toBe(403);
      expect(await canWrite(h, 'faq', 'ict', ict, { OpsTags: 'パスワード' })).toBe('ok');
      expect(await canWrite(h, 'faq', 'ict', ofB, { OpsTags: '通知書' })).toBe('ok');
      for (const id of [ofA, ofB, ict]) {
        expect(await readers(h, 'faq', id)).toEqual(['ict', 'staffA', 'staffB', 'vendorA', 'vendorB', 'csp']);
        expect(await canWrite(h, 'faq', 'staffA', id, { OpsTags: 'x' })).toBe(403);
      }
    });

    test('FAQ: an entry a vendor wrote with the vendor column left empty (SharePoint\'s own form) stays its author\'s vendor\'s to edit', async () => {
      const id = await h.add('faq', 'vendorB', { answer: '<p>回答</p>', category: '操作方法', status: '公開', owner: h.ids.users.vendorB, reviewCycleDays: 180 }, '国保の資格確認');
      await notifier.processChanges(['faq']);
      await approve('faq', id);
      expect(await canWrite(h, 'faq', 'vendorB', id, { OpsTags: '国保' })).toBe('ok');
      expect(await canWrite(h, 'faq', 'vendorA', id, { OpsTags: '乗っ取り' })).toBe(403);
      expect(await readers(h, 'faq', id)).toEqual(['ict', 'staffA', 'staffB', 'vendorA', 'vendorB', 'csp']);
    });
  });

  test('vendorScoped documents: a restricted document is the owning vendor\'s and the ICT center\'s only; unrestricted ones inherit the library', async () => {
    const folder = h.app.web.getFolderByServerRelativePath('/sites/opsdesk/OpsDocuments');
    const added = await folder.files.addUsingPath('runbook.txt', '再起動手順', { Overwrite: true });
    const item = await h.app.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>('Id');
    const docs = h.app.web.getList('/sites/opsdesk/OpsDocuments');
    await docs.items.getById(item.Id).update({
      OpsDocNumber: 'DOC-001', OpsDocType: '手順書', OpsOwnerId: h.ids.users.vendorA, OpsDocStatus: '有効', OpsVendorKey: 'midori-systems', OpsRestricted: true
    });
    await notifier.processChanges(['documents']);
    expect(await readers(h, 'documents', item.Id)).toEqual(['ict', 'vendorA']);
    await docs.items.getById(item.Id).update({ OpsRestricted: false });
    await notifier.processChanges(['documents']);
    expect(await readers(h, 'documents', item.Id)).toEqual(['ict', 'staffA', 'staffB', 'vendorA', 'vendorB', 'csp']);
  });
});
