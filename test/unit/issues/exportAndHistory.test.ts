import { buildIssueHistory, exportIssues, IIssueRecord, IIssueVersion, rolesFromGroupTitles } from '../../../src/data/issues';
import { IIssue, IProposal } from '../../../src/domain';

function issue(patch: Partial<IIssue> = {}): IIssue {
  return {
    id: 12, title: '帳票出力が遅い', area: 'dedicatedArea', status: 'inProgress', priority: 'high', owner: { id: 6, title: '田中 翔' },
    dueDate: '2026-06-30', policy: 'SQLを見直す', raisedBy: { id: 2, title: '' }, raisedAt: '2026-05-01T00:00:00Z', proposals: [], ...patch
  };
}

describe('export of a view to a sheet with Japanese headers', () => {
  test('column titles are the schema\'s, values are labels and slashed dates, in the view\'s order', () => {
    const records: IIssueRecord[] = [{ issue: issue(), progress: '調査中' }, { issue: issue({ id: 13, title: '回線の瞬断', area: 'network', status: 'open', priority: 'medium', policy: undefined }) }];
    const sheet = exportIssues(records, 'ja', '状態別');
    expect(sheet.headers).toEqual(['ID', '件名', '課題発生個所', '状態', '優先度', '担当者', '期限', '対応方針', '対応状況']);
    expect(sheet.rows[0]).toEqual([12, '帳票出力が遅い', '単独利用領域に構築するシステム', '対応中', '高', '田中 翔', '2026/06/30', 'SQLを見直す', '調査中']);
    expect(sheet.rows[1][2]).toBe('回線');
    expect(exportIssues(records, 'en', 'By status').headers.slice(0, 4)).toEqual(['ID', 'Subject', 'Where it arose', 'Status']);
  });

  test('the meeting view adds what changed and the values at the meeting', () => {
    const i = issue();
    const sheet = exportIssues([{ issue: i }], 'ja', '前回定例会以降', [{ issue: i, changes: ['ownerChanged', 'dueChanged'], ownerAtMeeting: { id: 4, title: '鈴木 一郎' }, dueAtMeeting: '2026-05-31' }]);
    expect(sheet.headers.slice(-2)).toEqual(['前回定例会以降', '定例会時点']);
    expect(sheet.rows[0].slice(-2)).toEqual(['担当者変更、期限変更', '担当者: 鈴木 一郎、期限: 2026/05/31']);
  });
});

describe('history in Japanese from versions and proposals', () => {
  test('who changed what from what to what, who proposed and who agreed, in time order', () => {
    const versions: IIssueVersion[] = [
      { label: '2.0', at: '2026-05-13T02:00:00Z', editor: { id: 2, title: '佐藤 花子' }, ownerId: 6, dueDate: '2026-06-30', status: 'inProgress' },
      { label: '1.0', at: '2026-05-01T00:00:00Z', editor: { id: 2, title: '佐藤 花子' }, ownerId: 6, dueDate: '2026-05-29', status: 'inProgress' }
    ];
    const proposal: IProposal = {
      id: '31', issueId: 12, field: 'dueDate', proposedValue: '2026-06-30', reason: '改修待ち', proposer: { id: 6, title: '' }, proposedAt: '2026-05-12T00:00:00Z',
      status: 'approved', decidedBy: { id: 2, title: '佐藤 花子' }, decidedAt: '2026-05-13T02:00:00Z'
    };
    const lines = buildIssueHistory(versions, [proposal], [], (id) => (id === 6 ? '田中 翔' : undefined)).map((h) => h.text.ja);
    expect(lines).toEqual([
      '佐藤 花子 が課題を起票しました。',
      '田中 翔 が期限の変更（「2026/06/30」へ）を申請しました。理由: 改修待ち',
      '佐藤 花子 が期限を「2026/05/29」から「2026/06/30」に変更しました。',
      '佐藤 花子 が期限の変更（「2026/06/30」へ）を承認しました。'
    ]);
  });
});

describe('roles from the opsdesk group titles (what the UI offers; SharePoint decides)', () => {
  test('ICT center, department, vendor and CSP groups by their title', () => {
    expect(rolesFromGroupTitles(['opsdesk ICTセンター', 'opsdesk 事業者 みどりシステムズ株式会社', 'opsdesk Members'])).toEqual(['ictCenter', 'vendor']);
    expect(rolesFromGroupTitles(['opsdesk 業務所管課'])).toEqual(['department']);
    expect(rolesFromGroupTitles(['opsdesk CSP'])).toEqual(['csp']);
  });
});
