import { IUserRef } from '../entities/userRef';
import { dayNumberOfDateKey } from '../time/jst';
import { DocumentStatus } from '../vocabulary/documentStatus';
import { IAuditEntry, IOwnerReminder, addDays, daysBetween } from '../knowledge/reviewSchedule';
import { IDocumentRequirement, outstanding, requirementKey } from './requirements';

export type { IAuditEntry, IOwnerReminder };

export interface IDocumentReminderPolicy {
  /** Owners of documents with pending updates are reminded every this many days. */
  pendingIntervalDays: number;
  /** Owners are reminded this many days before the next review date (the register's "review due" view uses the same). */
  reviewLeadDays: number;
}

export const DEFAULT_DOCUMENT_REMINDER_POLICY: IDocumentReminderPolicy = { pendingIntervalDays: 7, reviewLeadDays: 30 };

/** What the reminder rules need of a register entry. */
export interface IRemindableDocument {
  id: number;
  number: string;
  title: string;
  status: DocumentStatus;
  owner?: IUserRef;
  /** 'YYYY-MM-DD'. */
  nextReview?: string;
  requirements: ReadonlyArray<IDocumentRequirement>;
}

function slash(dateKey: string): string {
  return dateKey.replace(/-/g, '/');
}

/**
 * Today's reminders for one document's owner: a pending-update reminder every `pendingIntervalDays` while a
 * change or incident still waits for its revision, and a review reminder once before and once on/after the next
 * review date. Each has a delivery key, so sending twice on the same day (or period) is the notifier's no-op.
 * Obsolete documents are never reminded about.
 */
export function decideDocumentReminders(
  doc: IRemindableDocument,
  today: string,
  policy: IDocumentReminderPolicy = DEFAULT_DOCUMENT_REMINDER_POLICY
): IOwnerReminder[] {
  if (doc.status === 'obsolete') return [];
  const reminders: IOwnerReminder[] = [];
  const open = outstanding(doc.requirements);
  if (open.length > 0) {
    const keys = open.map((r) => requirementKey(r.ref));
    // Periods start on a Monday (day 4 of the epoch, 1970-01-05), so a weekly reminder goes out once per work week.
    const period = Math.floor(((dayNumberOfDateKey(today) || 0) - 4) / Math.max(1, policy.pendingIntervalDays));
    reminders.push({
      key: `documentUpdatePending|${doc.id}|${keys.join(',')}|${period}`,
      recipient: doc.owner,
      subject: { ja: `【文書更新待ち】${doc.number} ${doc.title}`, en: `[Update pending] ${doc.number} ${doc.title}` },
      body: {
        ja: `次の変更・障害対応に伴う文書の更新が完了していません: ${keys.join('、')}。新しい版をアップロードすると、変更管理を完了できるようになります。`,
        en: `This document still needs the update required by: ${keys.join(', ')}. Upload the new version so the change can complete.`
      }
    });
  }
  if (doc.nextReview) {
    const overdue = daysBetween(doc.nextReview, today);
    if (overdue >= -policy.reviewLeadDays) {
      const stage = overdue >= 0 ? 'overdue' : 'upcoming';
      reminders.push({
        key: `documentReview|${doc.id}|${doc.nextReview}|${stage}`,
        recipient: doc.owner,
        subject:
          stage === 'overdue'
            ? { ja: `【見直し期限超過】${doc.number} ${doc.title}`, en: `[Review overdue] ${doc.number} ${doc.title}` }
            : { ja: `【見直し依頼】${doc.number} ${doc.title}`, en: `[Review due] ${doc.number} ${doc.title}` },
        body: {
          ja: `次回見直し日は ${slash(doc.nextReview)} です。内容を確認し、見直し後に次回見直し日を更新してください。`,
          en: `The next review date is ${doc.nextReview}. Review the document, then set the next review date.`
        }
      });
    }
  }
  return reminders;
}

/** The register's "review due" rule, the same window the schema's view uses. */
export function isReviewDue(doc: Pick<IRemindableDocument, 'nextReview' | 'status'>, today: string, leadDays: number = DEFAULT_DOCUMENT_REMINDER_POLICY.reviewLeadDays): boolean {
  return doc.status !== 'obsolete' && !!doc.nextReview && doc.nextReview <= addDays(today, leadDays);
}
