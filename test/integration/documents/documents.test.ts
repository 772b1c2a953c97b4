import { completionGate } from '../../../src/domain/documents';
import { documentReminders, DocumentRegisterRepository, IRegisterDocument } from '../../../src/data/documents';
import { DocumentsList } from '../../../src/schema';
import { IProvisionedSandbox, provisionedSandbox } from '../../support/provisionedSandbox';
import { itemSecurity } from '../knowledge/itemSecurity';

const WEB = '/sites/opsdesk';

describe('document register through the real PnPjs files API (sandbox, provisioned site, library versioning on)', () => {
  let env: IProvisionedSandbox;
  let design: IRegisterDocument;
  let procedure: IRegisterDocument;
  let restrictedB: IRegisterDocument;

  beforeAll(async () => {
    env = await provisionedSandbox();
    const ict = new DocumentRegisterRepository(env.spAs('ict'), WEB);
    const me = await env.spAs('ict').web.currentUser();
    const owner = { id: me.Id, title: me.Title };
    design = await ict.addDocument('基本設計書.docx', '版1', {
      number: 'DOC-001', title: '住民記録システム 基本設計書', type: 'design', status: 'valid', restricted: false, owner, nextReview: '2027-04-01',
      requirements: []
    });
    procedure = await ict.addDocument('運用手順書.xlsx', '版1', {
      number: 'DOC-002', title: '夜間バッチ運用手順書', type: 'procedure', status: 'revising', restricted: false, owner, nextReview: '2026-12-10',
      requirements: [{ ref: { kind: 'change', id: 12 } }, { ref: { kind: 'incident', id: 3 } }]
    });
    restrictedB = await ict.addDocument('さくら保守手順.docx', '版1', {
      number: 'DOC-003', title: 'さくら 保守手順', type: 'procedure', status: 'valid', restricted: true, vendorKey: 'sakura-its', owner,
      requirements: [{ ref: { kind: 'change', id: 12 } }]
    });
    // The notifier's vendorScoped mode: a restricted document is readable by its vendor and the ICT center only.
    const secure = itemSecurity(env, env.spAs({ app: true }));
    for (const d of [design, procedure, restrictedB]) await secure('documents', d.id);
  }, 120_000);
  afterAll(() => env && env.sb.close());

  // Library versioning is on and a metadata save through items.update is an edit like any other, so the upload
  // makes 1.0 and saving the register columns 2.0 (SharePoint Online does the same; validateUpdateListItem with
  // bNewDocumentUpdate would avoid it but the sandbox does not offer it yet).
  test('owner reminders for the notifier: pending updates weekly and review dates (controlled clock)', async () => {
    const app = env.spAs({ app: true });
    const week = (r: { key: string }): number => Number(r.key.split('|')[3]);
    const now = await documentReminders(app, WEB, new Date('2026-11-25T09:00:00+09:00'));
    expect(now.map((r) => r.key.split('|').slice(0, 3).join('|')).sort()).toEqual(
      [`documentReview|${procedure.id}|2026-12-10`, `documentUpdatePending|${procedure.id}|CHG-12,INC-3`, `documentUpdatePending|${restrictedB.id}|CHG-12`].sort()
    );
    const pendingNow = now.filter((r) => r.key.indexOf('documentUpdatePending') === 0);
    // Same key all week (Wednesday → Sunday), a new one from Monday.
    const sunday = (await documentReminders(app, WEB, new Date('2026-11-29T09:00:00+09:00'))).filter((r) => r.key.indexOf('documentUpdatePending') === 0);
    const monday = (await documentReminders(app, WEB, new Date('2026-11-30T09:00:00+09:00'))).filter((r) => r.key.indexOf('documentUpdatePending') === 0);
    expect(sunday.map(week)).toEqual(pendingNow.map(week));
    expect(monday.map(week)).toEqual(pendingNow.map((r) => week(r) + 1));
  });

  test('adding a document uploads the file and stores its metadata; update pending follows the requirements', async () => {
    expect([design.number, design.type, design.status, design.fileName, design.version, design.updatePending]).toEqual(['DOC-001', 'design', 'valid', '基本設計書.docx', '2.0', false]);
    expect((await new DocumentRegisterRepository(env.spAs('ict'), WEB).versions(design)).map((v) => v.label)).toEqual(['1.0']);
    expect(design.fileUrl).toBe(`${WEB}/${DocumentsList.url}/基本設計書.docx`);
    expect(procedure.updatePending).toBe(true);
  });

  test('register, update-pending and review-due views (indexed filters inside ID windows)', async () => {
    const staff = new DocumentRegisterRepository(env.spAs('staffA'), WEB);
    const numbers = async (view: 'register' | 'updatePending' | 'reviewDue'): Promise<string[]> =>
      (await staff.page(view, '2026-11-25', 50)).documents.map((d) => d.number).sort();
    expect(await numbers('register')).toEqual(['DOC-001', 'DOC-002']);
    expect(await numbers('updatePending')).toEqual(['DOC-002']);
    expect(await numbers('reviewDue')).toEqual(['DOC-002']);
  });

  test('vendor A cannot read a document restricted to vendor B; vendor B and the ICT center can', async () => {
    const numbers = async (who: 'vendorA' | 'vendorB' | 'ict'): Promise<string[]> =>
      (await new DocumentRegisterRepository(env.spAs(who), WEB).page('register', '2026-11-25', 50)).documents.map((d) => d.number).sort();
    expect(await numbers('vendorA')).toEqual(['DOC-001', 'DOC-002']);
    expect(await numbers('vendorB')).toEqual(['DOC-001', 'DOC-002', 'DOC-003']);
    expect(await numbers('ict')).toEqual(['DOC-001', 'DOC-002', 'DOC-003']);
    const direct = await new DocumentRegisterRepository(env.spAs('vendorA'), WEB).get(restrictedB.id).then(() => 'read', (e: { kind: string }) => e.kind);
    expect(direct).toBe('notFound');
  });

  test('a change completes only when its documents are updated: uploading a new version satisfies it and keeps the old version', async () => {
    const vendorA = new DocumentRegisterRepository(env.spAs('vendorA'), WEB);
    const ict = new DocumentRegisterRepository(env.spAs('ict'), WEB);
    let gate = completionGate({ kind: 'change', id: 12 }, await ict.pendingFor({ kind: 'change', id: 12 }));
    expect(gate.ok === false && gate.pending.map((d) => d.number).sort()).toEqual(['DOC-002', 'DOC-003']);

    const current = await vendorA.get(procedure.id);
    const updated = await vendorA.uploadNewVersion(current, '版2: 変更CHG-12を反映', '2026-11-25', [{ kind: 'change', id: 12 }]);
    // The upload made 3.0 (the content the change needed); recording that made 4.0.
    expect(updated.version).toBe('4.0');
    expect(updated.requirements).toEqual([
      { ref: { kind: 'change', id: 12 }, satisfied: { version: '3.0', on: '2026-11-25' } },
      { ref: { kind: 'incident', id: 3 } }
    ]);
    expect(updated.updatePending).toBe(true);
    const versions = await vendorA.versions(updated);
    // Earlier content stays retrievable, and the version the metadata edit made (2.0) is listed too, as SharePoint does.
    expect(versions.map((v) => v.label)).toEqual(expect.arrayContaining(['3.0', '2.0', '1.0']));

    // CHG-12 still waits for vendor B's restricted document, which only vendor B may update.
    gate = completionGate({ kind: 'change', id: 12 }, await ict.pendingFor({ kind: 'change', id: 12 }));
    expect(gate.ok === false && gate.pending.map((d) => d.number)).toEqual(['DOC-003']);
    const vendorB = new DocumentRegisterRepository(env.spAs('vendorB'), WEB);
    await vendorB.uploadNewVersion(await vendorB.get(restrictedB.id), '版2', '2026-11-26');
    gate = completionGate({ kind: 'change', id: 12 }, await ict.pendingFor({ kind: 'change', id: 12 }));
    expect(gate.ok).toBe(true);

    // The incident fix is satisfied by the next upload; the document leaves 改訂中 and the pending view.
    const last = await vendorA.uploadNewVersion(await vendorA.get(procedure.id), '版3', '2026-11-27');
    expect([last.version, last.updatePending, last.status]).toEqual(['6.0', false, 'valid']);
    expect(last.requirements[1]).toEqual({ ref: { kind: 'incident', id: 3 }, satisfied: { version: '5.0', on: '2026-11-27' } });
    expect((await ict.page('updatePending', '2026-11-27', 50)).documents).toEqual([]);
  });

  test('staff (read only) cannot upload a new version', async () => {
    const staff = new DocumentRegisterRepository(env.spAs('staffA'), WEB);
    const kind = await staff.uploadNewVersion(await staff.get(design.id), 'x', '2026-11-25').then(() => 'saved', (e: { kind: string }) => e.kind);
    expect(kind).toBe('forbidden');
    expect((await staff.get(design.id)).version).toBe(design.version);
  });

  test('a new change requiring a document sets update pending again', async () => {
    const ict = new DocumentRegisterRepository(env.spAs('ict'), WEB);
    const doc = await ict.requireUpdate(await ict.get(design.id), { kind: 'change', id: 20 });
    expect(doc.updatePending).toBe(true);
    expect((await ict.pendingFor({ kind: 'change', id: 20 })).map((d) => d.number)).toEqual(['DOC-001']);
  });
});
