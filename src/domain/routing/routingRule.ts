import { IUserRef } from '../entities/userRef';
import { InquiryCategory } from '../vocabulary/inquiryCategory';

/** Criteria of a routing rule; every criterion given must match, an omitted one matches anything. */
export interface IRoutingMatch {
  systemId?: number;
  serviceId?: number;
  category?: InquiryCategory;
}

/** A routing rule: where inquiries that match go (§16 放置防止: every inquiry reaches someone on receipt). */
export interface IRoutingRule {
  id: string;
  match: IRoutingMatch;
  /** Vendor group key that receives the inquiry (also the SharePoint group its item is shared with). */
  vendorGroup: string;
  vendorKey?: string;
  defaultAssignee?: IUserRef;
}

/** The queue that receives what no rule matches. */
export const ICT_CENTER_QUEUE = 'ictCenter';
