import { IUserRef } from '../entities/userRef';
import { dateKeyOfDayNumber, dayNumberOfDateKey } from '../time/jst';
import { ILocalizedText } from '../vocabulary/localizedText';
import { KnowledgeStatus } from '../vocabulary/knowledgeStatus';

/** The two knowledge lists of §18: the public FAQ and the operator knowledge. */
export type KnowledgeListKey = 'faq' | 'knowledge';

/** How review is enforced (§18-2 定期的なナレッジの見直し、不要ナレッジの削除). Days are calendar days in JST. */
export interface IKnowledgeReviewPolicy {
  /** The owner is first reminded this many days before the review date. */
  reminderLeadDays: number;
  /** After the review date, the entry stays published this many days; then it is unpublished. */
  graceDays: number;
}

export const DEFAULT_KNOWLEDGE_REVIEW_POLICY: IKnowledgeReviewPolicy = { reminderLeadDays: 14, graceDays: 30 };

/** What the review rules need of an FAQ or knowledge entry. */
export interface IReviewSubject {
  listKey: KnowledgeListKey;
  id: number;
  title: string;
  status: KnowledgeStatus;
  owner?: IUserRef;
  /** 'YYYY-MM-DD'. */
  lastReviewed?: string;
  reviewCycleDays: number;
  /** 'YYYY-MM-DD'; when set it wins over lastReviewed + cycle (an owner may agree an earlier or later date). */
  nextReview?: string;
  /** 'YYYY-MM-DD' the entry was created; the cycle starts there when it was never reviewed. */
  createdOn?: string;
}

/** The audit log row written when the service changes an entry with elevated rights. */
export interface IAuditEntry {
  /** Short summary (the audit list's Title). */
  summary: string;
  listKey: string;
  itemId: number;
  action: string;
  actor: string;
  detail: string;
  /** ISO 8601 instant. */
  at: string;
}

/** A reminder the notifier sends once: `key` is the delivery key its notification log deduplicates on. */
export interface IOwnerReminder {
  key: string;
  recipient?: IUserRef;
  subject: ILocalizedText;
  body: ILocalizedText;
}

export type KnowledgeReviewDecision =
  | { kind: 'none'; dueDate?: string }
  | { kind: 'remind'; stage: 'upcoming' | 'overdue'; dueDate: string; unpublishOn: string; reminder: IOwnerReminder }
  | {
      kind: 'unpublish';
      dueDate: string;
      daysOverdue: number;
      /** What to write to the entry (field keys of the FAQ/knowledge schema). */
      update: { status: 'unpublished'; unpublishedReason: string };
      reason: ILocalizedText;
      audit: IAuditEntry;
      reminder: IOwnerReminder;
    };

/** The service account name written to the audit log for automatic actions. */
export const NOTIFIER_ACTOR = 'opsdesk notifier';

export function addDays(dateKey: string, days: number): string {
  const n = dayNumberOfDateKey(dateKey);
  if (n === undefined) throw new RangeError('Invalid date: ' + dateKey);
  return dateKeyOfDayNumber(n + days);
}

export function daysBetween(from: string, to: string): number {
  const a = dayNumberOfDateKey(from);
  const b = dayNumberOfDateKey(to);
  if (a === undefined || b === undefined) throw new RangeError('Invalid date: ' + from + ' / ' + to);
  return b - a;
}

function slash(dateKey: string): string {
  return dateKey.replace(/-/g, '/');
}

/**
 * The date an entry is due for review: the agreed next review date, else last review + cycle, else creation +
 * cycle; undefined when none is known (such an entry gets a date from `markReviewed` or the form).
 */
export function reviewDueDate(subject: Pick<IReviewSubject, 'nextReview' | 'lastReviewed' | 'createdOn' | 'reviewCycleDays'>): string | undefined {
  if (subject.nextReview) return subject.nextReview;
  const start = subject.lastReviewed || subject.createdOn;
  return start ? addDays(start, Math.max(1, subject.reviewCycleDays)) : undefined;
}

/** The values an owner's review writes: reviewed today, next review one cycle later. */
export function markReviewed(reviewCycleDays: number, today: string): { lastReviewed: string; nextReview: string } {
  return { lastReviewed: today, nextReview: addDays(today, Math.max(1, reviewCycleDays)) };
}

const LIST_NAMES: Record<KnowledgeListKey, ILocalizedText> = {
  faq: { ja: 'よくある質問', en: 'FAQ' },
  knowledge: { ja: '運用ナレッジ', en: 'operator knowledge' }
};

/** Why an entry was unpublished, in the words stored on the entry and shown to its owner. */
export function autoUnpublishReason(dueDate: string, graceDays: number, today: string): ILocalizedText {
  return {
    ja:
      `レビュー期限 ${slash(dueDate)} から ${graceDays} 日の猶予期間内に見直しが行われなかったため、${slash(today)} に自動的に非公開にしました。` +
      '内容を確認して最終レビュー日を更新すると、再公開できます。',
    en:
      `Not reviewed within the ${graceDays}-day grace period after its review date ${dueDate}, so it was unpublished automatically on ${today}. ` +
      'Review it and update the last reviewed date to publish it again.'
  };
}

