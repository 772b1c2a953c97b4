import { configure, act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import { IExportSheet, IIssueQuery, IIssueRecord, IIssueRepository } from '../../../src/data/issues';
import { uiStrings } from '../../../src/ui/uiStrings';
import IssueRegister from '../../../src/webparts/issueRegister/components/IssueRegister';
import { ICT, issue, NOW } from './fixtures';
import { locStrings } from './locStrings';

function record(id: number, title: string, patch = {}): IIssueRecord {
  return { issue: issue({ id, title, ...patch }) };
}

function fakeRepository(overrides: Partial<IIssueRepository> = {}): IIssueRepository & { queries: IIssueQuery[] } {
  const queries: IIssueQuery[] = [];
  const repo = {
    queries,
    page: async (q: IIssueQuery) => {
      queries.push(q);
      return q.view === 'overdue' ? { records: [record(3, '期限超過の課題', { dueDate: '2026-05-01' })] } : { records: [record(1, '帳票出力が遅い'), record(2, '回線の瞬断', { area: 'network' })] };
    },
    meetingDates: async () => ['2026-05-11', '2026-04-13'],
    sinceMeeting: async () => {
      const changed = record(2, '回線の瞬断', { area: 'network' });
      return { records: [changed], rows: [{ issue: changed.issue, changes: ['dueChanged' as const], dueAtMeeting: '2026-05-20' }] };
    },
    get: jest.fn(),
    raise: jest.fn(),
    propose: jest.fn(),
    decide: jest.fn(),
    report: jest.fn(),
    history: jest.fn(async () => []),
    resolveUsers: jest.fn(async () => ({})),
    systems: jest.fn(async () => []),
    importIssues: jest.fn(),
    ...overrides
  };
  // The register's first screen is the actor and the default view's page in one read; the fake answers it with
  // its own page so that the queries (and failures) of the first view are the same as those of any other.
  const firstScreen = async (q: IIssueQuery) => ({ actor: ICT, page: await repo.page(q) });
  Object.assign(repo, { firstScreen: overrides.firstScreen || firstScreen });
  return repo as unknown as IIssueRepository & { queries: IIssueQuery[] };
}

function renderRegister(repository: IIssueRepository, write = jest.fn(async (_s: ReadonlyArray<IExportSheet>) => new ArrayBuffer(8)), download = jest.fn()) {
  render(
    <IssueRegister
      strings={locStrings('ja-jp')}
      ui={uiStrings('ja')}
      locale="ja"
      repository={repository}
      workbook={{ read: jest.fn(), write }}
      now={() => NOW}
      pageSize={50}
      download={download}
    />
  );
  return { write, download };
}

// Fluent renders slowly on the shared 2-core test machine.
jest.setTimeout(30000);
// findBy* waits longer than the default second when other suites load the machine.
configure({ asyncUtilTimeout: 5000 });

describe('IssueRegister (課題管理一覧)', () => {
  test('opens on the open issues by status and switches to overdue; each view is one repository query with today\'s JST date', async () => {
    const repo = fakeRepository();
    renderRegister(repo);
    expect(await screen.findByText('帳票出力が遅い')).toBeTruthy();
    expect(repo.queries[0]).toMatchObject({ view: 'byStatus', today: '2026-05-14', pageSize: 50 });
    fireEvent.click(screen.getByRole('tab', { name: '期限超過' }));
    expect(await screen.findByText('期限超過の課題')).toBeTruthy();
    expect(repo.queries[repo.queries.length - 1]).toMatchObject({ view: 'overdue' });
  });

  test('the first screen is one read (actor and open issues together) and the open issues are not read again once the actor is known', async () => {
    const repo = fakeRepository();
    const firstScreen = jest.fn(async (q: IIssueQuery) => ({ actor: ICT, page: await repo.page(q) }));
    Object.assign(repo, { firstScreen });
    renderRegister(repo);
    expect(await screen.findByText('帳票出力が遅い')).toBeTruthy();
    // give any second load a chance to start before counting
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(firstScreen).toHaveBeenCalledTimes(1);
    expect(repo.queries).toHaveLength(1);
    fireEvent.click(screen.getByRole('tab', { name: '担当者別' }));
    await waitFor(() => expect(repo.queries).toHaveLength(2));
    expect(repo.queries[1]).toMatchObject({ view: 'byOwner', ownerId: ICT.user.id });
  });

  test('a failed first screen shows the error with a retry that reads it again', async () => {
    const { DataError } = await import('../../../src/data/DataError');
    let fail = true;
    const repo = fakeRepository();
    const page = repo.page;
    Object.assign(repo, {
      firstScreen: async (q: IIssueQuery) => {
        if (fail) throw new DataError({ kind: 'unavailable', status: 503 });
        return { actor: ICT, page: await page(q) };
      }
    });
    renderRegister(repo);
    const retry = await screen.findByRole('button', { name: '再試行' });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('帳票出力が遅い')).toBeTruthy();
  });

  test('"since the last meeting" names the meeting it compares with and what changed', async () => {
    renderRegister(fakeRepository());
    await screen.findByText('帳票出力が遅い');
    fireEvent.click(screen.getByRole('tab', { name: '前回定例会以降' }));
    expect(await screen.findByText(/前回定例会（2026\/05\/11）以降の変化/)).toBeTruthy();
    expect(screen.getByText('期限変更')).toBeTruthy();
    expect(screen.getByText('期限: 2026/05/20')).toBeTruthy();
  });

  test('export writes the current view as a sheet with Japanese headers and hands the file over', async () => {
    const { write, download } = renderRegister(fakeRepository());
    await screen.findByText('帳票出力が遅い');
    await act(async () => {
      fireEvent.click(screen.getByText('Excel に出力'));
    });
    await waitFor(() => expect(download).toHaveBeenCalled());
    const sheets = write.mock.calls[0][0];
    expect(sheets[0].headers.slice(0, 4)).toEqual(['ID', '件名', '課題発生個所', '状態']);
    expect(sheets[0].rows.map((r) => r[1])).toEqual(['帳票出力が遅い', '回線の瞬断']);
    expect(download.mock.calls[0][1]).toBe('課題管理一覧_状態別_2026-05-14.xlsx');
    expect(await screen.findByText('2 件を出力しました。')).toBeTruthy();
  });

  test('a view refused by the list view threshold says so in Japanese, not an empty register', async () => {
    const { DataError } = await import('../../../src/data/DataError');
    renderRegister(fakeRepository({ page: async () => Promise.reject(new DataError({ kind: 'invalid', status: 500, reason: 'listViewThreshold' })) }));
    expect(await screen.findByText(/リストビューのしきい値 5,000 件/)).toBeTruthy();
    expect(screen.queryByText('この条件に当てはまる課題はありません。')).toBeNull();
  });
});
