import { ICatalog, slaContextFor } from '../../../data/catalogLookups';
import { ICurrentUser } from '../../../data/currentUser';
import { IInquiryRecord, IInquiryTexts } from '../../../data/inquiries';
import { applyInquiryAction, firstResponseDue, IClockPause, ILocalizedText, InquiryActionRequest, parseInstant } from '../../../domain';
import { promoteInquiryToFaq } from '../../../domain/knowledge';
import { jstDateKey } from '../../../domain/time';
import { IActionInput, QueueAction } from './ActionDialog';
import { IInquiryQueueServices } from './IInquiryQueueServices';

/** How an action ended: saved, refused by the domain (with its message), or refused because the item changed. */
export type ActionOutcome =
  | { kind: 'saved'; record: IInquiryRecord }
  | { kind: 'refused'; message: ILocalizedText }
  | { kind: 'stale'; latest: IInquiryRecord };

function requestOf(action: QueueAction, input: IActionInput): InquiryActionRequest {
  if (action === 'assign' || action === 'reassign') {
    const assignee = input.assignee || { id: 0, title: '' };
    return input.vendorKey !== undefined ? { type: action, assignee, vendorKey: input.vendorKey } : { type: action, assignee };
  }
  return { type: action } as InquiryActionRequest;
}

/**
 * Runs an action: the domain decides what changes (status, clock fields, pauses), the first-response due is
 * recomputed when a pause ends, and the repository writes only the changes under the ETag that was read.
 */
export async function performAction(
  action: QueueAction,
  input: IActionInput,
  record: IInquiryRecord,
  user: ICurrentUser,
  catalog: ICatalog,
  services: IInquiryQueueServices
): Promise<ActionOutcome> {
  if (action === 'promoteToFaq') {
    const faq: { question?: string; answer: string; category?: string } = input.faq || { answer: record.resolution || '' };
    // The domain decides the draft (answered inquiry, non-empty texts, review dates); the promoter owns it.
    const draft = promoteInquiryToFaq(record, faq.answer, user.user, jstDateKey(services.now()), { question: faq.question, category: faq.category });
    if (!draft.ok) return { kind: 'refused', message: draft.message };
    const result = await services.inquiries.promoteToFaq(record, draft.value);
    return result.ok ? { kind: 'saved', record: result.record } : { kind: 'stale', latest: result.latest };
  }
  const outcome = applyInquiryAction(record, requestOf(action, input), user, services.now());
  if (!outcome.ok) return { kind: 'refused', message: outcome.message };
  const after = outcome.value;
  // '' is the ICT center's own queue: no vendor.
  if (after.vendorKey === '') delete after.vendorKey;
  if (JSON.stringify(after.pauses) !== JSON.stringify(record.pauses)) {
    const sla = slaContextFor(catalog, record.serviceId);
    const pauses: IClockPause[] = after.pauses.map((p) => (p.to ? { from: parseInstant(p.from), to: parseInstant(p.to) } : { from: parseInstant(p.from) }));
    const due = firstResponseDue(parseInstant(record.receivedAt), sla.target.firstResponseMinutes, sla.calendar, pauses);
    if (due) after.firstResponseDue = due.toISOString();
  }
  const texts: IInquiryTexts = {};
  if (action === 'recordFirstResponse' && input.text !== undefined) texts.firstResponse = input.text;
  if (action === 'resolve' && input.text !== undefined) texts.resolution = input.text;
  if (action === 'askRequester' && input.text !== undefined) texts.requesterQuestion = input.text;
  const result = await services.inquiries.save(record, after, texts);
  return result.ok ? { kind: 'saved', record: result.record } : { kind: 'stale', latest: result.latest };
}
