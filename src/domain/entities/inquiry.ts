import { InquiryCategory } from '../vocabulary/inquiryCategory';
import { InquiryStatus } from '../vocabulary/inquiryStatus';
import { IUserRef } from './userRef';

/** A span during which the SLA clock is stopped because the requester was asked for something. */
export interface IPause {
  /** ISO 8601 instant. */
  from: string;
  /** ISO 8601 instant; absent while the pause is still open. */
  to?: string;
}

/** An inquiry of the inquiry queue (問い合わせ管理, §16). */
export interface IInquiry {
  id: number;
  subject: string;
  body: string;
  systemId?: number;
  serviceId?: number;
  category: InquiryCategory;
  status: InquiryStatus;
  requester: IUserRef;
  assignee?: IUserRef;
  /** Vendor whose users may see and answer the inquiry. */
  vendorKey?: string;
  /** Routing queue (vendor group key, or the ICT center queue). */
  vendorGroup?: string;
  /** ISO 8601 instant; starts the first-response clock. */
  receivedAt: string;
  /** ISO 8601 instant, computed from the service's target and calendar; stored for views and sorting. */
  firstResponseDue?: string;
  /** ISO 8601 instant. */
  firstRespondedAt?: string;
  pauses: IPause[];
  /** ISO 8601 instant. */
  resolvedAt?: string;
  /** ISO 8601 instant. */
  closedAt?: string;
}
