import {
  codeFromLabel,
  GOVERNED_FIELD_LABELS,
  IIssue,
  IProposal,
  ISSUE_AREA_LABELS,
  ISSUE_STATUS_LABELS,
  IssueStatus,
  IUserRef,
  LabelTable,
  PRIORITY_LABELS,
  PROPOSAL_STATUS_LABELS
} from '../../domain';
import { DataError } from '../DataError';
import { FieldValue, ILookupValue, ISchemaItem, IUserValue, WriteValues } from '../fieldValues';

/** An issue as read, with what an edit needs (the ETag) and what the register shows (when it last changed). */
export interface IIssueRecord {
  issue: IIssue;
  etag?: string;
  created?: string;
  modified?: string;
  /** 対応状況: the latest progress note applied to the issue. */
  progress?: string;
  /** Whether a governed change awaits the approver (OpsPendingChange). */
  pendingChange?: boolean;
}

/** A progress note or status change reported on an issue (課題対応記録). */
export interface IIssueUpdate {
  id: number;
  issueId: number;
  note?: string;
  newStatus?: IssueStatus;
  author?: IUserRef;
  /** ISO 8601 instant. */
  at?: string;
  applied: boolean;
  appliedAt?: string;
  refusal?: string;
}

function choice<T extends string>(table: LabelTable<T>, value: FieldValue, what: string, itemId: number): T {
  const code = typeof value === 'string' ? codeFromLabel(table, value) : undefined;
  if (!code) {
    throw new DataError({ kind: 'invalid', detail: `Item ${itemId}: ${what} has an unknown value '${String(value)}'` });
  }
  return code;
}

function optionalChoice<T extends string>(table: LabelTable<T>, value: FieldValue): T | undefined {
  return typeof value === 'string' && value !== '' ? codeFromLabel(table, value) : undefined;
}

function text(value: FieldValue): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A Person value as the domain's user reference. */
export function toUserRef(value: FieldValue): IUserRef | undefined {
  const u = value as IUserValue | undefined;
  if (!u || typeof u !== 'object' || typeof u.id !== 'number') return undefined;
  const ref: IUserRef = { id: u.id, title: u.title };
  if (u.email) ref.email = u.email;
  return ref;
}

const NOBODY: IUserRef = { id: 0, title: '' };

/** An issue item as the domain entity; proposals are read from their own list and attached by the caller. */
export function toIssue(item: ISchemaItem, proposals: IProposal[] = []): IIssue {
  const v = item.values;
  const issue: IIssue = {
    id: item.id,
    title: item.title,
    area: choice(ISSUE_AREA_LABELS, v.area, 'area', item.id),
    status: choice(ISSUE_STATUS_LABELS, v.status, 'status', item.id),
    priority: optionalChoice(PRIORITY_LABELS, v.priority) || 'medium',
    owner: toUserRef(v.owner) || NOBODY,
    dueDate: typeof v.dueDate === 'string' ? v.dueDate : '',
    raisedBy: item.authorId ? { id: item.authorId, title: '' } : NOBODY,
    raisedAt: item.created || '',
    proposals
  };
  const description = text(v.description);
  if (description !== undefined) issue.description = description;
  const policy = text(v.policy);
  if (policy !== undefined) issue.policy = policy;
  const system = v.system as ILookupValue | undefined;
  if (system && typeof system.id === 'number') issue.systemId = system.id;
  const vendorKey = text(v.vendorKey);
  if (vendorKey !== undefined) issue.vendorKey = vendorKey;
  const resolvedAt = text(v.resolvedAt);
  if (resolvedAt !== undefined) issue.resolvedAt = resolvedAt;
  const closedAt = text(v.closedAt);
  if (closedAt !== undefined) issue.closedAt = closedAt;
  return issue;
}

export function toIssueRecord(item: ISchemaItem, proposals: IProposal[] = []): IIssueRecord {
  const record: IIssueRecord = { issue: toIssue(item, proposals), etag: item.etag, created: item.created, modified: item.modified };
  if (text(item.values.progress) !== undefined) record.progress = text(item.values.progress);
  if (item.values.pendingChange !== undefined) record.pendingChange = item.values.pendingChange === true;
  return record;
}

