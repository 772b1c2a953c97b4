import { ServiceCatalogRepository, IServiceCard } from '../../../src/data/catalog';
import { DocumentRegisterRepository } from '../../../src/data/documents';
import { IProvisionedSandbox, provisionedSandbox } from '../../support/provisionedSandbox';

const WEB = '/sites/opsdesk';

describe('service catalog through the real PnPjs client (sandbox, provisioned site)', () => {
  let env: IProvisionedSandbox;
  const ids: Record<string, number> = {};

  function service(over: Partial<IServiceCard>): Omit<IServiceCard, 'id' | 'etag'> {
    return {
      code: 'SVC', name: 'サービス', category: '住民記録', summary: '概要', providerKind: 'asp', providerName: 'みどりシステムズ株式会社',
      vendorKey: 'midori-systems', audience: '住民課職員', requestFlow: '<p>問い合わせフォームから依頼</p>', calendarId: 'officeHours',
      firstResponseTargetMinutes: 240, resolutionTargetMinutes: 2400, requiredDocuments: [], lifecycle: 'active', effectiveDate: '2026-04-01',
      ...over
    };
  }

  beforeAll(async () => {
    env = await provisionedSandbox();
    const ict = env.spAs('ict');
    const me = await ict.web.currentUser();
    const owner = { id: me.Id, title: me.Title };
    const doc = await new DocumentRegisterRepository(ict, WEB).addDocument('申請書様式.docx', 'x', { number: 'DOC-100', title: '証明書発行 申請書様式', type: 'manual', status: 'valid', restricted: false, requirements: [] });
    const catalog = new ServiceCatalogRepository(ict, WEB);
    ids.juki = await catalog.add(service({ code: 'SVC-001', name: '住民記録システムの操作支援', owner, requiredDocuments: [{ id: doc.id, title: doc.title }] }));
    ids.tax = await catalog.add(service({ code: 'SVC-002', name: '税務システムの帳票出力', category: '税務', owner, vendorKey: 'sakura-its', providerName: 'さくらITサービス株式会社' }));
    ids.old = await catalog.add(service({ code: 'SVC-003', name: '旧グループウェア', category: '共通基盤', providerKind: 'ictCenter', providerName: 'ICTセンター', owner, lifecycle: 'retiring', retirementDate: '2027-03-31' }));
    ids.planned = await catalog.add(service({ code: 'SVC-004', name: '電子申請の受付', category: '共通基盤', owner, lifecycle: 'planned' }));
    ids.retired = await catalog.add(service({ code: 'SVC-005', name: '旧FAXサーバ', category: '共通基盤', owner, lifecycle: 'retired', retirementDate: '2025-03-31' }));
    // Content approval: staff see a service once the ICT center approved it.
    for (const key of Object.keys(ids)) await catalog.approve(ids[key]);
  }, 120_000);
  afterAll(() => env && env.sb.close());

  test('staff see services in operation and retiring ones, with targets, hours and required documents; not planned or retired', async () => {
    const staff = new ServiceCatalogRepository(env.spAs('staffA'), WEB);
    const cards = await staff.listInOperation();
    expect(cards.map((c) => c.code).sort()).toEqual(['SVC-001', 'SVC-002', 'SVC-003']);
    const juki = cards.filter((c) => c.id === ids.juki)[0];
    expect([juki.calendarId, juki.firstResponseTargetMinutes, juki.resolutionTargetMinutes, juki.lifecycle]).toEqual(['officeHours', 240, 2400, 'active']);
    expect(juki.requiredDocuments.map((d) => d.title)).toEqual(['証明書発行 申請書様式']);
    expect(cards.filter((c) => c.id === ids.old)[0].retirementDate).toBe('2027-03-31');
  });

  test('owners see every lifecycle stage', async () => {
    const ict = new ServiceCatalogRepository(env.spAs('ict'), WEB);
    const cards = await ict.listByLifecycle(['planned', 'active', 'retiring', 'retired']);
    expect(cards).toHaveLength(5);
  });

  test('staff cannot edit the catalog (read grant); an edit with a stale ETag is refused as a conflict', async () => {
    const staff = new ServiceCatalogRepository(env.spAs('staffA'), WEB);
    const card = await staff.get(ids.tax);
    const denied = await staff.update({ ...card, summary: '書き換え' }).then(() => 'saved', (e: { kind: string }) => e.kind);
    expect(denied).toBe('forbidden');

    const ict = new ServiceCatalogRepository(env.spAs('ict'), WEB);
    const first = await ict.get(ids.tax);
    await ict.update({ ...first, summary: '帳票出力の支援（更新）' });
    const stale = await ict.update({ ...first, summary: '古い版からの上書き' }).then(() => 'saved', (e: { kind: string; reason?: string }) => `${e.kind}/${e.reason}`);
    expect(stale).toBe('conflict/staleEdit');
    expect((await ict.get(ids.tax)).summary).toBe('帳票出力の支援（更新）');
  });

  test('content approval: an owner\'s edit waits for the ICT center while staff keep reading the approved version', async () => {
    const vendor = new ServiceCatalogRepository(env.spAs('vendorA'), WEB);
    const staff = new ServiceCatalogRepository(env.spAs('staffB'), WEB);
    const card = await vendor.get(ids.juki);
    await vendor.update({ ...card, firstResponseTargetMinutes: 120, summary: '操作支援（受付時間を拡大）' });
    expect((await staff.get(ids.juki)).firstResponseTargetMinutes).toBe(240);
    expect((await staff.listInOperation()).filter((c) => c.id === ids.juki)[0].summary).toBe('概要');
    expect(await vendor.approve(ids.juki).then(() => 'approved', (e: { kind: string }) => e.kind)).toBe('forbidden');
    await new ServiceCatalogRepository(env.spAs('ict'), WEB).approve(ids.juki);
    expect((await staff.get(ids.juki)).firstResponseTargetMinutes).toBe(120);
  });
});
