import { KnowledgeStatus } from '../vocabulary/knowledgeStatus';
import { IUserRef } from './userRef';

/** A user-facing FAQ entry published to staff (§18 ユーザ向けナレッジ管理). */
export interface IFaqEntry {
  id: number;
  question: string;
  answer: string;
  systemId?: number;
  serviceId?: number;
  owner: IUserRef;
  /** 'YYYY-MM-DD' (Asia/Tokyo). */
  lastReviewed?: string;
  reviewCycleDays: number;
  status: KnowledgeStatus;
  tags: string[];
  helpfulYes: number;
  helpfulNo: number;
}