/** A proposal item as the domain's proposal (the field decides which proposed column holds the value). */
export function toProposal(item: ISchemaItem, proposerName?: string): IProposal {
  const v = item.values;
  const issueRef = v.issue as ILookupValue | undefined;
  const field = choice(GOVERNED_FIELD_LABELS, v.field, 'field', item.id);
  const base = {
    id: String(item.id),
    issueId: issueRef ? issueRef.id : 0,
    reason: text(v.reason) || '',
    proposer: { id: item.authorId || 0, title: proposerName || '' },
    proposedAt: item.created || '',
    status: choice(PROPOSAL_STATUS_LABELS, v.status, 'decision', item.id)
  };
  const decidedBy = toUserRef(v.decidedBy);
  const extra: Partial<IProposal> = {};
  if (decidedBy) extra.decidedBy = decidedBy;
  if (text(v.decidedAt)) extra.decidedAt = text(v.decidedAt);
  if (text(v.decisionComment)) extra.decisionComment = text(v.decisionComment);
  switch (field) {
    case 'owner':
      return { ...base, ...extra, field, proposedValue: toUserRef(v.proposedOwner) || NOBODY } as IProposal;
    case 'dueDate':
      return { ...base, ...extra, field, proposedValue: text(v.proposedDueDate) || '' } as IProposal;
    default:
      return { ...base, ...extra, field: 'policy', proposedValue: text(v.proposedPolicy) || '' } as IProposal;
  }
}

export function toIssueUpdate(item: ISchemaItem): IIssueUpdate {
  const v = item.values;
  const issueRef = v.issue as ILookupValue | undefined;
  const update: IIssueUpdate = { id: item.id, issueId: issueRef ? issueRef.id : 0, applied: v.applied === true, at: item.created };
  if (text(v.note) !== undefined) update.note = text(v.note);
  const status = optionalChoice(ISSUE_STATUS_LABELS, v.newStatus);
  if (status) update.newStatus = status;
  if (item.authorId) update.author = { id: item.authorId, title: '' };
  if (text(v.appliedAt) !== undefined) update.appliedAt = text(v.appliedAt);
  if (text(v.refusal) !== undefined) update.refusal = text(v.refusal);
  return update;
}

/** The proposal item's columns for a new proposal; `previousValue` keeps the agreed value in words for the record. */
export function proposalValues(proposal: IProposal, previousValue: string): WriteValues {
  const values: WriteValues = {
    issue: proposal.issueId,
    field: GOVERNED_FIELD_LABELS[proposal.field].ja,
    reason: proposal.reason,
    status: PROPOSAL_STATUS_LABELS.pending.ja,
    previousValue
  };
  if (proposal.field === 'owner') values.proposedOwner = proposal.proposedValue.id;
  if (proposal.field === 'dueDate') values.proposedDueDate = proposal.proposedValue;
  if (proposal.field === 'policy') values.proposedPolicy = proposal.proposedValue;
  return values;
}

/** The agreed value of a governed field, in words (for the proposal record and the history). */
export function governedValueText(issue: IIssue, field: IProposal['field']): string {
  if (field === 'owner') return issue.owner.title;
  if (field === 'dueDate') return issue.dueDate;
  return issue.policy || '';
}

/** The status-derived columns of an issue (status and the resolved/closed stamps) as values to write. */
export function statusValues(issue: IIssue): WriteValues {
  return {
    status: ISSUE_STATUS_LABELS[issue.status].ja,
    // eslint-disable-next-line @rushstack/no-new-null -- SharePoint REST clears a column with JSON null.
    resolvedAt: issue.resolvedAt || null,
    // eslint-disable-next-line @rushstack/no-new-null -- as above.
    closedAt: issue.closedAt || null
  };
}

/**
 * Plain text typed in a form or a workbook cell, as the HTML the rich-text description column stores: escaped,
 * so nothing typed becomes markup, with line breaks kept.
 */
export function plainTextToHtml(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return text;
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return `<p>${escaped.replace(/\r?\n/g, '<br>')}</p>`;
}
