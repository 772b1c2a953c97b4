/** One 「役に立ちましたか」 vote as stored in the feedback list. */
export interface IFeedbackVote {
  id: number;
  faqId: number;
  helpful: boolean;
  /** Already folded into the FAQ's counters. */
  counted: boolean;
}

export interface IHelpfulCounts {
  helpfulYes: number;
  helpfulNo: number;
}

export interface IFeedbackFold {
  /** New totals per FAQ id, for the FAQs that received votes. */
  totals: Record<number, IHelpfulCounts>;
  /** Votes to mark as counted once the totals are saved. */
  countedVoteIds: number[];
}

/**
 * Folds uncounted votes into the FAQ counters. The notifier runs it with elevated rights because readers cannot
 * edit the FAQ: it saves each FAQ's totals (with its ETag), then marks `countedVoteIds` counted. Counted votes are
 * skipped, so a re-run after a completed pass changes nothing.
 */
export function foldFeedback(votes: ReadonlyArray<IFeedbackVote>, current: (faqId: number) => IHelpfulCounts): IFeedbackFold {
  const totals: Record<number, IHelpfulCounts> = {};
  const countedVoteIds: number[] = [];
  for (const vote of votes) {
    if (vote.counted) continue;
    if (!totals[vote.faqId]) {
      const base = current(vote.faqId);
      totals[vote.faqId] = { helpfulYes: base.helpfulYes || 0, helpfulNo: base.helpfulNo || 0 };
    }
    if (vote.helpful) totals[vote.faqId].helpfulYes++;
    else totals[vote.faqId].helpfulNo++;
    countedVoteIds.push(vote.id);
  }
  return { totals, countedVoteIds };
}

/** Share of helpful votes, 0–100, or undefined before anyone voted. */
export function helpfulPercent(counts: IHelpfulCounts): number | undefined {
  const total = (counts.helpfulYes || 0) + (counts.helpfulNo || 0);
  return total === 0 ? undefined : Math.round(((counts.helpfulYes || 0) * 100) / total);
}
