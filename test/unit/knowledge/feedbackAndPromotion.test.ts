import { foldFeedback, helpfulPercent, promoteInquiryToFaq } from '../../../src/domain/knowledge';

describe('foldFeedback (run by the notifier)', () => {
  test('adds uncounted votes to the current counters and lists the votes to mark counted', () => {
    const current: Record<number, { helpfulYes: number; helpfulNo: number }> = { 10: { helpfulYes: 4, helpfulNo: 1 }, 11: { helpfulYes: 0, helpfulNo: 0 } };
    const fold = foldFeedback(
      [
        { id: 1, faqId: 10, helpful: true, counted: false },
        { id: 2, faqId: 10, helpful: false, counted: false },
        { id: 3, faqId: 10, helpful: true, counted: true },
        { id: 4, faqId: 11, helpful: true, counted: false }
      ],
      (id) => current[id]
    );
    expect(fold.totals).toEqual({ 10: { helpfulYes: 5, helpfulNo: 2 }, 11: { helpfulYes: 1, helpfulNo: 0 } });
    expect(fold.countedVoteIds).toEqual([1, 2, 4]);
  });

  test('a second run over the same votes, now counted, changes nothing', () => {
    const fold = foldFeedback([{ id: 1, faqId: 10, helpful: true, counted: true }], () => ({ helpfulYes: 5, helpfulNo: 2 }));
    expect(fold).toEqual({ totals: {}, countedVoteIds: [] });
  });

  test('helpful percentage, undefined before any vote', () => {
    expect(helpfulPercent({ helpfulYes: 5, helpfulNo: 2 })).toBe(71);
    expect(helpfulPercent({ helpfulYes: 0, helpfulNo: 0 })).toBeUndefined();
  });
});

describe('promoteInquiryToFaq', () => {
  const owner = { id: 5, title: '佐藤 花子' };
  const inquiry = { id: 42, subject: ' 住民票の印刷が遅い ', category: 'howTo' as const, status: 'resolved' as const, systemId: 3 };

  test('an answered inquiry becomes a draft FAQ that keeps the link, owned by the promoter', () => {
    const r = promoteInquiryToFaq(inquiry, '<p>印刷キューを確認してください。</p>', owner, '2026-11-25');
    expect(r).toEqual({
      ok: true,
      value: {
        question: '住民票の印刷が遅い',
        answer: '<p>印刷キューを確認してください。</p>',
        category: '操作方法',
        tags: [],
        systemId: 3,
        sourceInquiryId: 42,
        owner,
        status: 'draft',
        reviewCycleDays: 180,
        lastReviewed: '2026-11-25',
        nextReview: '2027-05-24'
      }
    });
  });

  test('the draft carries the vendor that answered the inquiry: that vendor keeps the FAQ entry up (the FAQ\'s item permissions follow it)', () => {
    const r = promoteInquiryToFaq({ ...inquiry, vendorKey: 'midori-systems' }, '<p>a</p>', owner, '2026-11-25');
    expect(r.ok && r.value.vendorKey).toBe('midori-systems');
    const none = promoteInquiryToFaq(inquiry, '<p>a</p>', owner, '2026-11-25');
    expect(none.ok && 'vendorKey' in none.value).toBe(false);
  });

  test('refuses an unanswered inquiry or an empty answer, in Japanese and English', () => {
    const r1 = promoteInquiryToFaq({ ...inquiry, status: 'assigned' }, 'x', owner, '2026-11-25');
    expect(r1.ok === false && r1.code).toBe('notAnswered');
    const r2 = promoteInquiryToFaq(inquiry, '<p> </p>', owner, '2026-11-25');
    expect(r2.ok === false && r2.message.ja).toBe('回答が空のためFAQにできません。');
    const r3 = promoteInquiryToFaq(inquiry, '<p>a</p>', owner, '2026-11-25', { question: '  ' });
    expect(r3.ok === false && [r3.code, r3.message.en]).toEqual(['emptyQuestion', 'Enter the question.']);
    const r4 = promoteInquiryToFaq(inquiry, '<p>a</p>', owner, '2026-11-25', { category: '' });
    expect(r4.ok === false && [r4.code, r4.message.ja]).toEqual(['emptyCategory', 'カテゴリを入力してください。']);
  });

  test('the promoter may reword the question and recategorize; the review cycle sets the next review', () => {
    const r = promoteInquiryToFaq(inquiry, '<p>a</p>', owner, '2026-11-25', { question: ' 印刷が遅いときは？ ', category: ' 帳票 ', reviewCycleDays: 30 });
    expect(r.ok && r.value).toMatchObject({ question: '印刷が遅いときは？', category: '帳票', sourceInquiryId: 42, reviewCycleDays: 30, lastReviewed: '2026-11-25', nextReview: '2026-12-25' });
  });
});
