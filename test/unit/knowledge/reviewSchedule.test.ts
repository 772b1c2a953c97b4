import {
  decideKnowledgeReview,
  DEFAULT_KNOWLEDGE_REVIEW_POLICY,
  IReviewSubject,
  markReviewed,
  reviewDueDate,
  reviewQueue
} from '../../../src/domain/knowledge';

const owner = { id: 11, title: '佐藤 花子', email: 'sato.hanako@midoriku.example' };

function faq(over: Partial<IReviewSubject> = {}): IReviewSubject {
  return { listKey: 'faq', id: 7, title: 'パスワードを忘れた', status: 'published', owner, lastReviewed: '2026-01-10', reviewCycleDays: 90, ...over };
}

// The clock is the `today` argument: each case sets the day it runs on.
describe('review due date', () => {
  test('is last review + cycle, an agreed next review date wins, creation starts the first cycle', () => {
    expect(reviewDueDate(faq())).toBe('2026-04-10');
    expect(reviewDueDate(faq({ nextReview: '2026-03-01' }))).toBe('2026-03-01');
    expect(reviewDueDate(faq({ lastReviewed: undefined, createdOn: '2026-02-01' }))).toBe('2026-05-02');
    expect(reviewDueDate(faq({ lastReviewed: undefined }))).toBeUndefined();
  });

  test('marking reviewed today sets the next review one cycle later, across the year end', () => {
    expect(markReviewed(30, '2026-12-15')).toEqual({ lastReviewed: '2026-12-15', nextReview: '2027-01-14' });
  });
});

describe('decideKnowledgeReview (lead 14 days, grace 30 days)', () => {
  test('nothing to do long before the review date', () => {
    expect(decideKnowledgeReview(faq(), '2026-03-26')).toEqual({ kind: 'none', dueDate: '2026-04-10' });
  });

  test('reminds the owner once the lead time starts, with a delivery key per review date and stage', () => {
    const d = decideKnowledgeReview(faq(), '2026-03-27');
    expect(d.kind).toBe('remind');
    if (d.kind !== 'remind') return;
    expect(d.stage).toBe('upcoming');
    expect(d.reminder.recipient).toBe(owner);
    expect(d.reminder.key).toBe('knowledgeReview|faq|7|2026-04-10|upcoming');
    expect(d.reminder.subject.ja).toBe('【レビュー依頼】よくある質問「パスワードを忘れた」');
    expect(d.reminder.body.ja).toContain('2026/04/10');
    // the same key every day of the stage, so the notifier's log sends it once
    const later = decideKnowledgeReview(faq(), '2026-04-09');
    expect(later.kind === 'remind' && later.reminder.key).toBe(d.reminder.key);
  });

  test('on the review date and during the grace period the overdue reminder names the unpublish date', () => {
    for (const day of ['2026-04-10', '2026-05-10']) {
      const d = decideKnowledgeReview(faq(), day);
      expect(d.kind === 'remind' && d.stage).toBe('overdue');
      if (d.kind !== 'remind') return;
      expect(d.unpublishOn).toBe('2026-05-11');
      expect(d.reminder.key).toBe('knowledgeReview|faq|7|2026-04-10|overdue');
      expect(d.reminder.body.ja).toContain('2026/05/11 までに見直されない場合、自動的に非公開になります');
    }
  });

  test('the day after the grace period it unpublishes with a reason, an audit entry and a notice to the owner', () => {
    const now = new Date('2026-05-10T21:00:00Z'); // 2026-05-11 06:00 JST
    const d = decideKnowledgeReview(faq({ listKey: 'knowledge', title: '夜間バッチ再実行手順' }), '2026-05-11', DEFAULT_KNOWLEDGE_REVIEW_POLICY, now);
    expect(d.kind).toBe('unpublish');
    if (d.kind !== 'unpublish') return;
    expect(d.daysOverdue).toBe(31);
    expect(d.update).toEqual({ status: 'unpublished', unpublishedReason: d.reason.ja });
    expect(d.reason.ja).toBe(
      'レビュー期限 2026/04/10 から 30 日の猶予期間内に見直しが行われなかったため、2026/05/11 に自動的に非公開にしました。内容を確認して最終レビュー日を更新すると、再公開できます。'
    );
    expect(d.audit).toEqual({
      summary: '運用ナレッジ「夜間バッチ再実行手順」を自動的に非公開にしました',
      listKey: 'knowledge',
      itemId: 7,
      action: 'knowledgeAutoUnpublished',
      actor: 'opsdesk notifier',
      detail: JSON.stringify({ dueDate: '2026-04-10', graceDays: 30, daysOverdue: 31, owner: '佐藤 花子', reason: d.reason.ja }),
      at: '2026-05-10T21:00:00.000Z'
    });
    expect(d.reminder.key).toBe('knowledgeUnpublished|knowledge|7|2026-04-10');
  });

  test('drafts and already unpublished entries are never reminded or unpublished', () => {
    expect(decideKnowledgeReview(faq({ status: 'draft' }), '2026-09-01').kind).toBe('none');
    expect(decideKnowledgeReview(faq({ status: 'unpublished' }), '2026-09-01').kind).toBe('none');
  });

  test('a review resets the clock: the same entry reviewed on the due date is quiet again', () => {
    const reviewed = faq(markReviewed(90, '2026-04-10'));
    expect(decideKnowledgeReview(reviewed, '2026-05-11').kind).toBe('none');
  });

  test('grace and lead come from the policy', () => {
    const policy = { reminderLeadDays: 0, graceDays: 0 };
    expect(decideKnowledgeReview(faq(), '2026-04-09', policy).kind).toBe('none');
    expect(decideKnowledgeReview(faq(), '2026-04-10', policy).kind).toBe('remind');
    expect(decideKnowledgeReview(faq(), '2026-04-11', policy).kind).toBe('unpublish');
  });
});

describe('reviewQueue (the reviewer view)', () => {
  test('lists what is due soon, overdue or past grace, plus entries without a date, most urgent first', () => {
    const entries: IReviewSubject[] = [
      faq({ id: 1, nextReview: '2026-07-01' }),
      faq({ id: 2, nextReview: '2026-06-05' }),
      faq({ id: 3, nextReview: '2026-04-01' }),
      faq({ id: 4, nextReview: '2026-05-25' }),
      faq({ id: 5, lastReviewed: undefined }),
      faq({ id: 6, nextReview: '2026-04-01', status: 'unpublished' }),
      faq({ id: 7, nextReview: '2026-06-01', status: 'draft' })
    ];
    const q = reviewQueue(entries, '2026-05-28');
    expect(q.map((e) => [e.subject.id, e.state])).toEqual([
      [5, 'noDate'],
      [3, 'graceExpired'],
      [4, 'overdue'],
      [7, 'upcoming'],
      [2, 'upcoming']
    ]);
    expect(q[2].daysOverdue).toBe(3);
  });
});
