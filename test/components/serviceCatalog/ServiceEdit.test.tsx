import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { IServiceCard, ServiceSaveResult } from '../../../src/data/catalog';
import { DataError } from '../../../src/data/DataError';
import { ILookupValue } from '../../../src/data/fieldValues';
import { IUserRef } from '../../../src/domain';
import { uiStrings } from '../../../src/ui/uiStrings';
import ServiceCatalog, { IServiceCatalogWebPartStringsShape, IServiceEditing } from '../../../src/webparts/serviceCatalog/components/ServiceCatalog';
import { loadLoc } from './loadLoc';

const ja = loadLoc<IServiceCatalogWebPartStringsShape>('serviceCatalog', 'ja-jp');
const en = loadLoc<IServiceCatalogWebPartStringsShape>('serviceCatalog', 'en-us');
const OWNER: IUserRef = { id: 21, title: '田中 翔', email: 'tanaka.sho@midori-systems.example' };

function card(over: Partial<IServiceCard> = {}): IServiceCard {
  return {
    id: 1, etag: '"1"', code: 'SVC-001', name: '住民記録システムの操作支援', category: '住民記録', summary: '操作方法の問い合わせに回答します。',
    providerKind: 'asp', providerName: 'みどりシステムズ株式会社', owner: OWNER, calendarId: 'officeHours', firstResponseTargetMinutes: 240,
    resolutionTargetMinutes: 2400, requiredDocuments: [], lifecycle: 'active', effectiveDate: '2026-04-01', ...over
  };
}

/** The catalog repository as the page uses it: item permissions by id, ETag-guarded saves, content approval. */
class FakeEditing implements IServiceEditing {
  public readonly saves: Array<{ before: IServiceCard; after: IServiceCard }> = [];
  public stored: IServiceCard = card();
  public editable = new Set<number>([1]);
  public failWith?: DataError;
  public async canEdit(id: number): Promise<boolean> {
    return this.editable.has(id);
  }
  public async get(): Promise<IServiceCard> {
    return this.stored;
  }
  public async save(before: IServiceCard, after: IServiceCard): Promise<ServiceSaveResult> {
    if (this.failWith) throw this.failWith;
    if (before.etag !== this.stored.etag) return { ok: false, reason: 'staleEdit', latest: this.stored };
    this.saves.push({ before, after });
    this.stored = { ...after, etag: `"${Number(String(before.etag).replace(/"/g, '')) + 1}"` };
    return { ok: true, card: this.stored, pendingApproval: true };
  }
  public async documentChoices(): Promise<ILookupValue[]> {
    return [{ id: 9, title: '利用申請書' }, { id: 10, title: '操作マニュアル' }];
  }
  public async resolveUser(text: string): Promise<IUserRef | undefined> {
    return text === '中村 大輔' ? { id: 22, title: '中村 大輔' } : undefined;
  }
}

function renderCatalog(editing: FakeEditing, cards: IServiceCard[] = [card()], strings = ja, locale: 'ja' | 'en' = 'ja') {
  return render(
    <ServiceCatalog strings={strings} ui={uiStrings(locale)} locale={locale} loadServices={async () => cards} inquiryPageUrl="/sites/opsdesk/SitePages/Inquiry.aspx" editing={editing} />
  );
}

async function openEdit(name = '住民記録システムの操作支援'): Promise<HTMLElement> {
  const article = await screen.findByRole('article', { name });
  fireEvent.click(within(article).getByRole('button', { name: '詳細を表示' }));
  fireEvent.click(await within(article).findByRole('button', { name: '編集（責任者）' }));
  const panel = await screen.findByRole('dialog', { name: `サービスの編集: ${name}` });
  await within(panel).findByDisplayValue('操作方法の問い合わせに回答します。');
  return panel;
}

const field = (panel: HTMLElement, name: RegExp): HTMLInputElement => within(panel).getByRole('textbox', { name }) as HTMLInputElement;
const spin = (panel: HTMLElement, name: RegExp): HTMLInputElement => within(panel).getByRole('spinbutton', { name }) as HTMLInputElement;

// Fluent's Panel, Dropdown and layers render slowly under jsdom on a shared 2-core machine.
jest.setTimeout(60_000);

