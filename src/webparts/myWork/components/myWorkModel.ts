import { IInquiry, IIssue, IProposal, jstDateKey, Locale } from '../../../domain';
import { ISlaContext } from '../../../data/catalogLookups';

/** An open inquiry assigned to the user, with what its SLA badge needs and a link to the item. */
export interface IMyInquiry {
  inquiry: IInquiry;
  sla: ISlaContext;
  url: string;
}

/** Why an issue is on the user's list: they own it, or a proposal on it awaits their approval. */
export type MyIssueReason = 'owner' | 'approve';

export interface IMyIssue {
  issue: IIssue;
  reasons: MyIssueReason[];
  url: string;
}

/** A change the user proposed that still awaits the approver. */
export interface IMyProposal {
  proposal: IProposal;
  issueTitle: string;
  url: string;
}

/** Everything the "my work" view shows for the signed-in user. */
export interface IMyWork {
  inquiries: IMyInquiry[];
  issues: IMyIssue[];
  proposals: IMyProposal[];
}

/**
 * Reads the signed-in user's work. The web part wires it to the inquiry and issue repositories; tests pass a fake.
 * Failures are DataErrors (forbidden when a guest's session is refused).
 */
export interface IMyWorkSource {
  load(): Promise<IMyWork>;
}

/** Earliest first-response due first; inquiries without a due time last, oldest receipt first among them. */
export function sortInquiries(items: ReadonlyArray<IMyInquiry>): IMyInquiry[] {
  const key = (i: IMyInquiry): string => i.inquiry.firstResponseDue || `~${i.inquiry.receivedAt}`;
  return items.slice().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.inquiry.id - b.inquiry.id));
}

/** Issues the user owns and issues awaiting their approval, once each, earliest due date first. */
export function mergeIssues(owned: ReadonlyArray<IIssue>, toApprove: ReadonlyArray<IIssue>, urlOf: (id: number) => string): IMyIssue[] {
  const byId: { [id: number]: IMyIssue } = {};
  const order: number[] = [];
  const add = (issue: IIssue, reason: MyIssueReason): void => {
    const existing = byId[issue.id];
    if (existing) {
      if (existing.reasons.indexOf(reason) < 0) existing.reasons.push(reason);
      return;
    }
    byId[issue.id] = { issue, reasons: [reason], url: urlOf(issue.id) };
    order.push(issue.id);
  };
  owned.forEach((i) => add(i, 'owner'));
  toApprove.forEach((i) => add(i, 'approve'));
  return order
    .map((id) => byId[id])
    .sort((a, b) => (a.issue.dueDate < b.issue.dueDate ? -1 : a.issue.dueDate > b.issue.dueDate ? 1 : a.issue.id - b.issue.id));
}

/** Whether an issue's due date (a JST calendar date) has passed at `now`. */
export function isOverdue(dueDate: string, now: Date): boolean {
  return dueDate < jstDateKey(now);
}

/** The proposed value as one short line. */
export function proposedValueText(p: IProposal, locale: Locale): string {
  switch (p.field) {
    case 'owner':
      return p.proposedValue.title;
    case 'dueDate':
      return p.proposedValue;
    default: {
      const text = p.proposedValue.replace(/\s+/g, ' ').trim();
      const max = locale === 'ja' ? 40 : 80;
      return text.length > max ? `${text.slice(0, max)}…` : text;
    }
  }
}
