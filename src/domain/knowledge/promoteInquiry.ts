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
  owner: IUserRef;
  status: 'draft';
  reviewCycleDays: number;
  lastReviewed: string;
  nextReview: string;
}

export type PromoteRefusal = 'notAnswered' | 'emptyAnswer';

const ANSWERED = ['responded', 'waiting', 'resolved', 'closed'];

/**
 * Turns an answered inquiry into an FAQ draft that keeps the link to it (FAQ Plus's "add QnA from ticket",
 * without an AI service). The draft is not visible to staff until it is approved and published. The requester's
 * name is not copied: the FAQ is public to all staff.
 */
export function promoteInquiryToFaq(
  inquiry: Pick<IInquiry, 'id' | 'subject' | 'category' | 'status' | 'systemId'>,
  answer: string,
  owner: IUserRef,
  today: string,
  reviewCycleDays: number = 180
): ISuccess<IFaqDraft> | IRefusal<PromoteRefusal> {
  if (ANSWERED.indexOf(inquiry.status) < 0) {
    return refusal('notAnswered', '一次回答前の問い合わせはFAQにできません。', 'An inquiry must be answered before it becomes an FAQ.');
  }
  if (!answer || !answer.replace(/<[^>]*>/g, '').trim()) {
    return refusal('emptyAnswer', '回答が空のためFAQにできません。', 'The answer is empty.');
  }
  return success({
    question: inquiry.subject.trim(),
    answer,
    category: INQUIRY_CATEGORY_LABELS[inquiry.category].ja,
    tags: [],
    systemId: inquiry.systemId,
    sourceInquiryId: inquiry.id,
    owner,
    status: 'draft',
    reviewCycleDays,
    ...markReviewed(reviewCycleDays, today)
  });
}
