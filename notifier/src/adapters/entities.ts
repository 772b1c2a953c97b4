import type { ISchemaItem, IUserValue, ILookupValue } from '../../../src/data/fieldValues';
import type { IInquiry, IPause, IUserRef } from '../../../src/domain/entities';
import type { IRoutingRule } from '../../../src/domain/routing';
import type { IBusinessCalendar } from '../../../src/domain/time';
import {
  codeFromLabel,
  INQUIRY_CATEGORY_LABELS,
  INQUIRY_STATUS_LABELS,
  ISSUE_AREA_LABELS,
  ISSUE_STATUS_LABELS
} from '../../../src/domain/vocabulary';
import { vendorGroupKey } from '../../../src/schema';
import type { IIssueDueFacts } from '../core/reminders';

// Mapping SharePoint items (read through the schema) to the domain's shapes; pure.

export function userRef(v: unknown): IUserRef | undefined {
  const u = v as IUserValue | undefined;
  return u && typeof u.id === 'number' ? { id: u.id, title: u.title, email: u.email } : undefined;
}

export function lookupId(v: unknown): number | undefined {
  const l = v as ILookupValue | undefined;
  return l && typeof l.id === 'number' ? l.id : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function pausesOf(raw: unknown): IPause[] {
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  try {
    const parsed = JSON.parse(raw) as IPause[];
    return Array.isArray(parsed) ? parsed.filter((p) => p && typeof p.from === 'string') : [];
  } catch {
    return [];
  }
}

export function toInquiry(item: ISchemaItem): IInquiry {
  const v = item.values;
  const inquiry: IInquiry = {
    id: item.id,
    subject: item.title,
    body: '',
    category: codeFromLabel(INQUIRY_CATEGORY_LABELS, String(v.category || '')) || 'other',
    status: codeFromLabel(INQUIRY_STATUS_LABELS, String(v.status || '')) || 'received',
    requester: userRef(v.requester) || { id: 0, title: '' },
    receivedAt: str(v.receivedAt) || item.created || new Date(0).toISOString(),
    pauses: pausesOf(v.pauses)
  };
  const optional: Partial<IInquiry> = {
    systemId: lookupId(v.system),
    serviceId: lookupId(v.service),
    assignee: userRef(v.assignee),
    vendorKey: str(v.vendorKey),
    firstResponseDue: str(v.firstResponseDue),
    firstRespondedAt: str(v.firstRespondedAt),
    resolvedAt: str(v.resolvedAt),
    closedAt: str(v.closedAt)
  };
  for (const k of Object.keys(optional) as (keyof IInquiry)[]) {
    if (optional[k] !== undefined) (inquiry as unknown as Record<string, unknown>)[k] = optional[k];
  }
  if (inquiry.vendorKey) inquiry.vendorGroup = vendorGroupKey(inquiry.vendorKey);
  return inquiry;
}

export function toRoutingRule(item: ISchemaItem): IRoutingRule {
  const v = item.values;
  const vendorKey = str(v.vendorKey);
  const rule: IRoutingRule = { id: String(item.id), match: {}, vendorGroup: vendorKey ? vendorGroupKey(vendorKey) : 'ictCenter' };
  const systemId = lookupId(v.system);
  const serviceId = lookupId(v.service);
  const category = str(v.category) ? codeFromLabel(INQUIRY_CATEGORY_LABELS, String(v.category)) : undefined;
  if (systemId !== undefined) rule.match.systemId = systemId;
  if (serviceId !== undefined) rule.match.serviceId = serviceId;
  if (category) rule.match.category = category;
  if (vendorKey) rule.vendorKey = vendorKey;
  const assignee = userRef(v.assignee);
  if (assignee) rule.defaultAssignee = assignee;
  return rule;
}

export function toIssueFacts(item: ISchemaItem): IIssueDueFacts {
  const v = item.values;
  return {
    id: item.id,
    title: item.title,
    area: codeFromLabel(ISSUE_AREA_LABELS, String(v.area || '')),
    status: codeFromLabel(ISSUE_STATUS_LABELS, String(v.status || '')) || 'open',
    owner: userRef(v.owner),
    dueDate: str(v.dueDate)
  };
}

/** Calendars stored as JSON in the calendars list (an IBusinessCalendar each); malformed ones are skipped. */
export function toCalendar(item: ISchemaItem): IBusinessCalendar | undefined {
  try {
    const def = JSON.parse(String(item.values.definition || '')) as IBusinessCalendar;
    if (!def || !Array.isArray(def.weekly) || def.weekly.length !== 7) return undefined;
    return { ...def, id: String(item.values.calendarId || def.id), extraClosures: def.extraClosures || [] };
  } catch {
    return undefined;
  }
}
