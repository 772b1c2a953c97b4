import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { uiStrings } from '../../../src/ui/uiStrings';
import { NewInquiryForm } from '../../../src/webparts/inquiryQueue/components/NewInquiryForm';
import { catalog, fakeServices, FakeInquiryRepository, locStrings, NOW, staffUser } from './fakes';

function renderForm(locale: 'ja' | 'en' = 'ja') {
  const repo = new FakeInquiryRepository();
  const onCreated = jest.fn();
  const onDismiss = jest.fn();
  render(
    <NewInquiryForm
      services={fakeServices(staffUser, repo)}
      catalog={catalog}
      user={staffUser}
      strings={locStrings(locale)}
      ui={uiStrings(locale)}
      locale={locale}
      onCreated={onCreated}
      onDismiss={onDismiss}
    />
  );
  return { repo, onCreated, onDismiss };
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function typeBody(text: string): Promise<void> {
  const editor = await screen.findByRole('textbox', { name: '内容' });
  // jsdom has no editing engine: put the text in the contenteditable and fire the input event the editor listens to.
  act(() => {
    editor.innerHTML = text;
    fireEvent.input(editor);
  });
}

// Fluent UI under jsdom on a shared 2-core machine is slow; the assertions, not the timings, are the test.
jest.setTimeout(120000);
configure({ asyncUtilTimeout: 15000 });

describe('NewInquiryForm (問い合わせの登録)', () => {
  test('submitting an empty form shows every problem in Japanese and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { repo, onCreated } = renderForm();
    await screen.findByRole('textbox', { name: '内容' });
    await user.click(screen.getByRole('button', { name: '登録' }));

    expect(await screen.findByText('入力内容を確認してください。')).toBeTruthy();
    expect(screen.getByText('業務システムを選択してください。')).toBeTruthy();
    expect(screen.getByText('件名を入力してください。')).toBeTruthy();
    expect(screen.getByText('問い合わせ区分を選択してください。')).toBeTruthy();
    expect(screen.getByText('問い合わせ内容を入力してください。')).toBeTruthy();
    expect(repo.created).toHaveLength(0);
    expect(onCreated).not.toHaveBeenCalled();
  });

  test('a body of only empty markup counts as empty, and a subject over 255 characters is refused', async () => {
    const user = userEvent.setup({ delay: null });
    const { repo } = renderForm();
    await typeBody('<p><br></p>');
    fireEvent.change(screen.getByRole('textbox', { name: /件名/ }), { target: { value: 'あ'.repeat(256) } });
    await user.click(screen.getByRole('button', { name: '登録' }));
    expect(await screen.findByText('件名は255文字以内で入力してください。')).toBeTruthy();
    expect(screen.getByText('問い合わせ内容を入力してください。')).toBeTruthy();
    expect(repo.created).toHaveLength(0);
  });

  test('before submitting, shows the answering hours and the expected first response of the chosen service', async () => {
    const user = userEvent.setup({ delay: null });
    renderForm();
    const expectation = screen.getByRole('region', { name: '回答の目安（登録前の見込み）' });
    // No service yet: office hours and the schema's default target (240 business minutes) from 10:00 Wednesday.
    expect(within(expectation).getByText('対応時間帯: 開庁時間(平日 9:00～17:45)')).toBeTruthy();
    expect(within(expectation).getByText('一次回答の目安: 11/25(水) 14:00 まで（受付から営業時間で 4時間）')).toBeTruthy();

    await choose(user, /業務システム/, '住民記録システム');
    await choose(user, /サービス/, '住民記録 操作問い合わせ');
    expect(within(expectation).getByText('一次回答の目安: 11/25(水) 12:00 まで（受付から営業時間で 2時間）')).toBeTruthy();
    expect(within(expectation).getByText('担当: みどりシステムズ株式会社')).toBeTruthy();
    expect(within(expectation).getByText('土日・祝日・年末年始（12/29～1/3）は対応しません。')).toBeTruthy();
  });

  test('a valid form creates the inquiry as 受付 by the current user, with receipt, due from the domain clock and attachments', async () => {
    const user = userEvent.setup({ delay: null });
    const { repo, onCreated } = renderForm();
    await choose(user, /業務システム/, '住民記録システム');
    await choose(user, /サービス/, '住民記録 操作問い合わせ');
    await choose(user, /種別/, '操作方法');
    await user.type(screen.getByRole('textbox', { name: /件名/ }), '転入届の画面が開かない');
    await typeBody('<p>転入届の入力画面が<b>開きません</b>。<script>alert(1)</script></p>');
    const file = new File(['log'], 'error.log', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('添付ファイル'), file);
    expect(screen.getByText('error.log')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '登録' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(repo.created).toHaveLength(1);
    const { input, attachments } = repo.created[0];
    expect(input).toMatchObject({ subject: '転入届の画面が開かない', category: 'howTo', systemId: 1, serviceId: 5, requesterId: 11 });
    expect(input.receivedAt.toISOString()).toBe(NOW.toISOString());
    expect(input.firstResponseDue!.toISOString()).toBe('2026-11-25T03:00:00.000Z');
    expect(input.body).toContain('<b>開きません</b>');
    expect(input.body).not.toContain('script');
    expect(attachments.map((a) => a.name)).toEqual(['error.log']);
  });

  test('a failed save keeps the form and says why in Japanese', async () => {
    const user = userEvent.setup({ delay: null });
    const { repo, onCreated } = renderForm();
    repo.create = () => Promise.reject({ isHttpRequestError: true, status: 403, message: 'Error making HttpClient request in queryable [403] Forbidden' });
    await choose(user, /業務システム/, '税務システム');
    await choose(user, /種別/, '障害・不具合');
    await user.type(screen.getByRole('textbox', { name: /件名/ }), '帳票が出ない');
    await typeBody('<p>帳票が出力されません。</p>');
    await user.click(screen.getByRole('button', { name: '登録' }));
    expect(await screen.findByText('この操作を行う権限がありません。必要な場合はICTセンターにお問い合わせください。')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    expect((screen.getByRole('textbox', { name: /件名/ }) as HTMLInputElement).value).toBe('帳票が出ない');
  });

  test('in English the same validation reads in English', async () => {
    const user = userEvent.setup({ delay: null });
    renderForm('en');
    await screen.findByRole('textbox', { name: 'Details' });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Check the highlighted fields.')).toBeTruthy();
    expect(screen.getByText('Choose a business system.')).toBeTruthy();
    expect(screen.getByText('Enter a subject.')).toBeTruthy();
    expect(screen.getByText('Select a category.')).toBeTruthy();
    expect(screen.getByText('Answering hours: Office hours (weekdays 9:00–17:45)')).toBeTruthy();
  });
});
