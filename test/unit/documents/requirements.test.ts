import {
  completionGate,
  decideDocumentReminders,
  formatRequirements,
  isReviewDue,
  isUpdatePending,
  parseRequirements,
  requireUpdate,
  satisfyRequirements
} from '../../../src/domain/documents';

function parsed(text: string) {
  const r = parseRequirements(text);
  if (!r.ok) throw new Error(r.message.en);
  return r.value;
}

describe('document requirements (§7 文書更新)', () => {
  test('parse and format round-trip outstanding and satisfied references', () => {
    const reqs = parsed('CHG-12; INC-3=2.0@2026-11-20\nISS-40');
    expect(reqs).toEqual([
      { ref: { kind: 'change', id: 12 } },
      { ref: { kind: 'incident', id: 3 }, satisfied: { version: '2.0', on: '2026-11-20' } },
      { ref: { kind: 'issue', id: 40 } }
    ]);
    expect(formatRequirements(reqs)).toBe('CHG-12; INC-3=2.0@2026-11-20; ISS-40');
    expect(isUpdatePending(reqs)).toBe(true);
  });

  test('a malformed reference is refused, not dropped', () => {
    const r = parseRequirements('CHG-12; 変更12');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.ja).toBe('「変更12」は変更・障害の参照として読めません（例: CHG-12、INC-3）。');
  });

  test('uploading a version satisfies the chosen requirements, or all; the flag clears when none is left', () => {
    const reqs = requireUpdate(parsed('CHG-12'), { kind: 'incident', id: 3 });
    const partly = satisfyRequirements(reqs, '3.0', '2026-11-25', [{ kind: 'change', id: 12 }]);
    expect(formatRequirements(partly)).toBe('CHG-12=3.0@2026-11-25; INC-3');
    expect(isUpdatePending(partly)).toBe(true);
    const all = satisfyRequirements(partly, '4.0', '2026-11-26');
    expect(formatRequirements(all)).toBe('CHG-12=3.0@2026-11-25; INC-3=4.0@2026-11-26');
    expect(isUpdatePending(all)).toBe(false);
  });

  test('a change completes only when every document it lists was updated for it', () => {
    const docs = [
      { id: 1, number: 'DOC-001', title: '基本設計書', requirements: parsed('CHG-12=3.0@2026-11-25') },
      { id: 2, number: 'DOC-002', title: '運用手順書', requirements: parsed('CHG-12; INC-3=1.1@2026-10-01') },
      { id: 3, number: 'DOC-003', title: '操作マニュアル', requirements: parsed('CHG-99') }
    ];
    const blocked = completionGate({ kind: 'change', id: 12 }, docs);
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) {
      expect(blocked.pending.map((d) => d.id)).toEqual([2]);
      expect(blocked.message.ja).toBe('CHG-12 は、次の文書の更新が終わるまで完了にできません: DOC-002 運用手順書');
    }
    const incident = completionGate({ kind: 'incident', id: 3 }, docs);
    expect(incident.ok && incident.value.updated.map((d) => d.id)).toEqual([2]);
  });
});

describe('document owner reminders', () => {
  const owner = { id: 9, title: '田中 翔' };
  const doc = { id: 5, number: 'DOC-005', title: '運用手順書', status: 'revising' as const, owner, nextReview: '2026-12-20', requirements: parsed('CHG-12') };

  test('a pending update reminds once per work week (the key changes on Mondays) and names the changes', () => {
    const r = decideDocumentReminders({ ...doc, nextReview: undefined }, '2026-11-25');
    expect(r).toHaveLength(1);
    expect(r[0].recipient).toBe(owner);
    expect(r[0].subject.ja).toBe('【文書更新待ち】DOC-005 運用手順書');
    expect(r[0].body.ja).toContain('CHG-12');
    const keys = ['2026-11-25', '2026-11-26', '2026-11-29', '2026-11-30', '2026-12-04'].map(
      (day) => decideDocumentReminders({ ...doc, nextReview: undefined }, day)[0].key
    );
    expect(new Set(keys).size).toBe(2);
  });

  test('review reminders start 30 days ahead and again once overdue; obsolete documents are quiet', () => {
    expect(decideDocumentReminders({ ...doc, requirements: [] }, '2026-11-19')).toEqual([]);
    const upcoming = decideDocumentReminders({ ...doc, requirements: [] }, '2026-11-20');
    expect(upcoming.map((x) => x.key)).toEqual(['documentReview|5|2026-12-20|upcoming']);
    const overdue = decideDocumentReminders({ ...doc, requirements: [] }, '2026-12-21');
    expect(overdue.map((x) => x.key)).toEqual(['documentReview|5|2026-12-20|overdue']);
    expect(decideDocumentReminders({ ...doc, status: 'obsolete' }, '2026-12-21')).toEqual([]);
    expect(isReviewDue(doc, '2026-11-20')).toBe(true);
    expect(isReviewDue(doc, '2026-11-19')).toBe(false);
  });
});
