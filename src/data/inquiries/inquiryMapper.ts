import {
  codeFromLabel,
  IInquiry,
  INQUIRY_CATEGORY_LABELS,
  INQUIRY_STATUS_LABELS,
  IPause,
  IUserRef
} from '../../domain';
import { IFaqDraft } from '../../domain/knowledge';
import { DataError } from '../DataError';
import { FieldValue, ILookupValue, ISchemaItem, IUserValue, WriteValues } from '../fieldValues';
import { faqDraftEdit, toKnowledgeValues } from '../knowledge/knowledgeMapping';
import { IInquiryRecord, IInquiryTexts, INewInquiry } from './IInquiryRepository';

// Pure mappers between list items (read through the schema) and domain inquiries. They throw a DataError
// of kind `invalid` for data the domain cannot represent, instead of guessing.

function invalid(item: ISchemaItem, what: string): DataError {
  return new DataError({ kind: 'invalid', detail: `Inquiry ${item.id}: ${what}` });
}

function text(v: FieldValue): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Instants as `toISOString()` whatever precision the server wrote (SharePoint drops the milliseconds). */
function instant(v: FieldValue): string | undefined {
  const t = text(v);
  if (t === undefined) return undefined;
  const d = new Date(t);
  return isNaN(d.getTime()) ? t : d.toISOString();
}

function user(v: FieldValue): IUserRef | undefined {
  const u = v as IUserValue | undefined;
  return u && typeof u.id === 'number' ? { id: u.id, title: u.title, email: u.email } : undefined;
}

function lookup(v: FieldValue): ILookupValue | undefined {
  const l = v as ILookupValue | undefined;
  return l && typeof l.id === 'number' ? { id: l.id, title: l.title } : undefined;
}

/** Reads the stored pause list (JSON array of {from, to?}); an empty column is no pause. */
export function parsePauses(raw: string | undefined): IPause[] | undefined {
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw);
    if (!Array.isArray(parsed)) return undefined;
    const pauses: IPause[] = [];
    for (const p of parsed) {
      if (!p || typeof p.from !== 'string' || (p.to !== undefined && typeof p.to !== 'string')) return undefined;
      pauses.push(p.to === undefined ? { from: p.from } : { from: p.from, to: p.to });
    }
    return pauses;
  } catch {
    return undefined;
  }
}

/** A list item of the inquiry list as an inquiry record. */
export function toInquiryRecord(item: ISchemaItem): IInquiryRecord {
  const v = item.values;
  const status = codeFromLabel(INQUIRY_STATUS_LABELS, String(v.status || ''));
  if (!status) throw invalid(item, `unknown status "${String(v.status)}"`);
  const category = codeFromLabel(INQUIRY_CATEGORY_LABELS, String(v.category || ''));
  if (!category) throw invalid(item, `unknown category "${String(v.category)}"`);
  const requester = user(v.requester);
  if (!requester) throw invalid(item, 'no requester');
  const receivedAt = instant(v.receivedAt) || instant(item.created);
  if (!receivedAt) throw invalid(item, 'no receipt time');
  const pauses = parsePauses(text(v.pauses));
  if (!pauses) throw invalid(item, 'unreadable pause list');

  const record: IInquiryRecord = {
    id: item.id,
    etag: item.etag || '*',
    subject: item.title,
    body: text(v.body) || '',
    category,
    status,
    requester,
    receivedAt,
    pauses
  };
  const optional: Partial<IInquiryRecord> = {
    system: lookup(v.system),
    service: lookup(v.service),
    assignee: user(v.assignee),
    vendorKey: text(v.vendorKey),
    firstResponseDue: instant(v.firstResponseDue),
    firstRespondedAt: instant(v.firstRespondedAt),
    firstResponse: text(v.firstResponse),
    resolution: text(v.resolution),
    requesterQuestion: text(v.requesterQuestion),
    resolvedAt: instant(v.resolvedAt),
    closedAt: instant(v.closedAt),
    faqDraft: lookup(v.faqDraft),
    modified: item.modified
  };
  for (const key of Object.keys(optional) as Array<keyof IInquiryRecord>) {
    if (optional[key] !== undefined) (record as unknown as Record<string, unknown>)[key] = optional[key];
  }
  if (record.system) record.systemId = record.system.id;
  if (record.service) record.serviceId = record.service.id;
  return record;
}

