import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { uiStrings } from '../../../src/ui/uiStrings';
import InquiryQueue from '../../../src/webparts/inquiryQueue/components/InquiryQueue';
import { fakeServices, FakeInquiryRepository, ictUser, inquiry, locStrings, VENDOR_USER2, vendorUser } from './fakes';

jest.setTimeout(120000);
configure({ asyncUtilTimeout: 15000 });

function renderQueue(repo: FakeInquiryRepository, locale: 'ja' | 'en' = 'ja') {
  render(
    <InquiryQueue strings={locStrings(locale)} ui={uiStrings(locale)} locale={locale} pageSize={50} services={fakeServices(vendorUser, repo)} />
  );
}

async function typeInEditor(name: string, html: string): Promise<void> {
  const editor = await screen.findByRole('textbox', { name });
  act(() => {
    editor.innerHTML = html;
    fireEvent.input(editor);
  });
}

describe('stale edit (someone else changed the inquiry first)', () => {
  test('the action is not saved, the user is told in Japanese, and sees the other person\'s values', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = new FakeInquiryRepository([inquiry({ id: 7, subject: '印刷できない', status: 'assigned' })]);
    renderQueue(repo);
    await user.click(await screen.findByRole('button', { name: '印刷できない' }));
    const panel = await screen.findByRole('dialog', { name: /#7 印刷できない/ });

    // Meanwhile the ICT center hands the inquiry to a colleague and records a first response.
    repo.changeBehindTheUsersBack(7, { assignee: VENDOR_USER2, status: 'responded', firstResponse: '<p>確認中です。</p>' });

    await user.click(within(panel).getByRole('button', { name: '一次回答を記録' }));
    await typeInEditor('一次回答の内容', '<p>再起動をお試しください。</p>');
    await user.click(screen.getByRole('button', { name: '実行' }));

    const dialog = await screen.findByRole('alertdialog', { name: '他の人が先に更新しました' });
    expect(within(dialog).getByText(/あなたの操作は保存していません\(上書きはしていません\)/)).toBeTruthy();
    const assigneeRow = within(dialog).getByRole('row', { name: /担当者/ });
    expect(within(assigneeRow).getByText('田中 翔')).toBeTruthy();
    expect(within(assigneeRow).getByText('中村 大輔')).toBeTruthy();
    const statusRow = within(dialog).getByRole('row', { name: /状態/ });
    expect(within(statusRow).getByText('割当済')).toBeTruthy();
    expect(within(statusRow).getByText('一次回答済')).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /一次回答 .*確認中です。/ })).toBeTruthy();

    // Nothing of ours was written over theirs.
    expect(repo.saves).toHaveLength(0);
    expect(repo.items.get(7)!.firstResponse).toBe('<p>確認中です。</p>');
    expect(repo.items.get(7)!.assignee).toEqual(VENDOR_USER2);

    await user.click(within(dialog).getByRole('button', { name: '最新の内容を表示' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: '他の人が先に更新しました' })).toBeNull());
    const refreshed = screen.getByRole('dialog', { name: /#7 印刷できない/ });
    expect(within(refreshed).getByText('中村 大輔')).toBeTruthy();
    expect(within(refreshed).getByText('確認中です。')).toBeTruthy();
    // The newer status offers the next actions, no longer the first response.
    expect(within(refreshed).queryByRole('button', { name: '一次回答を記録' })).toBeNull();
  });

  test('without a conflict the same action saves and says so', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = new FakeInquiryRepository([inquiry({ id: 8, subject: 'ログインできない', status: 'assigned' })]);
    renderQueue(repo);
    await user.click(await screen.findByRole('button', { name: 'ログインできない' }));
    const panel = await screen.findByRole('dialog', { name: /#8 ログインできない/ });
    await user.click(within(panel).getByRole('button', { name: '一次回答を記録' }));
    await typeInEditor('一次回答の内容', '<p>パスワードを再設定しました。</p>');
    await user.click(screen.getByRole('button', { name: '実行' }));
    expect(await within(panel).findByText('「一次回答を記録」を保存しました。')).toBeTruthy();
    expect(repo.items.get(8)!.status).toBe('responded');
    expect(repo.saves[0].texts.firstResponse).toBe('<p>パスワードを再設定しました。</p>');
  });

  test('in English the stale-edit dialog reads in English', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = new FakeInquiryRepository([inquiry({ id: 9, subject: 'Cannot print', status: 'resolved', resolvedAt: '2026-11-24T05:00:00.000Z' })]);
    render(<InquiryQueue strings={locStrings('en')} ui={uiStrings('en')} locale="en" pageSize={50} services={fakeServices(ictUser, repo)} />);
    await user.click(await screen.findByRole('button', { name: 'Cannot print' }));
    const panel = await screen.findByRole('dialog', { name: /#9 Cannot print/ });
    repo.changeBehindTheUsersBack(9, { status: 'closed', closedAt: '2026-11-25T00:00:00.000Z' });
    await user.click(within(panel).getByRole('button', { name: 'Reopen' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Someone else updated this first' });
    expect(within(dialog).getByRole('row', { name: /Status Resolved Closed/ })).toBeTruthy();
    expect(repo.saves).toHaveLength(0);
  });
});
