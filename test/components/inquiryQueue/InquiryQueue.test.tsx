import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { uiStrings } from '../../../src/ui/uiStrings';
import InquiryQueue from '../../../src/webparts/inquiryQueue/components/InquiryQueue';
import { ICurrentUser } from '../../../src/data/currentUser';
import { fakeServices, FakeInquiryRepository, ictUser, inquiry, locStrings, staffUser, VENDOR_USER, vendorUser } from './fakes';

jest.setTimeout(120000);
configure({ asyncUtilTimeout: 15000 });

function renderQueue(user: ICurrentUser, repo: FakeInquiryRepository) {
  return render(<InquiryQueue strings={locStrings('ja')} ui={uiStrings('ja')} locale="ja" pageSize={50} services={fakeServices(user, repo)} />);
}

describe('InquiryQueue (問い合わせ管理)', () => {
  test('each row shows its status and an SLA badge; overdue is red and its explanation names the skipped hours', async () => {
    // Received Tue 11/24 9:30 JST (the day after 勤労感謝の日) with a 2-hour target: due 11:30; at Wed 11/25 10:00
    // it is 7h15m overdue in business time (11:30–17:45 on Tuesday, 9:00–10:00 on Wednesday).
    const repo = new FakeInquiryRepository([
      inquiry({ id: 1, subject: '帳票が出ない', status: 'assigned' }),
      inquiry({ id: 2, subject: '操作を教えてほしい', status: 'received', receivedAt: '2026-11-25T00:30:00.000Z', assignee: undefined })
    ]);
    renderQueue(vendorUser, repo);
    const overdueRow = (await screen.findByRole('button', { name: '帳票が出ない' })).closest('[role="row"]') as HTMLElement;
    expect(within(overdueRow).getByText('割当済')).toBeTruthy();
    const badge = within(overdueRow).getByText('超過 7時間15分');
    expect(badge.getAttribute('data-sla-state')).toBe('breached');
    expect((badge as HTMLElement).style.background).toBe('rgb(164, 38, 44)');
    expect(badge.getAttribute('aria-label')).toContain('一次回答期限: 11/24(火) 11:30');
    expect(badge.getAttribute('aria-label')).toContain('時間外');

    const freshRow = screen.getByRole('button', { name: '操作を教えてほしい' }).closest('[role="row"]') as HTMLElement;
    expect(within(freshRow).getByText('受付')).toBeTruthy();
    expect(within(freshRow).getByText('残り 1時間30分').getAttribute('data-sla-state')).toBe('onTrack');
  });

  test('the tabs follow the role: an operator gets their own and their vendor\'s queue; filters and search become the query', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = new FakeInquiryRepository([inquiry({ id: 1 })]);
    renderQueue(vendorUser, repo);
    await screen.findByRole('button', { name: '問い合わせ 1' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent!.trim())).toEqual(['自分の担当', '自社の担当']);
    expect(screen.queryByText('新しい問い合わせ')).toBeNull();
    expect(repo.queries[0]).toMatchObject({ scope: 'myVendor', userId: 21, vendorKey: 'midori-systems', status: 'open', sort: 'dueAsc' });

    await user.click(screen.getByRole('tab', { name: '自分の担当' }));
    await waitFor(() => expect(repo.queries[repo.queries.length - 1]).toMatchObject({ scope: 'assignedToMe' }));

    await user.click(screen.getByRole('combobox', { name: /^状態/ }));
    await user.click(await screen.findByRole('option', { name: '完了' }));
    // Done inquiries come one month of receipt at a time outside "mine" (threshold-safe); the current month is chosen.
    await waitFor(() => expect(repo.queries[repo.queries.length - 1]).toMatchObject({ status: 'closed', receivedMonth: '2026-11' }));

    const search = screen.getByRole('searchbox', { name: '件名または番号で検索' });
    await user.type(search, 'プリンタ');
    // Fluent's SearchBox reads the legacy `which` code of Enter, which user-event does not set.
    fireEvent.keyDown(search, { key: 'Enter', keyCode: 13, which: 13 });
    await waitFor(() => expect(repo.queries[repo.queries.length - 1]).toMatchObject({ search: 'プリンタ' }));
  });

  test('staff see only their own inquiries and can raise one; the ICT center sees everything', async () => {
    const repo = new FakeInquiryRepository([inquiry({ id: 1 })]);
    const { unmount } = renderQueue(staffUser, repo);
    expect(await screen.findByText('新しい問い合わせ')).toBeTruthy();
    expect(screen.queryAllByRole('tab')).toHaveLength(0);
    expect(repo.queries[0]).toMatchObject({ scope: 'mine', userId: 11 });
    unmount();

    const ictRepo = new FakeInquiryRepository([inquiry({ id: 1 })]);
    renderQueue(ictUser, ictRepo);
    await screen.findByRole('button', { name: '問い合わせ 1' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent!.trim())).toEqual(['すべて', '自分の担当', '自分の問い合わせ']);
    expect(ictRepo.queries[0]).toMatchObject({ scope: 'all' });
  });

  test('opened from the catalog for a service (?service=<id>), the form opens with that service and its system chosen', async () => {
    render(
      <InquiryQueue strings={locStrings('ja')} ui={uiStrings('ja')} locale="ja" pageSize={50} initialServiceId={5} services={fakeServices(staffUser, new FakeInquiryRepository())} />
    );
    const form = await screen.findByRole('dialog', { name: '問い合わせの登録' });
    expect(within(form).getByRole('combobox', { name: /^サービス/ }).textContent).toContain('住民記録 操作問い合わせ');
    expect(within(form).getByRole('combobox', { name: /^業務システム/ }).textContent).toContain('住民記録システム');
    expect(within(form).getByText('一次回答の目安: 11/25(水) 12:00 まで（受付から営業時間で 2時間）')).toBeTruthy();
  });

  test('asking the requester needs the question; it is saved with the pause and shown while waiting', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = new FakeInquiryRepository([inquiry({ id: 5, subject: '帳票のレイアウト', status: 'responded', firstRespondedAt: '2026-11-24T01:00:00.000Z' })]);
    renderQueue(vendorUser, repo);
    await user.click(await screen.findByRole('button', { name: '帳票のレイアウト' }));
    const panel = await screen.findByRole('dialog', { name: /#5 帳票のレイアウト/ });
    await user.click(within(panel).getByRole('button', { name: '問い合わせ者に確認' }));
    const dialog = await screen.findByRole('alertdialog', { name: '問い合わせ者に確認' });
    await within(dialog).findByRole('textbox', { name: '問い合わせ者への確認事項' });
    await user.click(within(dialog).getByRole('button', { name: '実行' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('問い合わせ者への確認事項を入力してください。');
    expect(repo.saves).toHaveLength(0);

    const editor = within(dialog).getByRole('textbox', { name: '問い合わせ者への確認事項' });
    act(() => {
      editor.innerHTML = '<p>対象の帳票名を教えてください。</p>';
      fireEvent.input(editor);
    });
    await user.click(within(dialog).getByRole('button', { name: '実行' }));
    expect(await within(panel).findByText('対象の帳票名を教えてください。')).toBeTruthy();
    expect(repo.items.get(5)).toMatchObject({ status: 'waiting', requesterQuestion: '<p>対象の帳票名を教えてください。</p>', pauses: [{ from: '2026-11-25T01:00:00.000Z' }] });
  });

  test('the ICT center assigns a received inquiry to a vendor\'s operator (vendor first, then its members)', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = new FakeInquiryRepository([inquiry({ id: 6, subject: '新しい受付', status: 'received', assignee: undefined, vendorKey: undefined })]);
    renderQueue(ictUser, repo);
    await user.click(await screen.findByRole('button', { name: '新しい受付' }));
    const panel = await screen.findByRole('dialog', { name: /#6 新しい受付/ });
    await user.click(within(panel).getByRole('button', { name: '割り当て' }));
    const dialog = await screen.findByRole('alertdialog', { name: '割り当て' });
    await user.click(within(dialog).getByRole('button', { name: '実行' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('担当者を選択してください。');

    await user.click(within(dialog).getByRole('combobox', { name: /^担当事業者/ }));
    await user.click(await screen.findByRole('option', { name: 'みどりシステムズ株式会社' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^担当者/ }));
    await user.click(await screen.findByRole('option', { name: '中村 大輔' }));
    await user.click(within(dialog).getByRole('button', { name: '実行' }));
    expect(await within(panel).findByText('「割り当て」を保存しました。')).toBeTruthy();
    expect(repo.items.get(6)).toMatchObject({ status: 'assigned', assignee: { id: 22, title: '中村 大輔' }, vendorKey: 'midori-systems' });
  });

  test('the opening queue arrives with the first screen: nothing is read again until a refresh or a filter change', async () => {
    const repo = new FakeInquiryRepository([inquiry({ id: 1, subject: '帳票が出ない' })]);
    renderQueue(vendorUser, repo);
    expect(await screen.findByText('帳票が出ない')).toBeTruthy();
    // give a second load a chance to start before counting
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(repo.queries).toHaveLength(1);
    fireEvent.click(screen.getByText('最新の情報に更新'));
    await waitFor(() => expect(repo.queries).toHaveLength(2));
    expect(repo.queries[1]).toEqual(repo.queries[0]);
  });

  test('a failed first screen is reported with a retry that reads it again', async () => {
    const { DataError } = await import('../../../src/data/DataError');
    const repo = new FakeInquiryRepository([inquiry({ id: 1, subject: '帳票が出ない' })]);
    const services = fakeServices(ictUser, repo);
    const load = services.start.load;
    let fail = true;
    services.start = { load: async (pageSize) => (fail ? Promise.reject(new DataError({ kind: 'throttled', status: 429 })) : load(pageSize)) };
    render(<InquiryQueue strings={locStrings('ja')} ui={uiStrings('ja')} locale="ja" pageSize={50} services={services} />);
    const retry = await screen.findByRole('button', { name: '再試行' });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('帳票が出ない')).toBeTruthy();
  });

  test('a user in no opsdesk group is told so instead of an empty list', async () => {
    renderQueue({ user: { id: 99, title: '来訪者' }, roles: [], groupTitles: [], isSiteAdmin: false }, new FakeInquiryRepository());
    expect(await screen.findByText('問い合わせ管理を利用する権限がありません。必要な場合はICTセンターにお問い合わせください。')).toBeTruthy();
  });

  test('the vendor promotes a resolved inquiry to an FAQ draft made by the domain (owner, review dates, link back)', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = new FakeInquiryRepository([
      inquiry({ id: 4, subject: 'パスワードの再設定', status: 'resolved', resolution: '<p>再設定画面から変更できます。</p>', resolvedAt: '2026-11-24T05:00:00.000Z' })
    ]);
    renderQueue(vendorUser, repo);
    await user.click(await screen.findByRole('button', { name: 'パスワードの再設定' }));
    const panel = await screen.findByRole('dialog', { name: /#4 パスワードの再設定/ });
    await user.click(within(panel).getByRole('button', { name: 'FAQ下書きを作成' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'FAQ下書きを作成' });
    expect((within(dialog).getByRole('textbox', { name: /質問/ }) as HTMLInputElement).value).toBe('パスワードの再設定');
    await user.click(within(dialog).getByRole('button', { name: '実行' }));
    expect(await within(panel).findByText('FAQ下書きを作成しました。ナレッジ管理で編集・公開してください。')).toBeTruthy();
    expect(repo.faqDrafts).toEqual([
      {
        question: 'パスワードの再設定', answer: '<p>再設定画面から変更できます。</p>', category: '操作方法', tags: [], systemId: repo.items.get(4)!.systemId,
        sourceInquiryId: 4, owner: VENDOR_USER, status: 'draft', reviewCycleDays: 180, lastReviewed: '2026-11-25', nextReview: '2027-05-24',
        vendorKey: 'midori-systems'
      }
    ]);
    expect(within(panel).queryByRole('button', { name: 'FAQ下書きを作成' })).toBeNull();
  });
});
