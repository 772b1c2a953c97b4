import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { IServiceCard } from '../../../src/data/catalog';
import { DataError } from '../../../src/data/DataError';
import { uiStrings } from '../../../src/ui/uiStrings';
import ServiceCatalog, { IServiceCatalogWebPartStringsShape } from '../../../src/webparts/serviceCatalog/components/ServiceCatalog';
import { loadLoc } from './loadLoc';

const ja = loadLoc<IServiceCatalogWebPartStringsShape>('serviceCatalog', 'ja-jp');
const en = loadLoc<IServiceCatalogWebPartStringsShape>('serviceCatalog', 'en-us');

function card(over: Partial<IServiceCard>): IServiceCard {
  return {
    id: 1, code: 'SVC-001', name: '住民記録システムの操作支援', category: '住民記録', summary: '操作方法の問い合わせに回答します。',
    providerKind: 'asp', providerName: 'みどりシステムズ株式会社', calendarId: 'officeHours', firstResponseTargetMinutes: 240,
    resolutionTargetMinutes: 2400, requiredDocuments: [], lifecycle: 'active', ...over
  };
}

const services = [
  card({ id: 1 }),
  card({ id: 2, code: 'SVC-002', name: '税務システムの帳票出力', category: '税務', summary: '帳票の出力を支援します。', providerName: 'さくらITサービス株式会社' }),
  card({
    id: 3, code: 'SVC-003', name: '旧グループウェア', category: '共通基盤', providerKind: 'ictCenter', providerName: 'ICTセンター', lifecycle: 'retiring', retirementDate: '2027-03-31',
    requestFlow: '<p>申請書を提出<script>alert(1)</script></p>', requiredDocuments: [{ id: 9, title: '利用申請書' }], audience: '全職員'
  })
];

function renderCatalog(over: Partial<React.ComponentProps<typeof ServiceCatalog>> = {}) {
  return render(
    <ServiceCatalog
      strings={ja}
      ui={uiStrings('ja')}
      locale="ja"
      loadServices={async () => services}
      inquiryPageUrl="https://midoriku.sharepoint.com/sites/opsdesk/SitePages/Inquiry.aspx"
      documentUrl={(id) => `/sites/opsdesk/docs/${id}`}
      sanitize={(h) => h.replace(/<script[\s\S]*?<\/script>/g, '')}
      {...over}
    />
  );
}

// Fluent's DetailsList and layers render slowly under jsdom on a shared 2-core machine.
jest.setTimeout(30_000);

describe('ServiceCatalog (main screen)', () => {
  test('groups services by category in Japanese order, with provider, hours and first-response target', async () => {
    renderCatalog();
    expect(await screen.findByText('3 件のサービス')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['共通基盤', '住民記録', '税務']);
    const juki = screen.getByRole('article', { name: '住民記録システムの操作支援' });
    expect(within(juki).getByText('みどりシステムズ株式会社（ASP）')).toBeTruthy();
    expect(within(juki).getByText('開庁時間(平日 9:00～17:45)')).toBeTruthy();
    expect(within(juki).getByText('4時間（営業時間）')).toBeTruthy();
    expect(screen.getByText('2027/03/31 に廃止予定')).toBeTruthy();
  });

  test('"raise an inquiry" opens the inquiry page with the service chosen (?service=<id>)', async () => {
    renderCatalog();
    const tax = await screen.findByRole('article', { name: '税務システムの帳票出力' });
    const link = within(tax).getByText('このサービスについて問い合わせる').closest('a')!;
    expect(link.getAttribute('href')).toBe('https://midoriku.sharepoint.com/sites/opsdesk/SitePages/Inquiry.aspx?service=2');
  });

  test('search narrows in Japanese (kana-insensitive) and says when nothing matches', async () => {
    renderCatalog();
    await screen.findByText('3 件のサービス');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'ちょうひょう 税務' } });
    // 「ちょうひょう」 is not in any text; every term must match, so nothing is shown.
    expect(screen.getByText('条件に合うサービスはありません。')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '帳票' } });
    expect(screen.getByText('1 件のサービス')).toBeTruthy();
    expect(screen.getByRole('article', { name: '税務システムの帳票出力' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'ぐるーぷうぇあ' } });
    expect(screen.getByRole('article', { name: '旧グループウェア' })).toBeTruthy();
  });

  test('details show the sanitized request flow and links to the required documents', async () => {
    renderCatalog();
    const old = await screen.findByRole('article', { name: '旧グループウェア' });
    fireEvent.click(within(old).getByText('詳細を表示'));
    expect(within(old).getByText('申請書を提出')).toBeTruthy();
    expect(old.querySelector('script')).toBeNull();
    expect(within(old).getByText('利用申請書').closest('a')!.getAttribute('href')).toBe('/sites/opsdesk/docs/9');
    expect(within(old).getByText('全職員')).toBeTruthy();
  });

  test('without an inquiry page the button is absent and the owner is told how to set it', async () => {
    renderCatalog({ inquiryPageUrl: undefined });
    await screen.findByText('3 件のサービス');
    expect(screen.queryByText('このサービスについて問い合わせる')).toBeNull();
    expect(screen.getByText(/問い合わせページが設定されていません/)).toBeTruthy();
  });

  test('English page: English labels and targets', async () => {
    renderCatalog({ strings: en, ui: uiStrings('en'), locale: 'en' });
    expect(await screen.findByText('3 services')).toBeTruthy();
    expect(screen.getAllByText('4 h (business time)').length).toBe(3);
  });

  test('a load failure shows the Japanese error with retry', async () => {
    const load = jest.fn<Promise<IServiceCard[]>, []>().mockRejectedValueOnce(new DataError({ kind: 'unavailable', status: 503 })).mockResolvedValue(services);
    renderCatalog({ loadServices: load });
    fireEvent.click(await screen.findByText('再試行'));
    expect(await screen.findByText('3 件のサービス')).toBeTruthy();
  });
});
