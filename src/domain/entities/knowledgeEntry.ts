import { KnowledgeStatus } from '../vocabulary/knowledgeStatus';
import { IUserRef } from './userRef';

/** Operator-facing knowledge, kept apart from the FAQ (§18 運用保守担当者向けナレッジ管理). */
export interface IKnowledgeEntry {
  id: number;
  title: string;
  body: string;
  systemId?: number;
  /** Vendor whose operators may read it; absent means ICT center only. */
  vendorKey?: string;
  owner: IUserRef;
  /** 'YYYY-MM-DD' (Asia/Tokyo). */
  lastReviewed?: string;
  reviewCycleDays: number;
  status: KnowledgeStatus;
  tags: string[];
  helpfulYes: number;
  helpfulNo: number;
}