describe('ServiceCatalog: owners edit a service in the page', () => {
  test('the edit action shows only where SharePoint lets the user edit the service', async () => {
    const editing = new FakeEditing();
    renderCatalog(editing, [card(), card({ id: 2, code: 'SVC-002', name: '税務システムの帳票出力', category: '税務' })]);
    const other = await screen.findByRole('article', { name: '税務システムの帳票出力' });
    fireEvent.click(within(other).getByRole('button', { name: '詳細を表示' }));
    const mine = screen.getByRole('article', { name: '住民記録システムの操作支援' });
    fireEvent.click(within(mine).getByRole('button', { name: '詳細を表示' }));
    expect(await within(mine).findByRole('button', { name: '編集（責任者）' })).toBeTruthy();
    expect(within(other).queryByRole('button', { name: '編集（責任者）' })).toBeNull();
  });

  test('the owner edits the summary, a target, the owner and the documents; the change is saved and shown as awaiting approval', async () => {
    const editing = new FakeEditing();
    renderCatalog(editing);
    const panel = await openEdit();
    fireEvent.change(field(panel, /^概要/), { target: { value: '操作方法と帳票出力の問い合わせに回答します。' } });
    fireEvent.change(spin(panel, /^一次回答目標/), { target: { value: '120' } });
    fireEvent.change(field(panel, /^サービス責任者/), { target: { value: '中村 大輔' } });
    fireEvent.click(within(panel).getByRole('combobox', { name: /^必要書類/ }));
    fireEvent.click(await screen.findByRole('option', { name: '利用申請書' }));
    // A multi-select list stays open (and hides the panel from assistive technology) until it is closed.
    fireEvent.click(within(panel).getByRole('combobox', { name: /^必要書類/, hidden: true }));
    fireEvent.click(await within(panel).findByRole('button', { name: '保存' }));

    expect(await screen.findByText(ja.SavedPendingApproval)).toBeTruthy();
    expect(editing.saves).toHaveLength(1);
    expect(editing.saves[0].after).toMatchObject({
      summary: '操作方法と帳票出力の問い合わせに回答します。', firstResponseTargetMinutes: 120, owner: { id: 22, title: '中村 大輔' },
      requiredDocuments: [{ id: 9, title: '利用申請書' }], lifecycle: 'active', resolutionTargetMinutes: 2400
    });
    const article = screen.getByRole('article', { name: '住民記録システムの操作支援' });
    expect(within(article).getByText('承認待ちの変更があります')).toBeTruthy();
    expect(within(article).getByText('操作方法と帳票出力の問い合わせに回答します。')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: /サービスの編集/ })).toBeNull();
  });

  test('the domain refuses bad input with every problem at once, in Japanese, and nothing is saved', async () => {
    const editing = new FakeEditing();
    renderCatalog(editing);
    const panel = await openEdit();
    fireEvent.change(field(panel, /^サービス名/), { target: { value: ' ' } });
    fireEvent.change(spin(panel, /^解決目標/), { target: { value: '60' } });
    fireEvent.change(field(panel, /^サービス責任者/), { target: { value: '存在しない人' } });
    fireEvent.click(within(panel).getByRole('combobox', { name: /^ライフサイクル/ }));
    fireEvent.click(await screen.findByRole('option', { name: '廃止予定' }));
    fireEvent.click(within(panel).getByRole('button', { name: '保存' }));

    expect(await within(panel).findByText('サービス名を入力してください。')).toBeTruthy();
    expect(within(panel).getByText('解決目標は一次回答目標以上にしてください。')).toBeTruthy();
    expect(within(panel).getByText('「存在しない人」に該当するユーザーが見つかりません。')).toBeTruthy();
    expect(within(panel).getByText('廃止予定・廃止のサービスには廃止日を入力してください。')).toBeTruthy();
    expect(within(panel).getByText(ja.FixErrors)).toBeTruthy();
    expect(editing.saves).toEqual([]);
  });

  test('someone saved first: nothing is overwritten, the changes are shown, and the form starts again from the latest version', async () => {
    const editing = new FakeEditing();
    renderCatalog(editing);
    const panel = await openEdit();
    editing.stored = card({ etag: '"2"', summary: 'ICTセンターが更新した概要', audience: '全職員' });
    fireEvent.change(field(panel, /^概要/), { target: { value: '私の変更' } });
    fireEvent.click(within(panel).getByRole('button', { name: '保存' }));

    const dialog = await screen.findByRole('alertdialog', { name: '他の人が先に更新しました' });
    expect(within(dialog).getByText(ja.StaleBody)).toBeTruthy();
    expect(within(dialog).getByText('ICTセンターが更新した概要')).toBeTruthy();
    expect(editing.saves).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: '最新の内容を表示' }));
    await waitFor(() => expect(field(screen.getByRole('dialog', { name: /サービスの編集/ }), /^概要/).value).toBe('ICTセンターが更新した概要'));
    expect(field(screen.getByRole('dialog', { name: /サービスの編集/ }), /^対象者/).value).toBe('全職員');
  });

  test('SharePoint refuses the save (no edit right): the shared error bar says so, without a retry', async () => {
    const editing = new FakeEditing();
    editing.failWith = new DataError({ kind: 'forbidden', status: 403 });
    renderCatalog(editing);
    const panel = await openEdit();
    fireEvent.click(within(panel).getByRole('button', { name: '保存' }));
    expect(await within(panel).findByText('この操作を行う権限がありません。必要な場合はICTセンターにお問い合わせください。')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: '再試行' })).toBeNull();
  });

  test('English page: the panel, labels and messages are in English', async () => {
    const editing = new FakeEditing();
    renderCatalog(editing, [card()], en, 'en');
    const article = await screen.findByRole('article', { name: '住民記録システムの操作支援' });
    fireEvent.click(within(article).getByRole('button', { name: en.ShowDetails }));
    fireEvent.click(await within(article).findByRole('button', { name: en.EditService }));
    const panel = await screen.findByRole('dialog', { name: 'Edit service: 住民記録システムの操作支援' });
    await within(panel).findByDisplayValue('操作方法の問い合わせに回答します。');
    fireEvent.change(within(panel).getByRole('textbox', { name: /^Summary/ }), { target: { value: '' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText('Enter the summary.')).toBeTruthy();
  });
});
