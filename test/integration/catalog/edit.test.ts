import { createNotifier } from '../../../notifier/src';
import { IServiceCard, ServiceCatalogRepository } from '../../../src/data/catalog';
import { ServicesList } from '../../../src/schema';
import { IProvisionedSandbox, provisionedSandbox } from '../../support/provisionedSandbox';

const WEB = '/sites/opsdesk';
const strip = (html: string): string => html.replace(/<script[\s\S]*?<\/script>/g, '');

// The in-page edit of the service catalog web part, through the real PnPjs client against the provisioned sandbox.
describe('owners edit a service in the page (content approval, ETag, SharePoint permissions)', () => {
  let env: IProvisionedSandbox;
  let id = 0;

  beforeAll(async () => {
    env = await provisionedSandbox();
    const ict = new ServiceCatalogRepository(env.spAs('ict'), WEB);
    const vendor = (await env.spAs('vendorA').web.currentUser.select('Id', 'Title')()) as { Id: number; Title: string };
    id = await ict.add({
      code: 'SVC-010', name: '住民記録システムの操作支援', category: '住民記録', summary: '操作方法の問い合わせに回答します。', providerKind: 'asp',
      providerName: 'みどりシステムズ株式会社', vendorKey: 'midori-systems', owner: { id: vendor.Id, title: vendor.Title }, calendarId: 'officeHours',
      firstResponseTargetMinutes: 240, requiredDocuments: [], lifecycle: 'active', effectiveDate: '2026-04-01'
    });
    await ict.approve(id);
    // The item's permissions come from the list's itemSecurity mode (ownVendorEdits), applied as the notifier does
    // on every change: its vendor and the ICT center edit, the other vendor keeps read (the list grants every vendor
    // group Contribute, so the restriction is the item's).
    const notifier = createNotifier({ sp: env.spAs({ app: true }), siteUrl: env.sb.siteUrl, site: env.config, clientState: 'catalog-edit-test' });
    expect(await notifier.applyItemSecurity('services', id)).toBe(true);
  }, 120_000);
  afterAll(() => env && env.sb.close());

  test('the owner edits a published service: saved as pending (the page shows the owner what they saved), staff keep the approved text until the ICT center approves', async () => {
    const owner = new ServiceCatalogRepository(env.spAs('vendorA'), WEB, { sanitizeHtml: strip });
    const staff = new ServiceCatalogRepository(env.spAs('staffA'), WEB);
    expect(await owner.canEdit(id)).toBe(true);
    const before = await owner.get(id);
    const after: IServiceCard = {
      ...before, summary: '操作方法と帳票出力の問い合わせに回答します。', firstResponseTargetMinutes: 120, resolutionTargetMinutes: 960,
      requestFlow: '<p>問い合わせフォームから<script>x()</script></p>', audience: '住民課職員'
    };
    const result = await owner.save(before, after);
    if (!result.ok) throw new Error('stale');
    expect(result.pendingApproval).toBe(true);
    expect([result.card.summary, result.card.firstResponseTargetMinutes, result.card.requestFlow]).toEqual(['操作方法と帳票出力の問い合わせに回答します。', 120, '<p>問い合わせフォームから</p>']);
    expect(result.card.etag).not.toBe(before.etag);
    // What SharePoint stored, as an approver reads it: the pending version (moderation status 2), sanitized.
    const stored = (await env.spAs('ict').web.getList(`${WEB}/${ServicesList.url}`).items.getById(id).select('Id', 'OData__ModerationStatus')()) as { OData__ModerationStatus: number };
    expect(stored.OData__ModerationStatus).toBe(2);
    expect((await new ServiceCatalogRepository(env.spAs('ict'), WEB).get(id)).requestFlow).toBe('<p>問い合わせフォームから</p>');

    expect((await staff.get(id)).summary).toBe('操作方法の問い合わせに回答します。');
    expect((await staff.listInOperation()).filter((c) => c.id === id)[0].firstResponseTargetMinutes).toBe(240);

    await new ServiceCatalogRepository(env.spAs('ict'), WEB).approve(id);
    expect((await staff.get(id)).summary).toBe('操作方法と帳票出力の問い合わせに回答します。');
  });

  test('an edit from a version someone has since saved is refused as stale, with the latest version, and nothing is overwritten', async () => {
    const owner = new ServiceCatalogRepository(env.spAs('vendorA'), WEB);
    const ict = new ServiceCatalogRepository(env.spAs('ict'), WEB);
    const seenByOwner = await owner.get(id);
    const seenByIct = await ict.get(id);
    const first = await ict.save(seenByIct, { ...seenByIct, audience: '全職員' });
    expect(first.ok).toBe(true);
    const second = await owner.save(seenByOwner, { ...seenByOwner, audience: '住民課のみ' });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.reason).toBe('staleEdit');
    // `latest` is what the owner may read: on a content-approved list that can be the approved version while the
    // ICT center's change is pending (draft visibility), so the owner is not shown a draft they may not see.
    expect(second.latest.id).toBe(id);
    expect((await ict.get(id)).audience).toBe('全職員');
  });

  test('a vendor without edit rights on the service cannot edit it: no edit action, and SharePoint refuses the save (forbidden)', async () => {
    const other = new ServiceCatalogRepository(env.spAs('vendorB'), WEB);
    expect(await other.canEdit(id)).toBe(false);
    const card = await other.get(id);
    const refused = await other.save(card, { ...card, summary: '書き換え' }).then(() => 'saved', (e: { kind: string }) => e.kind);
    expect(refused).toBe('forbidden');
    expect((await new ServiceCatalogRepository(env.spAs('ict'), WEB).get(id)).summary).not.toBe('書き換え');
    expect(await new ServiceCatalogRepository(env.spAs('staffA'), WEB).canEdit(id)).toBe(false);
  });

  test('the form offers the register\'s documents and finds people by e-mail or display name', async () => {
    const ict = new ServiceCatalogRepository(env.spAs('ict'), WEB);
    expect(await ict.documentChoices()).toEqual([]);
    const me = (await env.spAs('ict').web.currentUser.select('Id', 'Title', 'Email')()) as { Id: number; Title: string; Email: string };
    expect(await ict.resolveUser(me.Title)).toMatchObject({ id: me.Id, title: me.Title });
    expect(await ict.resolveUser('nobody-here')).toBeUndefined();
  });

  // Sandbox gaps (sandbox/ is another engineer's; documented here instead of fixed):
  test.todo('sandbox gap: /_api/web/siteusers ignores $filter and $top (all users come back); resolveUser matches the display name itself so it works either way');
  test.todo('sandbox gap: a pending edit is shown only to approvers and the item\'s creator, not to the person who saved it; SharePoint Online\'s DraftVersionVisibility rules for the editor are unverified, so the page shows the owner what they saved');
});
