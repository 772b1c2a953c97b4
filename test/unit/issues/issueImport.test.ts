import { guessMapping, ownerTexts, parseImportDate, validateImportRows } from '../../../src/data/issues';
import { readWorkbook } from '../../../src/webparts/issueRegister/xlsx';
import { buildIssueWorkbook, FIXTURE_ROWS } from '../../fixtures/issues/issueWorkbook';

const NOW = new Date('2026-05-01T01:00:00Z');
const OWNERS = {
  'tanaka.sho@midori-systems.example': { id: 6, title: '田中 翔' },
  '鈴木 一郎': { id: 4, title: '鈴木 一郎' },
  'sato.hanako@midoriku.example': { id: 2, title: '佐藤 花子' },
  'nobody@example.invalid': undefined
};

describe('import of an Excel 課題管理一覧 (fixture workbook generated with exceljs)', () => {
  test('headers of a ward ledger map onto the register by alias', async () => {
    const sheet = await readWorkbook(await buildIssueWorkbook());
    expect(guessMapping(sheet.headers)).toEqual({ title: 1, description: 2, area: 3, priority: 4, owner: 5, dueDate: 6, policy: 7, status: 8 });
    expect(ownerTexts(sheet, guessMapping(sheet.headers)).sort()).toEqual(Object.keys(OWNERS).sort());
  });

  test('every row is either ready to import or rejected with its reason; blank rows are skipped', async () => {
    const sheet = await readWorkbook(await buildIssueWorkbook());
    const results = validateImportRows(sheet, guessMapping(sheet.headers), { owners: OWNERS }, NOW);
    const byRow = new Map(results.map((r) => [r.rowNumber, r]));
    expect(results.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 9]);
    expect(byRow.get(FIXTURE_ROWS.blank)).toBeUndefined();

    const good = results.filter((r) => r.ok).map((r) => (r.ok ? r.issue : undefined));
    expect(good).toEqual([
      expect.objectContaining({ title: '帳票出力が遅い', area: 'dedicatedArea', priority: 'high', owner: OWNERS['tanaka.sho@midori-systems.example'], dueDate: '2026-06-30', status: 'inProgress', policy: 'SQLのチューニングを検討' }),
      expect.objectContaining({ title: '庁内回線の瞬断', area: 'network', priority: 'medium', owner: OWNERS['鈴木 一郎'], dueDate: '2026-06-15', status: 'open' }),
      // An overdue issue of an existing ledger is imported (due date in the past, 和暦).
      expect.objectContaining({ title: 'VDIログイン不可の端末がある', area: 'devices', dueDate: '2026-04-10' })
    ]);

    const reasons = (row: number): string[] => {
      const r = byRow.get(row);
      return r && !r.ok ? r.reasons.map((m) => m.ja) : [];
    };
    expect(reasons(FIXTURE_ROWS.missingOwner)).toEqual(['担当者を入力してください。']);
    expect(reasons(FIXTURE_ROWS.invalidDate)).toEqual(['期限「2026/02/30」は日付として読み取れません（例: 2026/04/01）。']);
    expect(reasons(FIXTURE_ROWS.duplicate)).toEqual(['3行目と件名が重複しています。']);
    expect(reasons(FIXTURE_ROWS.unknownOwner)).toEqual(['担当者「nobody@example.invalid」が SharePoint のユーザーとして見つかりません。']);
  });

  test('dates: Excel dates, serials, slashes, 年月日 and 和暦; impossible dates are refused', () => {
    expect(parseImportDate(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(parseImportDate(46027)).toBe('2026-01-05');
    expect(parseImportDate('2026/1/5')).toBe('2026-01-05');
    expect(parseImportDate('２０２６年１月５日')).toBe('2026-01-05');
    expect(parseImportDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseImportDate('R8.1.5')).toBe('2026-01-05');
    expect(parseImportDate('2026/13/01')).toBeUndefined();
    expect(parseImportDate('来週')).toBeUndefined();
  });
});
