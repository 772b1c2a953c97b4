import { IUserRef } from '../../domain/entities/userRef';
import { IFaqDraft, IReviewSubject, KnowledgeListKey, parseTags, searchTextOf, formatTags } from '../../domain/knowledge';
import { codeFromLabel, KNOWLEDGE_STATUS_LABELS, KnowledgeStatus } from '../../domain/vocabulary';
import { jstDateKey } from '../../domain/time';
import { DataError } from '../DataError';
import { ILookupValue, ISchemaItem, IUserValue, WriteValues } from '../fieldValues';

/** An FAQ entry or an operator knowledge entry (§18); the FAQ-only and knowledge-only fields are optional. */
export interface IKnowledgeArticle extends IReviewSubject {
  etag?: string;
  /** The question (FAQ) or title (knowledge): the list's Title. */
  title: string;
  /** Rich text: sanitize before rendering and before saving. */
  answer: string;
  category: string;
  tags: string[];
  systemId?: number;
  systemName?: string;
  unpublishedReason?: string;
  /** FAQ: the inquiry it was promoted from. */
  sourceInquiryId?: number;
  helpfulYes: number;
  helpfulNo: number;
  /** Knowledge: the vendor whose operators may read it; FAQ: the vendor that may edit it (item permissions follow it). */
  vendorKey?: string;
  sharedWithAll?: boolean;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export function toKnowledgeArticle(listKey: KnowledgeListKey, item: ISchemaItem): IKnowledgeArticle {
  const v = item.values;
  const status = codeFromLabel(KNOWLEDGE_STATUS_LABELS, String(v.status || ''));
  if (!status) throw new DataError({ kind: 'invalid', detail: `${listKey} ${item.id}: unknown status ${String(v.status)}` });
  const owner = v.owner as IUserValue | undefined;
  const system = v.system as ILookupValue | undefined;
  const source = v.sourceInquiry as ILookupValue | undefined;
  return {
    listKey,
    id: item.id,
    etag: item.etag,
    title: item.title,
    answer: String(v.answer || ''),
    category: String(v.category || ''),
    tags: parseTags(str(v.tags)),
    systemId: system ? system.id : undefined,
    systemName: system ? system.title : undefined,
    status,
    owner: owner ? ({ id: owner.id, title: owner.title, email: owner.email } as IUserRef) : undefined,
    lastReviewed: str(v.lastReviewed),
    reviewCycleDays: typeof v.reviewCycleDays === 'number' && v.reviewCycleDays > 0 ? v.reviewCycleDays : 180,
    nextReview: str(v.nextReview),
    createdOn: item.created ? jstDateKey(new Date(item.created)) : undefined,
    unpublishedReason: str(v.unpublishedReason),
    sourceInquiryId: source ? source.id : undefined,
    helpfulYes: typeof v.helpfulYes === 'number' ? v.helpfulYes : 0,
    helpfulNo: typeof v.helpfulNo === 'number' ? v.helpfulNo : 0,
    vendorKey: str(v.vendorKey),
    sharedWithAll: v.sharedWithAll === true
  };
}

/** What an edit writes. Counters are the notifier's and are never written from here. */
export type KnowledgeEdit = Pick<IKnowledgeArticle, 'title' | 'answer' | 'category' | 'tags' | 'status' | 'reviewCycleDays'> &
  Partial<Pick<IKnowledgeArticle, 'systemId' | 'owner' | 'lastReviewed' | 'nextReview' | 'unpublishedReason' | 'sourceInquiryId' | 'vendorKey' | 'sharedWithAll'>>;

export function toKnowledgeValues(listKey: KnowledgeListKey, edit: KnowledgeEdit, sanitize: (html: string) => string): WriteValues {
  const answer = sanitize(edit.answer);
  const values: WriteValues = {
    answer,
    category: edit.category,
    tags: formatTags(edit.tags) || null,
    status: KNOWLEDGE_STATUS_LABELS[edit.status as KnowledgeStatus].ja,
    reviewCycleDays: edit.reviewCycleDays,
    searchText: searchTextOf({ question: edit.title, answer, tags: edit.tags }) || null
  };
  if (edit.systemId !== undefined) values.system = edit.systemId;
  if (edit.owner) values.owner = edit.owner.id;
  if (edit.lastReviewed !== undefined) values.lastReviewed = edit.lastReviewed;
  if (edit.nextReview !== undefined) values.nextReview = edit.nextReview;
  if (edit.unpublishedReason !== undefined) values.unpublishedReason = edit.unpublishedReason || null;
  if (listKey === 'faq' && edit.sourceInquiryId !== undefined) values.sourceInquiry = edit.sourceInquiryId;
  if (edit.vendorKey !== undefined) values.vendorKey = edit.vendorKey || null;
  if (listKey === 'knowledge' && edit.sharedWithAll !== undefined) values.sharedWithAll = edit.sharedWithAll;
  return values;
}

/**
 * The FAQ entry a draft promoted from an inquiry (`promoteInquiryToFaq`) becomes. Both ways in, the knowledge web
 * part and the inquiry queue, write it through here and `toKnowledgeValues`, so every promoted draft carries its
 * review dates, its search text and the link back to the inquiry.
 */
export function faqDraftEdit(draft: IFaqDraft): KnowledgeEdit {
  return {
    title: draft.question,
    answer: draft.answer,
    category: draft.category,
    tags: draft.tags,
    status: draft.status,
    reviewCycleDays: draft.reviewCycleDays,
    systemId: draft.systemId,
    owner: draft.owner,
    lastReviewed: draft.lastReviewed,
    nextReview: draft.nextReview,
    sourceInquiryId: draft.sourceInquiryId,
    vendorKey: draft.vendorKey
  };
}
