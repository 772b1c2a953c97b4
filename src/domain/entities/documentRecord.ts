import { DocumentStatus } from '../vocabulary/documentStatus';
import { DocumentType } from '../vocabulary/documentType';
import { IUserRef } from './userRef';

/** What requires a document to be updated: a change (§9) or an incident fix (§3). */
export interface IDocumentRequirementRef {
  kind: 'change' | 'incident' | 'issue';
  id: number;
  title?: string;
}

/** A managed document of the document register (文書管理簿, §7). */
export interface IDocumentRecord {
  id: number;
  /** Document number as agreed with the owning department. */
  number: string;
  title: string;
  type: DocumentType;
  systemId?: number;
  owner: IUserRef;
  vendorKey?: string;
  status: DocumentStatus;
  /** 'YYYY-MM-DD' (Asia/Tokyo). */
  nextReview?: string;
  /** True while a change or fix waits for this document to be revised. */
  updatePending: boolean;
  requiredBy: IDocumentRequirementRef[];
  url?: string;
}
