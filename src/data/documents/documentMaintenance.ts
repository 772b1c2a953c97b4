import { decideDocumentReminders, DEFAULT_DOCUMENT_REMINDER_POLICY, IDocumentReminderPolicy, IOwnerReminder } from '../../domain/documents';
import { jstDateKey } from '../../domain/time';
import { SPFI } from '../pnp';
import { DocumentRegisterRepository } from './DocumentRegisterRepository';
import { collectWindowedPages } from './collectPages';

/**
 * The document register's reminders for the notifier's sweep (app-only): owners of documents waiting for an update
 * (weekly, per work week) and of documents due for review. The caller sends each once by its delivery key.
 */
export async function documentReminders(
  sp: SPFI,
  webServerRelativeUrl: string,
  now: Date,
  policy: IDocumentReminderPolicy = DEFAULT_DOCUMENT_REMINDER_POLICY
): Promise<IOwnerReminder[]> {
  const today = jstDateKey(now);
  const repo = new DocumentRegisterRepository(sp, webServerRelativeUrl);
  const seen: Record<number, boolean> = {};
  const reminders: IOwnerReminder[] = [];
  for (const view of ['updatePending', 'reviewDue'] as const) {
    for (const doc of await collectWindowedPages(await repo.page(view, today, 500))) {
      if (seen[doc.id]) continue;
      seen[doc.id] = true;
      reminders.push(...decideDocumentReminders(doc, today, policy));
    }
  }
  return reminders;
}
