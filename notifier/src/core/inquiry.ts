import type { IInquiry, IUserRef } from '../../../src/domain/entities';
import { routeInquiry } from '../../../src/domain/routing';
import type { IRoute, IRoutingRule } from '../../../src/domain/routing';
import { firstResponseDue } from '../../../src/domain/sla';
import type { ISlaTarget } from '../../../src/domain/sla';
import type { IBusinessCalendar } from '../../../src/domain/time';
import { parseInstant } from '../../../src/domain/time';
import type { InquiryStatus } from '../../../src/domain/vocabulary';
import { vendorGroupKey } from '../../../src/schema';

/** Who a notice goes to: one user (by their mail address), or every member of a schema group. */
export type Recipient = { user: IUserRef } | { group: string };

export function recipientKey(r: Recipient): string {
  return 'user' in r ? `u${r.user.id}` : `g:${r.group}`;
}

/** What the notifier must change on an inquiry it has just read. */
export interface IInquiryPatch {
  vendorKey?: string;
  assignee?: IUserRef;
  status?: InquiryStatus;
  firstResponseDue?: Date;
}

/** The SLA an inquiry runs on: its service's target in the service's answering calendar. */
export interface IInquirySla {
  target: ISlaTarget;
  calendar: IBusinessCalendar;
}

export interface IInquiryEnv {
  rules: ReadonlyArray<IRoutingRule>;
  /** Vendor of the inquiry's business system: where an inquiry goes that no rule matches (operator group). */
  systemVendorKey?: string;
  sla: IInquirySla;
}

export interface IInquiryDecision {
  patch: IInquiryPatch;
  route?: IRoute;
  /** The assignment notice to send now (exactly once per assignment), if the inquiry is assigned to someone. */
  notice?: { deliveryKey: string; to: Recipient };
}

const CLOSED: InquiryStatus[] = ['resolved', 'closed'];

/**
 * The notifier's decision for an inquiry it saw change (pure; idempotent, so replays and duplicate webhook
 * deliveries decide the same thing):
 * - a new inquiry nobody routed yet goes by the routing rules (system/service/category → vendor group →
 *   default assignee); when no rule matches, to the system's vendor; failing that, the ICT center queue;
 * - the first-response due time is computed from receipt in the service's answering calendar;
 * - whoever the inquiry is assigned to now (assignee, else the vendor group, else the ICT center) gets one
 *   assignment notice, keyed by that assignment, so a reassignment notifies the new assignee.
 */
export function decideInquiry(inquiry: IInquiry, env: IInquiryEnv): IInquiryDecision {
  const patch: IInquiryPatch = {};
  const decision: IInquiryDecision = { patch };
  let vendorKey = inquiry.vendorKey || undefined;
  let assignee = inquiry.assignee;
  if (inquiry.status === 'received' && !vendorKey && !assignee) {
    let route = routeInquiry(env.rules, inquiry);
    if (route.fallback && env.systemVendorKey) {
      route = { vendorGroup: vendorGroupKey(env.systemVendorKey), vendorKey: env.systemVendorKey, fallback: true };
    }
    decision.route = route;
    if (route.vendorKey) patch.vendorKey = vendorKey = route.vendorKey;
    if (route.assignee) patch.assignee = assignee = route.assignee;
  }
  if (inquiry.status === 'received' && assignee) patch.status = 'assigned';
  if (!inquiry.firstResponseDue) {
    const due = firstResponseDue(parseInstant(inquiry.receivedAt), env.sla.target.firstResponseMinutes, env.sla.calendar, pausesOf(inquiry));
    if (due) patch.firstResponseDue = due;
  }
  if (CLOSED.indexOf(inquiry.status) < 0) {
    const to: Recipient = assignee ? { user: assignee } : vendorKey ? { group: vendorGroupKey(vendorKey) } : { group: 'ictCenter' };
    decision.notice = { deliveryKey: `assigned|inquiries|${inquiry.id}|${recipientKey(to)}`, to };
  }
  return decision;
}

function pausesOf(inquiry: IInquiry): { from: Date; to?: Date }[] {
  return inquiry.pauses.map((p) => (p.to ? { from: parseInstant(p.from), to: parseInstant(p.to) } : { from: parseInstant(p.from) }));
}