/** The field values and title of a new inquiry item: status 受付, the requester, the receipt and the clock's due. */
export function newInquiryValues(input: INewInquiry, sanitize: (html: string) => string): { title: string; values: WriteValues } {
  const values: WriteValues = {
    body: sanitize(input.body),
    category: INQUIRY_CATEGORY_LABELS[input.category].ja,
    status: INQUIRY_STATUS_LABELS.received.ja,
    system: input.systemId,
    requester: input.requesterId,
    receivedAt: input.receivedAt.toISOString()
  };
  if (input.serviceId !== undefined) values.service = input.serviceId;
  if (input.firstResponseDue) values.firstResponseDue = input.firstResponseDue.toISOString();
  return { title: input.subject.trim(), values };
}

function samePauses(a: ReadonlyArray<IPause>, b: ReadonlyArray<IPause>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// eslint-disable-next-line @rushstack/no-new-null -- SharePoint REST clears a column with JSON null.
function instantOrNull(v: string | undefined): string | null {
  return v === undefined ? null : v;
}

/**
 * Only what an action changed, so that a write never touches a column the user did not mean to change.
 * Empty when nothing changed.
 */
export function inquiryChanges(before: IInquiry, after: IInquiry, texts: IInquiryTexts = {}, sanitize: (html: string) => string): WriteValues {
  const values: WriteValues = {};
  if (after.status !== before.status) values.status = INQUIRY_STATUS_LABELS[after.status].ja;
  const beforeAssignee = before.assignee ? before.assignee.id : undefined;
  const afterAssignee = after.assignee ? after.assignee.id : undefined;
  // eslint-disable-next-line @rushstack/no-new-null -- clears the Person column.
  if (afterAssignee !== beforeAssignee) values.assignee = afterAssignee === undefined ? null : afterAssignee;
  if (after.vendorKey !== before.vendorKey) values.vendorKey = after.vendorKey === undefined ? null : after.vendorKey;
  if (after.firstResponseDue !== before.firstResponseDue) values.firstResponseDue = instantOrNull(after.firstResponseDue);
  if (after.firstRespondedAt !== before.firstRespondedAt) values.firstRespondedAt = instantOrNull(after.firstRespondedAt);
  if (after.resolvedAt !== before.resolvedAt) values.resolvedAt = instantOrNull(after.resolvedAt);
  if (after.closedAt !== before.closedAt) values.closedAt = instantOrNull(after.closedAt);
  if (!samePauses(before.pauses, after.pauses)) values.pauses = JSON.stringify(after.pauses);
  if (texts.firstResponse !== undefined) values.firstResponse = sanitize(texts.firstResponse);
  if (texts.resolution !== undefined) values.resolution = sanitize(texts.resolution);
  if (texts.requesterQuestion !== undefined) values.requesterQuestion = sanitize(texts.requesterQuestion);
  return values;
}

/**
 * The FAQ list item of a draft promoted from this inquiry: the draft comes from the domain's `promoteInquiryToFaq`
 * and is written as the knowledge web part writes it (review dates, search text, link back), answer sanitized.
 */
export function faqDraftValues(inquiry: IInquiryRecord, draft: IFaqDraft, sanitize: (html: string) => string): { title: string; values: WriteValues } {
  if (draft.sourceInquiryId !== inquiry.id) {
    throw new DataError({ kind: 'invalid', detail: `FAQ draft of inquiry ${draft.sourceInquiryId} cannot be linked from inquiry ${inquiry.id}` });
  }
  return { title: draft.question, values: toKnowledgeValues('faq', faqDraftEdit(draft), sanitize) };
}