/**
 * What the notifier does today about one entry: nothing, remind the owner (once before the review date and once
 * when it has passed), or unpublish it after the grace period with a reason, an audit row and a notice. Only
 * published entries are enforced; drafts and unpublished entries are outside the readers' view already.
 */
export function decideKnowledgeReview(
  subject: IReviewSubject,
  today: string,
  policy: IKnowledgeReviewPolicy = DEFAULT_KNOWLEDGE_REVIEW_POLICY,
  now: Date = new Date()
): KnowledgeReviewDecision {
  const dueDate = reviewDueDate(subject);
  if (subject.status !== 'published' || !dueDate) return { kind: 'none', dueDate };
  const overdue = daysBetween(dueDate, today);
  const unpublishOn = addDays(dueDate, policy.graceDays + 1);
  const list = LIST_NAMES[subject.listKey];
  if (overdue > policy.graceDays) {
    const reason = autoUnpublishReason(dueDate, policy.graceDays, today);
    return {
      kind: 'unpublish',
      dueDate,
      daysOverdue: overdue,
      update: { status: 'unpublished', unpublishedReason: reason.ja },
      reason,
      audit: {
        summary: `${list.ja}「${subject.title}」を自動的に非公開にしました`,
        listKey: subject.listKey,
        itemId: subject.id,
        action: 'knowledgeAutoUnpublished',
        actor: NOTIFIER_ACTOR,
        detail: JSON.stringify({ dueDate, graceDays: policy.graceDays, daysOverdue: overdue, owner: subject.owner ? subject.owner.title : undefined, reason: reason.ja }),
        at: now.toISOString()
      },
      reminder: {
        key: `knowledgeUnpublished|${subject.listKey}|${subject.id}|${dueDate}`,
        recipient: subject.owner,
        subject: { ja: `【非公開】${list.ja}「${subject.title}」`, en: `[Unpublished] ${list.en} "${subject.title}"` },
        body: reason
      }
    };
  }
  if (overdue >= 0) {
    return {
      kind: 'remind',
      stage: 'overdue',
      dueDate,
      unpublishOn,
      reminder: {
        key: `knowledgeReview|${subject.listKey}|${subject.id}|${dueDate}|overdue`,
        recipient: subject.owner,
        subject: { ja: `【レビュー期限超過】${list.ja}「${subject.title}」`, en: `[Review overdue] ${list.en} "${subject.title}"` },
        body: {
          ja: `レビュー期限 ${slash(dueDate)} を過ぎています。${slash(unpublishOn)} までに見直されない場合、自動的に非公開になります。`,
          en: `The review date ${dueDate} has passed. Unless it is reviewed, it will be unpublished automatically on ${unpublishOn}.`
        }
      }
    };
  }
  if (-overdue <= policy.reminderLeadDays) {
    return {
      kind: 'remind',
      stage: 'upcoming',
      dueDate,
      unpublishOn,
      reminder: {
        key: `knowledgeReview|${subject.listKey}|${subject.id}|${dueDate}|upcoming`,
        recipient: subject.owner,
        subject: { ja: `【レビュー依頼】${list.ja}「${subject.title}」`, en: `[Review due] ${list.en} "${subject.title}"` },
        body: {
          ja: `レビュー期限は ${slash(dueDate)} です。内容を確認し、最終レビュー日を更新してください。`,
          en: `It is due for review on ${dueDate}. Check it and update the last reviewed date.`
        }
      }
    };
  }
  return { kind: 'none', dueDate };
}

export type ReviewState = 'upcoming' | 'overdue' | 'graceExpired' | 'noDate';

export interface IReviewQueueEntry<T extends IReviewSubject> {
  subject: T;
  dueDate?: string;
  /** Negative before the review date. */
  daysOverdue?: number;
  state: ReviewState;
}

/**
 * The reviewer view: entries due within the lead time, overdue, or without any review date, most urgent first.
 * Drafts are included (a draft also needs an owner's attention); unpublished entries are not.
 */
export function reviewQueue<T extends IReviewSubject>(
  subjects: ReadonlyArray<T>,
  today: string,
  policy: IKnowledgeReviewPolicy = DEFAULT_KNOWLEDGE_REVIEW_POLICY
): IReviewQueueEntry<T>[] {
  const out: IReviewQueueEntry<T>[] = [];
  for (const subject of subjects) {
    if (subject.status === 'unpublished') continue;
    const dueDate = reviewDueDate(subject);
    if (!dueDate) {
      out.push({ subject, state: 'noDate' });
      continue;
    }
    const daysOverdue = daysBetween(dueDate, today);
    if (daysOverdue < -policy.reminderLeadDays) continue;
    const state: ReviewState = daysOverdue > policy.graceDays ? 'graceExpired' : daysOverdue >= 0 ? 'overdue' : 'upcoming';
    out.push({ subject, dueDate, daysOverdue, state });
  }
  return out.sort((a, b) => {
    if (a.dueDate === undefined) return b.dueDate === undefined ? a.subject.id - b.subject.id : -1;
    if (b.dueDate === undefined) return 1;
    return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.subject.id - b.subject.id;
  });
}
