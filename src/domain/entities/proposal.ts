import { ProposalStatus } from '../vocabulary/proposalStatus';
import { IUserRef } from './userRef';

/** Value types of the governed issue fields. */
export interface IGovernedValues {
  owner: IUserRef;
  /** Calendar date 'YYYY-MM-DD' in Asia/Tokyo. */
  dueDate: string;
  policy: string;
}

/** Fields shared by every proposal, whatever field it changes. */
export interface IProposalBase {
  id: string;
  issueId: number;
  reason: string;
  proposer: IUserRef;
  /** ISO 8601 instant. */
  proposedAt: string;
  status: ProposalStatus;
  decidedBy?: IUserRef;
  /** ISO 8601 instant. */
  decidedAt?: string;
  decisionComment?: string;
}

export interface IOwnerProposal extends IProposalBase {
  field: 'owner';
  proposedValue: IUserRef;
}

export interface IDueDateProposal extends IProposalBase {
  field: 'dueDate';
  proposedValue: string;
}

export interface IPolicyProposal extends IProposalBase {
  field: 'policy';
  proposedValue: string;
}

/**
 * A governed change to an issue (§8: changes of 担当者, 期限 or 対応方針 are agreed with the ward).
 * Discriminated by `field` so the proposed value has the field's type.
 */
export type IProposal = IOwnerProposal | IDueDateProposal | IPolicyProposal;

/** A proposed change before it is stored: the field and its value, correlated. */
export type IProposedChange =
  | { field: 'owner'; value: IUserRef }
  | { field: 'dueDate'; value: string }
  | { field: 'policy'; value: string };
