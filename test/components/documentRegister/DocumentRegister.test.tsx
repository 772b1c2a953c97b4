import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { IDocumentPage, IRegisterDocument, RegisterView } from '../../../src/data/documents';
import { DataError } from '../../../src/data/DataError';
import { isReviewDue, satisfyRequirements } from '../../../src/domain/documents';
import { uiStrings } from '../../../src/ui/uiStrings';
import DocumentRegister, { IDocumentRegisterStrings } from '../../../src/webparts/documentRegister/components/DocumentRegister';
import { loadLoc } from '../serviceCatalog/loadLoc';

const ja = loadLoc<IDocumentRegisterStrings>('documentRegister', 'ja-jp');
const owner = { id: 4, title: '田中 翔' };

function doc(over: Partial<IRegisterDocument>): IRegisterDocument {
  return {
    id: 1, number: 'DOC-001', title: '基本設計書', fileName: '基本設計書.docx', fileUrl: '/sites/opsdesk/OpsDocuments/基本設計書.docx', version: '2.0',
    modified: '2026-11-20T01:00:00Z', type: 'design', systemName: '住民記録システム', owner, status: 'valid', nextReview: '2027-04-01',
    updatePending: false, requirements: [], restricted: false, ...over
  };
}

function fakeRegister(docs: IRegisterDocument[]) {
  const store = docs.slice();
  return {
    store,
    loadPage: jest.fn(async (view: RegisterView, today: string): Promise<IDocumentPage> => ({
      documents: store.filter((d) => (view === 'updatePending' ? d.updatePending : view === 'reviewDue' ? isReviewDue(d, today) : true))
    })),
    uploadNewVersion: jest.fn(async (d: IRegisterDocument, _file: Blob, today: string, satisfies: Array<{ kind: 'change' | 'incident' | 'issue'; id: number }>) => {
      const requirements = satisfyRequirements(d.requirements, '3.0', today, satisfies);
      const updated = { ...d, version: '4.0', requirements, updatePending: requirements.some((r) => !r.satisfied) };
      store.splice(store.indexOf(store.filter((x) => x.id === d.id)[0]), 1, updated);
      return updated;
    })
  };
}

const DOCS = [
  doc({ id: 1 }),
  doc({ id: 2, number: 'DOC-002', title: '夜間バッチ運用手順書', type: 'procedure', status: 'revising', nextReview: '2026-11-20', updatePending: true,
    requirements: [{ ref: { kind: 'change', id: 12 } }, { ref: { kind: 'incident', id: 3 } }] }),
  doc({ id: 3, number: 'DOC-003', title: 'アップロードのみの文書', type: undefined, nextReview: '2026-12-15' })
];

// A blocking Fluent dialog is an alertdialog in a layer outside the web part's root.
async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  return heading.closest('[role="alertdialog"],[role="dialog"]') as HTMLElement;
}

function renderRegister(fake = fakeRegister(DOCS), canUpload = true) {
  render(
    <DocumentRegister
      strings={ja}
      ui={uiStrings('ja')}
      locale="ja"
      loadPage={fake.loadPage}
      uploadNewVersion={fake.uploadNewVersion}
      canUpload={async () => canUpload}
      pageSize={50}
      today={() => '2026-11-25'}
    />
  );
  return fake;
}

// Fluent's DetailsList and layers render slowly under jsdom on a shared 2-core machine.
jest.setTimeout(30_000);

describe('DocumentRegister (main screen)', () => {
  // Let Fluent's layered dialog and the last effects settle before jsdom is torn down.
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  test('the register lists documents with type, version, owner, overdue review and what they wait for', async () => {
    renderRegister();
    expect(await screen.findByText('基本設計書')).toBeTruthy();
    const row = screen.getByText('夜間バッチ運用手順書').closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('手順書')).toBeTruthy();
    expect(within(row).getByText('改訂中')).toBeTruthy();
    expect(within(row).getByText('2026/11/20 (期限超過)')).toBeTruthy();
    expect(within(row).getByText('更新待ち: CHG-12、INC-3')).toBeTruthy();
    expect(screen.getByText('（未設定）')).toBeTruthy();
    expect(screen.getByText('基本設計書').closest('a')!.getAttribute('href')).toBe('/sites/opsdesk/OpsDocuments/基本設計書.docx');
  });

  test('the update-pending and review-due views ask the repository for their view', async () => {
    const fake = renderRegister();
    await screen.findByText('基本設計書');
    fireEvent.click(screen.getByRole('tab', { name: '更新待ち' }));
    await waitFor(() => expect(screen.queryByText('基本設計書')).toBeNull());
    expect(screen.getByText('夜間バッチ運用手順書')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '見直し期限' }));
    expect(await screen.findByText('アップロードのみの文書')).toBeTruthy();
    expect(fake.loadPage.mock.calls.map((c) => c[0])).toEqual(['register', 'updatePending', 'reviewDue']);
  });

  test('uploading a new version: choose the file, keep the requirements it covers, see the new version', async () => {
    const fake = renderRegister();
    await screen.findByText('基本設計書');
    fireEvent.click(screen.getByRole('button', { name: '新しい版をアップロード: DOC-002' }));
    const dialog = await dialogTitled('新しい版をアップロード: DOC-002 夜間バッチ運用手順書');
    fireEvent.click(within(dialog).getByLabelText('INC-3'));
    const file = new File(['版3'], '運用手順書.xlsx');
    fireEvent.change(within(dialog).getByLabelText('ファイルを選択'), { target: { files: [file] } });
    fireEvent.click(within(dialog).getByText('アップロード'));
    expect(await screen.findByText('「DOC-002 夜間バッチ運用手順書」の版 4.0 をアップロードしました。')).toBeTruthy();
    expect(fake.uploadNewVersion).toHaveBeenCalledWith(expect.objectContaining({ id: 2 }), file, '2026-11-25', [{ kind: 'change', id: 12 }]);
    // The register reloads: CHG-12 is done, INC-3 still pending.
    expect(await screen.findByText('更新待ち: INC-3')).toBeTruthy();
  });

  test('a refused upload (no permission on that document) is explained and nothing changes', async () => {
    const fake = fakeRegister(DOCS);
    fake.uploadNewVersion.mockRejectedValueOnce(new DataError({ kind: 'forbidden', status: 403 }));
    renderRegister(fake);
    await screen.findByText('基本設計書');
    fireEvent.click(screen.getByRole('button', { name: '新しい版をアップロード: DOC-001' }));
    const dialog = await dialogTitled('新しい版をアップロード: DOC-001 基本設計書');
    fireEvent.change(within(dialog).getByLabelText('ファイルを選択'), { target: { files: [new File(['x'], 'a.docx')] } });
    fireEvent.click(within(dialog).getByText('アップロード'));
    expect(await within(dialog).findByText('この操作を行う権限がありません。必要な場合はICTセンターにお問い合わせください。')).toBeTruthy();
  });

  test('readers without edit rights get no upload action', async () => {
    renderRegister(fakeRegister(DOCS), false);
    await screen.findByText('基本設計書');
    expect(screen.queryByRole('button', { name: /新しい版をアップロード/ })).toBeNull();
  });
});
