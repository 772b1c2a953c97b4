import { IInquiry } from '../entities/inquiry';
import { IUserRef } from '../entities/userRef';
import { IRefusal, ISuccess, refusal, success } from '../common/result';
import { INQUIRY_CATEGORY_LABELS } from '../vocabulary/inquiryCategory';
import { markReviewed } from './reviewSchedule';

/** The FAQ draft an inquiry's answer becomes (field keys of the FAQ schema). */
export interface IFaqDraft {
  question: string;
  answer: string;
  category: string;
  tags: string[];
  systemId?: number;
  sourceInquiryId: number;
  /** The vendor that answered the inquiry: it keeps the entry up (the FAQ's item permissions follow it). */
  vendorKey?: string;
  owner: IUserRef;
  status: 'draft';
  reviewCycleDays: number;
  lastReviewed: string;
  nextReview: string;
}

export type PromoteRefusal = 'notAnswered' | 'emptyAnswer' | 'emptyQuestion' | 'emptyCategory';

/** What the promoter may change before the draft is created; by default the inquiry's subject and category. */
export interface IPromoteOptions {
  question?: string;
  category?: string;
  reviewCycleDays?: number;
}

const ANSWERED = ['responded', 'waiting', 'resolved', 'closed'];

/**
 * Turns an answered inquiry into an FAQ draft that keeps the link to it (FAQ Plus's "add QnA from ticket",
 * without an AI service). The one place a promotion is decided: the inquiry queue and the knowledge web part both
 * create their drafts from it, so every draft is reviewed-today with its next review set. The draft is not visible
 * to staff until it is approved and published. The requester's name is not copied: the FAQ is public to all staff.
 */
export function promoteInquiryToFaq(
  inquiry: Pick<IInquiry, 'id' | 'subject' | 'category' | 'status' | 'systemId' | 'vendorKey'>,
  answer: string,
  owner: IUserRef,
  today: string,
  options: IPromoteOptions = {}
): ISuccess<IFaqDraft> | IRefusal<PromoteRefusal> {
  if (ANSWERED.indexOf(inquiry.status) < 0) {
    return refusal('notAnswered', '一次回答前の問い合わせはFAQにできません。', 'An inquiry must be answered before it becomes an FAQ.');
  }
  if (!answer || !answer.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim()) {
    return refusal('emptyAnswer', '回答が空のためFAQにできません。', 'The answer is empty.');
  }
  const question = (options.question !== undefined ? options.question : inquiry.subject).trim();
  if (!question) return refusal('emptyQuestion', '質問を入力してください。', 'Enter the question.');
  const category = (options.category !== undefined ? options.category : INQUIRY_CATEGORY_LABELS[inquiry.category].ja).trim();
  if (!category) return refusal('emptyCategory', 'カテゴリを入力してください。', 'Enter the category.');
  const reviewCycleDays = options.reviewCycleDays || 180;
  const draft: IFaqDraft = {
    question,
    answer,
    category,
    tags: [],
    systemId: inquiry.systemId,
    sourceInquiryId: inquiry.id,
    owner,
    status: 'draft',
    reviewCycleDays,
    ...markReviewed(reviewCycleDays, today)
  };
  if (inquiry.vendorKey) draft.vendorKey = inquiry.vendorKey;
  return success(draft);
}
