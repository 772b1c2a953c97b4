import { validateNewInquiry, validateNewIssue, validateProposal } from '../../../src/domain/validation';
import { makeIssue, users } from './fixtures';

// 2026-06-09 23:30 UTC is already 2026-06-10 08:30 in Tokyo.
const now = new Date('2026-06-09T23:30:00Z');

const validIssue = {
  title: '帳票出力が遅い',
  area: 'dedicatedArea',
  owner: users.vendorA,
  dueDate: '2026-06-30',
};

describe('validateNewIssue', () => {
  test('a complete issue passes, trimmed, with medium priority by default', () => {
    const result = validateNewIssue({ ...validIssue, title: '  帳票出力が遅い  ' }, now);
    expect(result).toEqual({ ok: true, value: { ...validIssue, priority: 'medium' } });
  });

  test('owner and due date are required (§8), with natural Japanese messages', () => {
    const result = validateNewIssue({ title: '件名', area: 'network' }, now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).toEqual(['owner', 'dueDate']);
      expect(result.errors[0].message).toEqual({ ja: '担当者を入力してください。', en: 'Enter an owner.' });
      expect(result.errors[1].message.ja).toBe('期限を入力してください。');
    }
  });

  test('the due date is judged against today in Tokyo, not in UTC', () => {
    const yesterdayJst = validateNewIssue({ ...validIssue, dueDate: '2026-06-09' }, now);
    expect(!yesterdayJst.ok && yesterdayJst.errors[0].code).toBe('dateInPast');
    expect(!yesterdayJst.ok && yesterdayJst.errors[0].message.ja).toBe('期限に過去の日付は指定できません。');
    expect(validateNewIssue({ ...validIssue, dueDate: '2026-06-10' }, now).ok).toBe(true);
  });

  test('malformed dates, unknown areas and over-long titles are reported together', () => {
    const result = validateNewIssue({ ...validIssue, title: 'あ'.repeat(256), area: '回線', dueDate: '2026-02-30' }, now);
    expect(!result.ok && result.errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'tooLong'],
      ['area', 'invalidChoice'],
      ['dueDate', 'invalidDate'],
    ]);
    expect(!result.ok && result.errors[0].message.ja).toBe('件名は255文字以内で入力してください。');
    expect(validateNewIssue({ ...validIssue, title: 'あ'.repeat(255) }, now).ok).toBe(true);
  });
});

describe('validateNewInquiry', () => {
  test('a complete inquiry passes', () => {
    const result = validateNewInquiry({ subject: 'ログインできない', body: 'エラーになります', category: 'fault', requester: users.staffA, serviceId: 4 });
    expect(result.ok && result.value.serviceId).toBe(4);
  });

  test('subject, body, category and requester are required', () => {
    const result = validateNewInquiry({ subject: ' ', body: '', category: undefined });
    expect(!result.ok && result.errors.map((e) => e.message.ja)).toEqual([
      '件名を入力してください。',
      '問い合わせ内容を入力してください。',
      '問い合わせ区分を選択してください。',
      '問い合わせ者を入力してください。',
    ]);
  });
});

describe('validateProposal', () => {
  test('a policy change needs a new text and a reason', () => {
    const issue = makeIssue();
    expect(validateProposal(issue, 'policy', issue.policy, '理由', now).ok).toBe(false);
    const ok = validateProposal(issue, 'policy', '  設定変更で対応する ', ' 調査の結果 ', now);
    expect(ok).toEqual({ ok: true, value: { field: 'policy', value: '設定変更で対応する', reason: '調査の結果' } });
  });

  test('an owner change needs a person', () => {
    const result = validateProposal(makeIssue(), 'owner', undefined, '担当替え', now);
    expect(!result.ok && result.errors[0].message.ja).toBe('変更後の担当者を入力してください。');
  });
});
