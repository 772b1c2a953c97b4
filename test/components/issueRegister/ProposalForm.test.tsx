import { configure, act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import { DataError } from '../../../src/data/DataError';
import { IProposal, IUserRef } from '../../../src/domain';
import { uiStrings } from '../../../src/ui/uiStrings';
import { ProposalForm } from '../../../src/webparts/issueRegister/components/ProposalForm';
import { dueProposal, issue, NOW, STAFF, VENDOR_A, VENDOR_B } from './fixtures';
import { locStrings } from './locStrings';

const ja = locStrings('ja-jp');

function renderForm(onSubmit: (p: IProposal) => Promise<void>, options: { actor?: typeof VENDOR_A; pending?: boolean; resolve?: (t: string) => Promise<IUserRef | undefined> } = {}) {
  return render(
    <ProposalForm
      issue={issue(options.pending ? { proposals: [dueProposal()] } : {})}
      actor={options.actor || VENDOR_A}
      now={() => NOW}
      locale="ja"
      strings={ja}
      ui={uiStrings('ja')}
      resolveUser={options.resolve || (async () => undefined)}
      onSubmit={onSubmit}
    />
  );
}

function typeInto(label: RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

// Fluent renders slowly on the shared 2-core test machine.
jest.setTimeout(30000);
// findBy* waits longer than the default second when other suites load the machine.
configure({ asyncUtilTimeout: 5000 });

describe('ProposalForm (変更申請)', () => {
  test('a vendor proposes a new due date with a reason; the proposal goes out pending and the form confirms', async () => {
    const submitted: IProposal[] = [];
    renderForm(async (p) => {
      submitted.push(p);
    });
    typeInto(/変更後の値/, '2026-06-30');
    typeInto(/変更理由/, '外部連携先の改修待ちのため');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    expect(await screen.findByText('変更を申請しました。承認者の判断を待っています。')).toBeTruthy();
    expect(submitted).toEqual([
      expect.objectContaining({ field: 'dueDate', proposedValue: '2026-06-30', reason: '外部連携先の改修待ちのため', status: 'pending', proposer: VENDOR_A.user })
    ]);
  });

  test('without a reason nothing is sent and the error shows at the field, in Japanese', async () => {
    const onSubmit = jest.fn(async () => undefined);
    renderForm(onSubmit);
    typeInto(/変更後の値/, '2026-06-30');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    expect(await screen.findByText('変更理由を入力してください。')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a past date and the current value are refused in place', async () => {
    const onSubmit = jest.fn(async () => undefined);
    renderForm(onSubmit);
    typeInto(/変更理由/, '理由');
    typeInto(/変更後の値/, '2026-05-01');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    expect(await screen.findByText('変更後の期限に過去の日付は指定できません。')).toBeTruthy();
    typeInto(/変更後の値/, '2026-05-29');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    expect(await screen.findByText('現在の値と同じです。変更後の値を入力してください。')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a second due-date change while one is pending, and a vendor of another company, are refused', async () => {
    const onSubmit = jest.fn(async () => undefined);
    const { unmount } = renderForm(onSubmit, { pending: true });
    expect(await screen.findByText('承認されるまで、合意済みの値が有効です。')).toBeTruthy();
    typeInto(/変更後の値/, '2026-07-31');
    typeInto(/変更理由/, '再延長');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    expect(await screen.findByText('期限の変更はすでに承認待ちです。承認または却下されるまで新たに申請できません。')).toBeTruthy();
    unmount();
    renderForm(onSubmit, { actor: VENDOR_B });
    typeInto(/変更後の値/, '2026-07-31');
    typeInto(/変更理由/, '理由');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    expect(await screen.findByText('この課題の関係者ではないため、変更を申請できません。')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a new owner is resolved to a site user; an unknown one is reported at the field', async () => {
    const submitted: IProposal[] = [];
    renderForm(
      async (p) => {
        submitted.push(p);
      },
      { actor: STAFF, resolve: async (t) => (t === 'ito.yoko@sakura-its.example' ? { id: 8, title: '伊藤 陽子' } : undefined) }
    );
    fireEvent.click(screen.getByLabelText('担当者'));
    typeInto(/変更理由/, '担当替え');
    typeInto(/変更後の値/, 'nobody@example.invalid');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    expect(await screen.findByText('「nobody@example.invalid」に一致するユーザーが見つかりません。メールアドレスで指定してください。')).toBeTruthy();
    typeInto(/変更後の値/, 'ito.yoko@sakura-its.example');
    fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toMatchObject({ field: 'owner', proposedValue: { id: 8, title: '伊藤 陽子' } });
  });

  test('a failed save is shown as a data error and the form keeps what was typed', async () => {
    renderForm(async () => {
      throw new DataError({ kind: 'forbidden', status: 403 });
    });
    typeInto(/変更後の値/, '2026-06-30');
    typeInto(/変更理由/, '理由');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '変更を申請' }));
    });
    expect(await screen.findByText('この操作を行う権限がありません。必要な場合はICTセンターにお問い合わせください。')).toBeTruthy();
    expect((screen.getByLabelText(/変更理由/) as HTMLTextAreaElement).value).toBe('理由');
  });
});
