import { decideKnowledgeReview, foldFeedback, IKnowledgeReviewPolicy, IOwnerReminder, KnowledgeListKey, DEFAULT_KNOWLEDGE_REVIEW_POLICY } from '../../domain/knowledge';
import { jstDateKey } from '../../domain/time';
import { AuditLogList, FaqList } from '../../schema';
import { SchemaListRepository } from '../SchemaListRepository';
import { SPFI } from '../pnp';
import { FeedbackRepository } from './FeedbackRepository';
import { KnowledgeRepository, Sanitize } from './KnowledgeRepository';

/** What one maintenance pass did, and the owner reminders the caller (the notifier) sends once by their keys. */
export interface IKnowledgeMaintenanceReport {
  reminders: IOwnerReminder[];
  unpublished: Array<{ listKey: KnowledgeListKey; id: number }>;
  faqsCounted: number;
  votesCounted: number;
}

/**
 * The service side of §18, for the notifier's sweep (app-only rights): review reminders and auto-unpublish for both
 * lists, and the 「役に立ちましたか」 votes folded into the FAQ counters. Every write on the FAQ is approved right
 * away (the list has content approval; a pending service write would leave staff on the old version). Safe to
 * re-run: unpublished entries are no longer candidates, counted votes are skipped, reminders carry delivery keys.
 */
export async function runKnowledgeMaintenance(
  sp: SPFI,
  webServerRelativeUrl: string,
  now: Date,
  policy: IKnowledgeReviewPolicy = DEFAULT_KNOWLEDGE_REVIEW_POLICY,
  sanitize: Sanitize = (html) => html
): Promise<IKnowledgeMaintenanceReport> {
  const today = jstDateKey(now);
  const report: IKnowledgeMaintenanceReport = { reminders: [], unpublished: [], faqsCounted: 0, votesCounted: 0 };
  const audit = new SchemaListRepository(sp, webServerRelativeUrl, AuditLogList);

  for (const listKey of ['faq', 'knowledge'] as KnowledgeListKey[]) {
    const repo = new KnowledgeRepository(sp, webServerRelativeUrl, listKey, sanitize);
    for (const article of await repo.reviewCandidates(today, policy.reminderLeadDays)) {
      const decision = decideKnowledgeReview(article, today, policy, now);
      if (decision.kind === 'remind') report.reminders.push(decision.reminder);
      if (decision.kind !== 'unpublish') continue;
      await repo.update(article, { ...article, status: decision.update.status, unpublishedReason: decision.update.unpublishedReason });
      if (listKey === 'faq') await repo.approve(article.id, decision.reason.ja);
      const a = decision.audit;
      await audit.add({ listKey: a.listKey, itemId: a.itemId, action: a.action, actor: a.actor, detail: a.detail, at: a.at }, a.summary.slice(0, 255));
      report.unpublished.push({ listKey, id: article.id });
      report.reminders.push(decision.reminder);
    }
  }

  const feedback = new FeedbackRepository(sp, webServerRelativeUrl);
  const votes = await feedback.uncounted(5000);
  if (votes.length) {
    const faq = new SchemaListRepository(sp, webServerRelativeUrl, FaqList);
    const faqRepo = new KnowledgeRepository(sp, webServerRelativeUrl, 'faq', sanitize);
    const current: Record<number, { helpfulYes: number; helpfulNo: number; etag?: string; approved: boolean }> = {};
    for (const id of votes.map((v) => v.faqId).filter((id, i, all) => all.indexOf(id) === i)) {
      const item = await faq.get(id, ['helpfulYes', 'helpfulNo']);
      const status = await faqRepo.moderationStatus(id);
      current[id] = { helpfulYes: Number(item.values.helpfulYes) || 0, helpfulNo: Number(item.values.helpfulNo) || 0, etag: item.etag, approved: status === 0 || status === undefined };
    }
    const fold = foldFeedback(votes, (id) => current[id]);
    for (const key of Object.keys(fold.totals)) {
      const id = Number(key);
      await faq.update(id, current[id].etag || '*', { helpfulYes: fold.totals[id].helpfulYes, helpfulNo: fold.totals[id].helpfulNo });
      // Re-approve only what was approved: an owner's edit waiting for review must not be published by a counter.
      if (current[id].approved) await faqRepo.approve(id);
      report.faqsCounted++;
    }
    await feedback.markCounted(fold.countedVoteIds);
    report.votesCounted = fold.countedVoteIds.length;
  }
  return report;
}
