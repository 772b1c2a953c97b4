import { searchVariants, normalizeSearchText, parseTags, plainText, rankBySearch, searchTerms, searchTextOf, serverSearchTerm } from '../../../src/domain/knowledge';

interface IEntry { id: number; q: string; a: string; tags: string[]; category?: string }
const entries: IEntry[] = [
  { id: 1, q: 'プリンタで印刷できない', a: '<p>プリンタの電源と<b>用紙</b>を確認してください。</p>', tags: ['プリンタ', '印刷'] },
  { id: 2, q: 'パスワードを忘れた', a: 'ICTセンターに連絡してください。', tags: ['アカウント'] },
  { id: 3, q: 'ＶＰＮに接続できない', a: 'パスワードの有効期限を確認してください。', tags: ['VPN'] },
  { id: 4, q: '住民記録システムの帳票', a: '帳票はプリンタ「住民課-1」から出力されます。', tags: [], category: '住民記録' }
];
const toSearchable = (e: IEntry) => ({ question: e.q, answer: plainText(e.a), tags: e.tags, category: e.category });

describe('Japanese search', () => {
  test('folds full-width letters, katakana/hiragana and case', () => {
    expect(normalizeSearchText('ＶＰＮ　パスワード')).toBe('vpn ぱすわーど');
    expect(searchTerms('ＶＰＮ　接続、vpn')).toEqual(['vpn', '接続']);
  });

  test('ranks question matches above tag and answer matches; every term must match', () => {
    expect(rankBySearch(entries, 'プリンタ', toSearchable).map((e) => e.id)).toEqual([1, 4]);
    expect(rankBySearch(entries, 'ぱすわーど', toSearchable).map((e) => e.id)).toEqual([2, 3]);
    expect(rankBySearch(entries, 'vpn 接続', toSearchable).map((e) => e.id)).toEqual([3]);
    expect(rankBySearch(entries, 'プリンタ 住民', toSearchable).map((e) => e.id)).toEqual([4]);
  });

  test('an empty query keeps every entry in the server order', () => {
    expect(rankBySearch(entries, '  ', toSearchable).map((e) => e.id)).toEqual([1, 2, 3, 4]);
  });

  test('the server term is sent in its kana and width spellings', () => {
    expect(searchVariants('ぱすわーど')).toEqual(['ぱすわーど', 'パスワード']);
    expect(searchVariants('ＶＰＮ設定')).toEqual(['ＶＰＮ設定', 'VPN設定']);
  });

  test('the server filters on the longest term as typed', () => {
    expect(serverSearchTerm('VPN　接続できない')).toBe('接続できない');
    expect(serverSearchTerm(' ')).toBeUndefined();
  });

  test('tags parse from comma, 、 or spaces; rich text becomes plain text; search text fits the column', () => {
    expect(parseTags('VPN、リモート, 在宅　VPN')).toEqual(['VPN', 'リモート', '在宅']);
    expect(plainText('<p>A&amp;B<br>次の行</p><script>x()</script>')).toBe('A&B\n次の行');
    const long = searchTextOf({ question: 'q', answer: 'あ'.repeat(400), tags: ['タグ'] });
    expect(long.length).toBe(255);
    expect(long.indexOf('タグ あ')).toBe(0);
  });
});
