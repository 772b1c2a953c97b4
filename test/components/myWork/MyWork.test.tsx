import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { DataError } from '../../../src/data/DataError';
import { uiStrings } from '../../../src/ui/uiStrings';
import MyWork, { IMyWorkProps } from '../../../src/webparts/myWork/components/MyWork';
import { IMyWork, IMyWorkSource } from '../../../src/webparts/myWork/components/myWorkModel';
import { IHostInfo } from '../../../src/webparts/myWork/components/teamsTheme';
import { locStrings, NOW, SITE_URL, vendorWork } from './fixtures';

function source(load: () => Promise<IMyWork>): IMyWorkSource & { calls: number } {
  const s = {
    calls: 0,
    load: () => {
      s.calls++;
      return load();
    }
  };
  return s;
}

function props(host: IHostInfo, src: IMyWorkSource, locale: 'ja' | 'en' = 'ja'): IMyWorkProps {
  return {
    source: src,
    host,
    strings: locStrings(locale === 'ja' ? 'ja-jp' : 'en-us'),
    ui: uiStrings(locale),
    locale,
    pageSize: 20,
    now: () => NOW
  };
}

const teams = (theme: IHostInfo['theme']): IHostInfo => ({ kind: 'teams', theme, fallbackUrl: SITE_URL });

function root(container: HTMLElement): HTMLElement {
  return container.querySelector('[data-opsdesk-host]') as HTMLElement;
}

describe('MyWork in the Teams light (default) theme', () => {
  test('lists the assigned inquiries with SLA badges, the issues to act on and the pending proposals, in Japanese', async () => {
    const { container } = render(<MyWork {...props(teams('default'), source(async () => vendorWork()))} />);
    expect(await screen.findByText('#101 住民記録システムにログインできない')).toBeTruthy();

    const first = screen.getByTestId('inquiry-101');
    expect(first.querySelector('[data-sla-state]')!.getAttribute('data-sla-state')).toBe('breached');
    expect(screen.getByTestId('inquiry-102').querySelector('[data-sla-state]')!.getAttribute('data-sla-state')).toBe('onTrack');
    expect(within(first).getByRole('link').getAttribute('href')).toBe(`${SITE_URL}/Lists/OpsInquiries/DispForm.aspx?ID=101`);
    // links leave the tab: Teams opens them in the browser or its SharePoint viewer
    expect(within(first).getByRole('link').getAttribute('target')).toBe('_blank');

    expect(screen.getByText('担当の問い合わせ (2)')).toBeTruthy();
    expect(screen.getByText('対応・承認が必要な課題 (2)')).toBeTruthy();
    expect(within(screen.getByTestId('issue-11')).getByText('期限超過')).toBeTruthy();
    expect(within(screen.getByTestId('issue-12')).getByText('承認待ち')).toBeTruthy();
    expect(within(screen.getByTestId('issue-12')).queryByText('期限超過')).toBeNull();
    expect(within(screen.getByTestId('proposal-31')).getByText('期限 → 2026-12-18')).toBeTruthy();

    const r = root(container);
    expect(r.getAttribute('data-opsdesk-host')).toBe('teams');
    expect(r.getAttribute('data-teams-theme')).toBe('default');
    expect(r.style.background).toBe('rgb(255, 255, 255)');
    expect(r.style.color).toBe('rgb(36, 36, 36)');
  });

  test('says so when there is nothing to do', async () => {
    render(<MyWork {...props(teams('default'), source(async () => ({ inquiries: [], issues: [], proposals: [] })))} />);
    expect(await screen.findByText('担当の未完了の問い合わせはありません。')).toBeTruthy();
    expect(screen.getByText('対応・承認が必要な課題はありません。')).toBeTruthy();
    expect(screen.getByText('承認待ちの提案はありません。')).toBeTruthy();
  });
});

describe('MyWork in the Teams dark theme', () => {
  test('renders on the dark surface with light text, badges unchanged, in English', async () => {
    const { container } = render(<MyWork {...props(teams('dark'), source(async () => vendorWork()), 'en')} />);
    expect(await screen.findByText('Assigned inquiries (2)')).toBeTruthy();
    const r = root(container);
    expect(r.getAttribute('data-teams-theme')).toBe('dark');
    expect(r.style.background).toBe('rgb(31, 31, 31)');
    expect(r.style.color).toBe('rgb(255, 255, 255)');
    expect(screen.getByTestId('inquiry-101').querySelector('[data-sla-state="breached"]')).toBeTruthy();
    expect(within(screen.getByTestId('issue-12')).getByText('To approve')).toBeTruthy();
    expect(within(screen.getByTestId('proposal-31')).getByText('Due date → 2026-12-18')).toBeTruthy();
  });

  test('follows a theme change from Teams without reading the lists again', async () => {
    const src = source(async () => vendorWork());
    const { container, rerender } = render(<MyWork {...props(teams('default'), src)} />);
    await screen.findByText('担当の問い合わせ (2)');
    rerender(<MyWork {...props(teams('dark'), src)} />);
    expect(root(container).getAttribute('data-teams-theme')).toBe('dark');
    expect(root(container).style.background).toBe('rgb(31, 31, 31)');
    rerender(<MyWork {...props(teams('contrast'), src)} />);
    expect(root(container).getAttribute('data-teams-theme')).toBe('contrast');
    expect(root(container).style.background).toBe('rgb(0, 0, 0)');
    expect(screen.getByText('担当の問い合わせ (2)')).toBeTruthy();
    expect(src.calls).toBe(1);
  });
});

describe('MyWork when the data cannot be read', () => {
  test('in Teams, a refused guest session offers the SharePoint page next to the error', async () => {
    const refused = new DataError({ kind: 'forbidden', status: 401, detail: 'Missing refresh token' });
    render(<MyWork {...props(teams('dark'), source(async () => Promise.reject(refused)))} />);
    const link = await screen.findByTestId('sharepoint-fallback');
    expect(link.getAttribute('href')).toBe(SITE_URL);
    expect(link.textContent).toBe('SharePoint で開く');
    expect(screen.getByText(/この操作を行う権限がありません/)).toBeTruthy();
  });

  test('retry reads again, and the list appears once the session works', async () => {
    let fail = true;
    const src = source(async () => {
      if (fail) throw new DataError({ kind: 'unavailable', detail: 'network' });
      return vendorWork();
    });
    render(<MyWork {...props(teams('default'), src)} />);
    expect(await screen.findByTestId('sharepoint-fallback')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByText('再試行'));
    expect(await screen.findByText('担当の問い合わせ (2)')).toBeTruthy();
    expect(screen.queryByTestId('sharepoint-fallback')).toBeNull();
  });

  test('on a SharePoint page there is no Teams fallback and no Teams surface', async () => {
    const { container } = render(
      <MyWork {...props({ kind: 'sharePoint', theme: 'default' }, source(async () => Promise.reject(new DataError({ kind: 'forbidden', status: 403 }))))} />
    );
    expect(await screen.findByText(/この操作を行う権限がありません/)).toBeTruthy();
    expect(screen.queryByTestId('sharepoint-fallback')).toBeNull();
    expect(root(container).getAttribute('data-teams-theme')).toBeNull();
    expect(root(container).style.background).toBe('');
  });
});
