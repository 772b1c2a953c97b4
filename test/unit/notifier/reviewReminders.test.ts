import { jstInstant, OFFICE_HOURS_CALENDAR } from '../../../src/domain/time';
import { AUTO_UNPUBLISH_MARK, decidePendingDocumentReminder, decideReviewReminder, weekKey } from '../../../notifier/src/core/reminders';
import type { IReviewFacts } from '../../../notifier/src/core/reminders';

const owner = { id: 6, title: '田中 翔' };
const env = { ownerCalendar: OFFICE_HOURS_CALENDAR, graceDays: 30, mail: (kind: string) => ({ subject: kind, html: '' }) };
const faq: IReviewFacts = { listKey: 'faq', id: 4, title: 'パスワードの変更方法', status: 'published', owner, nextReview: '2026-11-20' };

describe('FAQ / knowledge review (pure)', () => {
  test('nothing before the review date; the owner is reminded from it, once per review date', () => {
    expect(decideReviewReminder(faq, jstInstant('2026-11-19', '10:00'), env)).toEqual([]);
    expect(decideReviewReminder(faq, jstInstant('2026-11-20', '10:00'), env)).toEqual([
      expect.objectContaining({ type: 'mail', kind: 'reviewDue', deliveryKey: 'review|faq|4|u6|2026-11-20', to: { user: owner } })
    ]);
  });

  test('after the grace period a published entry is unpublished with the reason, audited, and its owner told', () => {
    const actions = decideReviewReminder(faq, jstInstant('2026-12-20', '03:00'), env);
    expect(actions.map((a) => a.type)).toEqual(['update', 'audit', 'mail']);
    expect(actions[0]).toMatchObject({ listKey: 'faq', itemId: 4, values: { status: '非公開' } });
    expect(String((actions[0] as { values: Record<string, unknown> }).values.unpublishedReason)).toMatch(new RegExp(`^${AUTO_UNPUBLISH_MARK}: レビュー期限\\(2026-11-20\\)から30日`));
    expect(actions[1]).toMatchObject({ type: 'audit', action: 'autoUnpublish', itemId: 4 });
    expect(actions[2]).toMatchObject({ kind: 'autoUnpublished', deliveryKey: 'unpublished|faq|4|u6|2026-11-20' });
  });

  test('once unpublished automatically only the (same-keyed) notice remains; a manual take-down notifies nobody', () => {
    const auto = { ...faq, status: 'unpublished' as const, unpublishedReason: `${AUTO_UNPUBLISH_MARK}: …` };
    expect(decideReviewReminder(auto, jstInstant('2026-12-21', '10:00'), env).map((a) => a.type)).toEqual(['mail']);
    expect(decideReviewReminder({ ...auto, unpublishedReason: '内容が古いため' }, jstInstant('2026-12-21', '10:00'), env)).toEqual([]);
    expect(decideReviewReminder({ ...faq, status: 'draft' }, jstInstant('2026-12-21', '10:00'), env)).toEqual([]);
  });
});

describe('documents with pending updates (pure)', () => {
  test('weekly reminders keyed by the JST week\'s Monday', () => {
    expect(weekKey(jstInstant('2026-11-25', '10:00'))).toBe('2026-11-23');
    expect(weekKey(jstInstant('2026-11-29', '23:59'))).toBe('2026-11-23');
    expect(weekKey(jstInstant('2026-11-30', '00:00'))).toBe('2026-11-30');
    const a = decidePendingDocumentReminder({ id: 2, title: '手順書', number: 'DOC-2', owner }, jstInstant('2026-11-25', '10:00'), { ownerCalendar: OFFICE_HOURS_CALENDAR, mail: () => ({ subject: '', html: '' }) });
    expect(a[0]).toMatchObject({ kind: 'documentPending', deliveryKey: 'docPending|documents|2|u6|2026-11-23' });
  });
});
