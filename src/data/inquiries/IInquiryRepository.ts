import { IInquiry, InquiryCategory, InquiryStatus } from '../../domain';
import { IFaqDraft } from '../../domain/knowledge';
import { ILookupValue } from '../fieldValues';

/** An inquiry as the queue shows and edits it: the domain inquiry plus what the list adds around it. */
export interface IInquiryRecord extends IInquiry {
  /** The item's ETag when read; every write sends it so that nobody's change is overwritten. */
  etag: string;
  system?: ILookupValue;
  service?: ILookupValue;
  /** Sanitized HTML of the first response. */
  firstResponse?: string;
  /** Sanitized HTML of the answer / resolution. */
  resolution?: string;
  /** Sanitized HTML of what the requester was last asked (回答待ち). */
  requesterQuestion?: string;
  faqDraft?: ILookupValue;
  /** ISO instant of the last change. */
  modified?: string;
}

/** The rich-text parts of an inquiry that actions write besides the domain fields. */
export interface IInquiryTexts {
  firstResponse?: string;
  resolution?: string;
  requesterQuestion?: string;
}

/** What the form sends to raise an inquiry (the contract with the notifier: status 受付, requester, receipt, due). */
export interface INewInquiry {
  subject: string;
  /** HTML; the repository sanitizes it again before storing. */
  body: string;
  category: InquiryCategory;
  systemId: number;
  serviceId?: number;
  requesterId: number;
  receivedAt: Date;
  /** From the domain clock with the service's target and calendar; the notifier recomputes it. */
  firstResponseDue?: Date;
}

/** A file to attach to an inquiry. */
export interface IAttachmentInput {
  name: string;
  content: ArrayBuffer | Blob;
}

/** An attachment as listed on an inquiry. */
export interface IAttachment {
  name: string;
  /** Server-relative URL, for a download link. */
  url: string;
}

/** Whose inquiries a queue shows. */
export type InquiryScope = 'mine' | 'assignedToMe' | 'myVendor' | 'all';

/** Status filter of a queue: every open status, one status, or any status (needs a received month). */
export type InquiryStatusFilter = 'open' | 'any' | InquiryStatus;

/** Sort orders, each on an indexed column so that large lists stay under the threshold. */
export type InquirySort = 'receivedDesc' | 'receivedAsc' | 'dueAsc';

/** One queue query. Every combination filters first on an indexed column that narrows the list. */
export interface IInquiryQuery {
  scope: InquiryScope;
  /** Site user id of the current user (requester / assignee scopes). */
  userId: number;
  /** The current user's vendor (myVendor scope). */
  vendorKey?: string;
  status: InquiryStatusFilter;
  /**
   * 'YYYY-MM' (Asia/Tokyo) of receipt. Required outside "mine" when the status filter includes resolved or
   * closed inquiries, which grow without bound; the current month is used when absent.
   */
  receivedMonth?: string;
  /** Text in the subject, or an inquiry number (`123` / `#123`). */
  search?: string;
  sort: InquirySort;
  pageSize: number;
}

/** A page of a queue; `next` while there are more. */
export interface IInquiryPage {
  items: IInquiryRecord[];
  next?: () => Promise<IInquiryPage>;
}

/** Outcome of a write guarded by the ETag: saved, or someone else changed the item first (nothing written). */
export type InquirySaveResult = { ok: true; record: IInquiryRecord } | { ok: false; reason: 'staleEdit'; latest: IInquiryRecord };


/**
 * The inquiry list in domain language. Every failure is a DataError; a stale ETag is an expected outcome
 * (`InquirySaveResult`), never an overwrite.
 */
export interface IInquiryRepository {
  page(query: IInquiryQuery): Promise<IInquiryPage>;
  get(id: number): Promise<IInquiryRecord>;
  /** Creates the item and its attachments; if an attachment fails, the item is removed again and the error thrown. */
  create(input: INewInquiry, attachments?: ReadonlyArray<IAttachmentInput>): Promise<IInquiryRecord>;
  attachments(id: number): Promise<IAttachment[]>;
  /** Writes the fields that differ between `before` and `after` (plus texts) if `before.etag` is still current. */
  save(before: IInquiryRecord, after: IInquiry, texts?: IInquiryTexts): Promise<InquirySaveResult>;
  /**
   * Creates the FAQ item of a draft made by the domain's `promoteInquiryToFaq` (下書き, review dates, search text,
   * linked to the inquiry) and links it from the inquiry. If the inquiry changed meanwhile, the FAQ item is removed
   * again and the latest inquiry returned.
   */
  promoteToFaq(inquiry: IInquiryRecord, draft: IFaqDraft): Promise<InquirySaveResult>;
}
