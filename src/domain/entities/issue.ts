import { IssueArea } from '../vocabulary/issueArea';
import { IssueStatus } from '../vocabulary/issueStatus';
import { Priority } from '../vocabulary/priority';
import { IProposal } from './proposal';
import { IUserRef } from './userRef';

/** An issue of the issue register (課題管理一覧, §8). */
export interface IIssue {
  id: number;
  title: string;
  description?: string;
  area: IssueArea;
  systemId?: number;
  status: IssueStatus;
  priority: Priority;
  /** 担当者: the agreed owner; changes only through an approved proposal. */
  owner: IUserRef;
  /** 期限: calendar date 'YYYY-MM-DD' in Asia/Tokyo; changes only through an approved proposal. */
  dueDate: string;
  /** 対応方針: the agreed response policy; changes only through an approved proposal. */
  policy?: string;
  raisedBy: IUserRef;
  /** ISO 8601 instant. */
  raisedAt: string;
  /** ISO 8601 instant. */
  resolvedAt?: string;
  /** ISO 8601 instant. */
  closedAt?: string;
  /** Vendor the issue is shared with; drives item-level permissions. */
  vendorKey?: string;
  /** Governed-change history, pending ones included. */
  proposals: IProposal[];
}
