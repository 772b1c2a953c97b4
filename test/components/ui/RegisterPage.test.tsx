import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import { DataError } from '../../../src/data/DataError';
import { IItemPage } from '../../../src/data/SchemaListRepository';
import { ISchemaItem } from '../../../src/data/fieldValues';
import { IssuesList } from '../../../src/schema';
import { RegisterPage } from '../../../src/ui/RegisterPage';
import { uiStrings } from '../../../src/ui/uiStrings';

function issue(id: number, title: string, status: string, due: string): ISchemaItem {
  return {
    id,
    title,
    values: { area: '回線', status, owner: { id: 7, title: '田中 翔' }, dueDate: due, priority: '高', pendingChange: false }
  };
}

const COLUMNS = ['area', 'status', 'owner', 'dueDate'];

function renderPage(loadFirstPage: () => Promise<IItemPage>, locale: 'ja' | 'en' = 'ja') {
  return render(
    <RegisterPage
      heading="課題管理一覧"
      list={IssuesList}
      columns={COLUMNS}
      locale={locale}
      strings={uiStrings(locale)}
      emptyText="未完了の課題はありません。"
      loadFirstPage={loadFirstPage}
    />
  );
}

describe('RegisterPage', () => {
  test('shows a Japanese loading state, then rows with schema column titles', async () => {
    let resolve: (p: IItemPage) => void = () => undefined;
    renderPage(() => new Promise<IItemPage>((r) => (resolve = r)));
    expect(screen.getByText('読み込んでいます…')).toBeTruthy();
    resolve({ items: [issue(1, '回線の瞬断', '対応中', '2026-12-01')] });
    expect(await screen.findByText('回線の瞬断')).toBeTruthy();
    expect(screen.getByText('担当者')).toBeTruthy();
    expect(screen.getByText('2026/12/01')).toBeTruthy();
    expect(screen.getByText('田中 翔')).toBeTruthy();
  });

  test('shows choice labels in English when the page is English', async () => {
    renderPage(async () => ({ items: [issue(1, 'Line drops', '対応中', '2026-12-01')] }), 'en');
    expect(await screen.findByText('In progress')).toBeTruthy();
    expect(screen.getByText('Owner')).toBeTruthy();
  });

  test('shows the empty text when there is nothing to show', async () => {
    renderPage(async () => ({ items: [] }));
    expect(await screen.findByText('未完了の課題はありません。')).toBeTruthy();
  });

  test('a threshold error is explained, and retry loads again', async () => {
    const load = jest
      .fn<Promise<IItemPage>, []>()
      .mockRejectedValueOnce(new DataError({ kind: 'unavailable', status: 503 }))
      .mockResolvedValueOnce({ items: [issue(2, '端末の故障', '未着手', '2026-12-05')] });
    renderPage(load);
    expect(await screen.findByText('SharePoint に接続できません。ネットワークを確認して再試行してください。')).toBeTruthy();
    fireEvent.click(screen.getByText('再試行'));
    expect(await screen.findByText('端末の故障')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('a list view threshold error says so in Japanese and offers no pointless retry', async () => {
    renderPage(async () => {
      throw new DataError({ kind: 'invalid', status: 500, reason: 'listViewThreshold' });
    });
    expect(await screen.findByText(/リストビューのしきい値 5,000 件/)).toBeTruthy();
    expect(screen.queryByText('再試行')).toBeNull();
  });

  test('"show more" appends the next page', async () => {
    const next = jest.fn(async (): Promise<IItemPage> => ({ items: [issue(3, '二頁目の課題', '保留', '2026-12-10')] }));
    renderPage(async () => ({ items: [issue(1, '一頁目の課題', '対応中', '2026-12-01')], next }));
    fireEvent.click(await screen.findByText('さらに表示'));
    await waitFor(() => expect(screen.getByText('二頁目の課題')).toBeTruthy());
    expect(screen.getByText('一頁目の課題')).toBeTruthy();
    expect(screen.queryByText('さらに表示')).toBeNull();
  });
});
