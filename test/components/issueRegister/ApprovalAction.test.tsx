import { configure, act, fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { DataError } from '../../../src/data/DataError';
import { IActor, IIssue } from '../../../src/domain';
import { uiStrings } from '../../../src/ui/uiStrings';
import { ApprovalAction } from '../../../src/webparts/issueRegister/components/ApprovalAction';
import { dueProposal, ICT, issue, NOW, STAFF, VENDOR_A } from './fixtures';
import { locStrings } from './locStrings';

const ja = locStrings('ja-jp');

function renderAction(actor: IActor, onDecide: (decided: IIssue, id: string) => Promise<void>, proposer = VENDOR_A.user) {
  const proposal = dueProposal({ proposer });
  return render(
    <ApprovalAction
      issue={issue({ proposals: [proposal] })}
      proposal={proposal}
      actor={actor}
      now={() => NOW}
      locale="ja"
      strings={ja}
      ui={uiStrings('ja')}
      onDecide={onDecide}
    />
  );
}

// Fluent renders slowly on the shared 2-core test machine.
jest.setTimeout(30000);
// findBy* waits longer than the default second when other suites load the machine.
configure({ asyncUtilTimeout: 5000 });

describe('ApprovalAction (承認・却下)', () => {
  test('shows the agreed and the proposed value with who asked and why', () => {
    renderAction(ICT, async () => undefined);
    expect(screen.getByText('現在: 2026/05/29')).toBeTruthy();
    expect(screen.getByText('変更後: 2026/06/30')).toBeTruthy();
    expect(screen.getByText(/^申請者: 田中 翔\s理由: 外部連携先の改修待ちのため$/)).toBeTruthy();
  });

  test('the approver (ICT center for 単独利用領域) approves: the decided issue carries the new due date and the decision', async () => {
    const decisions: Array<[IIssue, string]> = [];
    renderAction(ICT, async (d, id) => {
      decisions.push([d, id]);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '承認' }));
    });
    expect(await screen.findByText('承認しました。新しい値が適用されました。')).toBeTruthy();
    expect(decisions).toHaveLength(1);
    const [decided, id] = decisions[0];
    expect(id).toBe('31');
    expect(decided.dueDate).toBe('2026-06-30');
    expect(decided.proposals[0]).toMatchObject({ status: 'approved', decidedBy: ICT.user, decidedAt: NOW.toISOString() });
  });

  test('rejecting needs a reason; with one, the agreed value stays', async () => {
    const decisions: IIssue[] = [];
    renderAction(ICT, async (d) => {
      decisions.push(d);
    });
    fireEvent.click(screen.getByRole('button', { name: '却下' }));
    expect(await screen.findByText('却下の理由を入力してください。')).toBeTruthy();
    expect(decisions).toEqual([]);
    fireEvent.change(screen.getByLabelText(/コメント/), { target: { value: '期限内に暫定対応すること' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '却下' }));
    });
    expect(await screen.findByText('却下しました。合意済みの値のままです。')).toBeTruthy();
    expect(decisions[0].dueDate).toBe('2026-05-29');
    expect(decisions[0].proposals[0]).toMatchObject({ status: 'rejected', decisionComment: '期限内に暫定対応すること' });
  });

  test('someone who is not the approver gets no buttons, only who decides', () => {
    renderAction(STAFF, async () => undefined);
    expect(screen.queryByRole('button', { name: '承認' })).toBeNull();
    expect(screen.getByText('この変更を承認・却下できるのは ICTセンター です。')).toBeTruthy();
  });

  test('an approver cannot decide their own proposal', async () => {
    const onDecide = jest.fn(async () => undefined);
    renderAction(ICT, onDecide, ICT.user);
    fireEvent.click(screen.getByRole('button', { name: '承認' }));
    expect(await screen.findByText('自分が申請した変更は承認・却下できません。')).toBeTruthy();
    expect(onDecide).not.toHaveBeenCalled();
  });

  test('when SharePoint refuses or the item changed meanwhile, the error is shown and nothing claims success', async () => {
    renderAction(ICT, async () => {
      throw new DataError({ kind: 'conflict', status: 412, reason: 'staleEdit' });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '承認' }));
    });
    expect(await screen.findByText('他の人がこの項目を先に更新しました。上書きはしていません。最新の内容を表示します。')).toBeTruthy();
    expect(screen.queryByText('承認しました。新しい値が適用されました。')).toBeNull();
  });
});
