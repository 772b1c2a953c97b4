import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { IKnowledgeArticle } from '../../../src/data/knowledge';
import { rankBySearch, plainText } from '../../../src/domain/knowledge';
import { uiStrings } from '../../../src/ui/uiStrings';
import KnowledgeBase, { IKnowledgeBaseStrings, IKnowledgeSource } from '../../../src/webparts/knowledgeBase/components/KnowledgeBase';
import { loadLoc } from '../serviceCatalog/loadLoc';

const ja = loadLoc<IKnowledgeBaseStrings>('knowledgeBase', 'ja-jp');
const owner = { id: 3, title: '佐藤 花子' };

function article(over: Partial<IKnowledgeArticle>): IKnowledgeArticle {
  return {
    listKey: 'faq', id: 1, title: 'パスワードを忘れた', answer: '<p>ICTセンターに連絡してください。</p>', category: 'アカウント', tags: ['パスワード'],
    status: 'published', owner, reviewCycleDays: 180, lastReviewed: '2026-06-01', nextReview: '2026-12-01', helpfulYes: 4, helpfulNo: 1, ...over
  };
}

const FAQ = [
  article({ id: 1 }),
  article({ id: 2, title: 'プリンタで印刷できない', answer: '<p>用紙を確認<script>x()</script></p>', category: '機器', tags: ['プリンタ'], nextReview: '2027-05-01' }),
  article({ id: 3, title: 'VPNに接続できない', answer: '<p>パスワードの期限を確認</p>', category: 'ネットワーク', tags: ['VPN'], nextReview: '2026-10-01' })
];

function source(entries: IKnowledgeArticle[], access: { read: boolean; edit: boolean }): IKnowledgeSource & { reviewed: number[] } {
  const reviewed: number[] = [];
  return {
    reviewed,
    searchPublished: async ({ query, category }) => {
      const inCategory = entries.filter((e) => !category || e.category === category);
      return { articles: query ? rankBySearch(inCategory, query, (a) => ({ question: a.title, answer: plainText(a.answer), tags: a.tags, category: a.category })) : inCategory };
    },
    reviewCandidates: async () => entries,
    markReviewed: async (a) => {
      reviewed.push(a.id);
    },
    canRead: async () => access.read,
    canEdit: async () => access.edit
  };
}

function renderKb(faq: IKnowledgeSource, operator: IKnowledgeSource, vote = jest.fn(async () => undefined)) {
  render(
    <KnowledgeBase
      strings={ja}
      ui={uiStrings('ja')}
      locale="ja"
      faq={faq}
      operator={operator}
      vote={vote}
      pageSize={30}
      today={() => '2026-11-25'}
      sanitize={(h) => h.replace(/<script[\s\S]*?<\/script>/g, '')}
      debounceMs={0}
    />
  );
  return vote;
}

// Fluent's DetailsList and layers render slowly under jsdom on a shared 2-core machine.
jest.setTimeout(30_000);

describe('KnowledgeBase (main screen)', () => {
  test('staff see only the FAQ tab: no operator knowledge, no review tab', async () => {
    renderKb(source(FAQ, { read: true, edit: false }), source([], { read: false, edit: false }));
    expect(await screen.findByText('パスワードを忘れた')).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => (t.textContent || '').trim())).toEqual(['よくある質問']);
  });

  test('search in hiragana finds katakana; the answer opens sanitized with helpful counts; a vote thanks the user', async () => {
    const vote = renderKb(source(FAQ, { read: true, edit: false }), source([], { read: false, edit: false }));
    await screen.findByText('パスワードを忘れた');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'ぱすわーど' } });
    await waitFor(() => expect(screen.queryByText('プリンタで印刷できない')).toBeNull());
    const titles = screen.getAllByRole('article').map((a) => within(a).getAllByRole('button')[0].textContent);
    expect(titles).toEqual(['パスワードを忘れた', 'VPNに接続できない']);
    fireEvent.click(screen.getByText('パスワードを忘れた'));
    expect(screen.getByText('ICTセンターに連絡してください。')).toBeTruthy();
    expect(screen.getByText('役に立った 4 件・役に立たなかった 1 件')).toBeTruthy();
    fireEvent.click(screen.getByText('はい'));
    expect(await screen.findByText('ご協力ありがとうございました。集計は定期的に反映されます。')).toBeTruthy();
    expect(vote).toHaveBeenCalledWith(1, true);
  });

  test('category browsing: categories learnt from the results, choosing one narrows the list', async () => {
    renderKb(source(FAQ, { read: true, edit: false }), source([], { read: false, edit: false }));
    await screen.findByText('パスワードを忘れた');
    fireEvent.click(screen.getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: '機器' }));
    await waitFor(() => expect(screen.queryByText('パスワードを忘れた')).toBeNull());
    expect(screen.getByText('プリンタで印刷できない')).toBeTruthy();
  });

  test('a vendor sees the operator tab with what SharePoint returns, and the reviewer view for what they may edit', async () => {
    const kb = source([article({ listKey: 'knowledge', id: 10, title: '夜間バッチ再実行', vendorKey: 'midori-systems', nextReview: '2026-11-30' })], { read: true, edit: true });
    renderKb(source(FAQ, { read: true, edit: false }), kb);
    await screen.findByText('パスワードを忘れた');
    expect(screen.getAllByRole('tab').map((t) => (t.textContent || '').trim())).toEqual(['よくある質問', '運用ナレッジ', 'レビュー']);
    fireEvent.click(screen.getByRole('tab', { name: '運用ナレッジ' }));
    fireEvent.click(await screen.findByText('夜間バッチ再実行'));
    expect(screen.getByText(/事業者: midori-systems/)).toBeTruthy();
  });

  test('the reviewer view lists due entries with their state and marks one reviewed', async () => {
    const faq = source(FAQ, { read: true, edit: true });
    renderKb(faq, source([], { read: false, edit: false }));
    fireEvent.click(await screen.findByRole('tab', { name: 'レビュー' }));
    // 2026-11-25: VPN (2026-10-01) is 55 days overdue → past the 30-day grace; password (12-01) due soon; printer not listed.
    expect(await screen.findByText('猶予切れ（次回の処理で非公開）')).toBeTruthy();
    expect(screen.getByText('期限前')).toBeTruthy();
    expect(screen.queryByText('プリンタで印刷できない')).toBeNull();
    fireEvent.click(screen.getAllByText('レビュー済みにする')[0]);
    expect(await screen.findByText('レビュー済みにしました。次回のレビュー期限は 2027/05/24 です。')).toBeTruthy();
    expect(faq.reviewed).toEqual([3]);
  });
});
