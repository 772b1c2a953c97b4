import { configure, act, fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { IValidNewIssue } from '../../../src/domain';
import { uiStrings } from '../../../src/ui/uiStrings';
import { NewIssuePanel } from '../../../src/webparts/issueRegister/components/NewIssuePanel';
import { NOW } from './fixtures';
import { locStrings } from './locStrings';

async function renderPanel(onRaise: (i: IValidNewIssue, vendorKey: string | undefined) => Promise<number>): Promise<void> {
  render(
    <NewIssuePanel
      isOpen={true}
      locale="ja"
      strings={locStrings('ja-jp')}
      ui={uiStrings('ja')}
      now={() => NOW}
      loadSystems={async () => [{ id: 3, title: '住民記録システム', vendorKey: 'midori-systems' }]}
      resolveUser={async (t) => (t === 'tanaka.sho@midori-systems.example' ? { id: 6, title: '田中 翔' } : undefined)}
      onRaise={onRaise}
      onDismiss={() => undefined}
      onRaised={() => undefined}
    />
  );
  // The panel mounts in a layer and loads the systems; wait for both before typing.
  await screen.findByRole('button', { name: '登録' });
  await act(async () => undefined);
}

async function choose(label: string, option: string): Promise<void> {
  fireEvent.click(await screen.findByRole('combobox', { name: new RegExp(label) }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

// Fluent panels, dropdowns and layers render slowly on the shared 2-core machine.
jest.setTimeout(30000);
// findBy* waits longer than the default second when other suites load the machine.
configure({ asyncUtilTimeout: 5000 });

describe('NewIssuePanel (課題の起票)', () => {
  test('choosing the area shows its §8 row: who leads, supports, approves, and who gets access', async () => {
    await renderPanel(async () => 1);
    await choose('課題発生個所', '共同利用領域に構築するシステム');
    const matrix = screen.getByLabelText('課題対応関与者（§8 役割分担）');
    const row = (role: string): string => (within(matrix).getByText(role).closest('tr') as HTMLElement).textContent || '';
    expect(row('業務所管課')).toBe('業務所管課○承認者');
    expect(row('ICTセンター')).toBe('ICTセンター△');
    expect(row('CSP')).toBe('CSP△');
    await choose('課題発生個所', 'AWSが提供するサービス');
    expect(row('ASP/運用管理補助者')).toBe('ASP/運用管理補助者—');
    expect(within(matrix).getByText(/担当者・期限・対応方針を変更できるのは承認者のグループとICTセンター/)).toBeTruthy();
  });

  test('owner and due date are required when raising (§8); an unknown owner is named', async () => {
    const onRaise = jest.fn(async () => 1);
    await renderPanel(onRaise);
    fireEvent.change(screen.getByLabelText(/件名/), { target: { value: '帳票出力が遅い' } });
    await choose('課題発生個所', '単独利用領域に構築するシステム');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登録' }));
    });
    expect(await screen.findByText('担当者を入力してください。')).toBeTruthy();
    expect(screen.getByText('期限を入力してください。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^担当者/), { target: { value: 'someone@example.invalid' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登録' }));
    });
    expect(await screen.findByText('「someone@example.invalid」に一致するユーザーが見つかりません。メールアドレスで指定してください。')).toBeTruthy();
    expect(onRaise).not.toHaveBeenCalled();
  });

  test('a complete issue is raised with the system\'s vendor, whose group will get access', async () => {
    const raised: Array<[IValidNewIssue, string | undefined]> = [];
    await renderPanel(async (i, v) => {
      raised.push([i, v]);
      return 12;
    });
    fireEvent.change(screen.getByLabelText(/件名/), { target: { value: '帳票出力が遅い' } });
    await choose('業務システム', '住民記録システム');
    await choose('課題発生個所', '単独利用領域に構築するシステム');
    fireEvent.change(screen.getByLabelText(/^担当者/), { target: { value: 'tanaka.sho@midori-systems.example' } });
    fireEvent.change(screen.getByLabelText(/^期限/), { target: { value: '2026-05-29' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登録' }));
    });
    expect(raised).toEqual([[expect.objectContaining({ title: '帳票出力が遅い', area: 'dedicatedArea', systemId: 3, owner: { id: 6, title: '田中 翔' }, dueDate: '2026-05-29', priority: 'medium' }), 'midori-systems']]);
  });
});
