import {
  applyInquiryAction,
  IActor,
  IInquiry,
  INQUIRY_CATEGORY_LABELS,
  INQUIRY_STATUS_LABELS,
  InquiryAction,
  InquiryActionRequest,
  InquiryStatus,
  IUserRef,
  Locale,
  RoleKey
} from '../../../domain';
import { formatJst } from '../../../domain';
import { IInquiryRecord, queueScopes } from '../../../data/inquiries';
import { InquiriesList, ISiteConfig, IVendorDef } from '../../../schema';
import { IStaleEditChange } from '../../../ui/StaleEditDialog';
import { IBusinessCalendar } from '../../../domain';

/** `{0}`, `{1}` … in a loc string replaced by the values. */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (m, i) => (values[Number(i)] !== undefined ? String(values[Number(i)]) : m));
}

/** The queues a user may open, in tab order, and the one opened first (the data layer's rule: its first screen reads it). */
export const scopesFor = queueScopes;

/** Whether the user may raise inquiries from this page (department staff and the ICT center). */
export function canRaise(roles: ReadonlyArray<RoleKey>): boolean {
  return roles.indexOf('department') >= 0 || roles.indexOf('ictCenter') >= 0;
}

const ACTION_ORDER: InquiryAction[] = ['assign', 'reassign', 'recordFirstResponse', 'askRequester', 'requesterReplied', 'resolve', 'reopen', 'close'];

function probe(action: InquiryAction, actor: IActor): InquiryActionRequest {
  // A stand-in assignee: availability depends on status, role and relationship, not on who is chosen.
  const someone: IUserRef = { id: -1, title: '' };
  return action === 'assign' || action === 'reassign' ? { type: action, assignee: someone } : ({ type: action } as InquiryActionRequest);
}

/** The actions the domain allows this actor on this inquiry right now, in a stable order. */
export function availableActions(inquiry: IInquiry, actor: IActor, now: Date): InquiryAction[] {
  return ACTION_ORDER.filter((action) => applyInquiryAction(inquiry, probe(action, actor), actor, now).ok);
}

/** Whether the actor may create an FAQ draft from the inquiry: ICT center or its vendor, once it is resolved. */
export function canPromoteToFaq(inquiry: IInquiryRecord, actor: IActor): boolean {
  if (inquiry.faqDraft) return false;
  if (inquiry.status !== 'resolved' && inquiry.status !== 'closed') return false;
  if (actor.roles.indexOf('ictCenter') >= 0) return true;
  return actor.roles.indexOf('vendor') >= 0 && !!actor.vendorKey && actor.vendorKey === inquiry.vendorKey;
}

function plain(html: string | undefined): string {
  return (html || '').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

function instant(v: string | undefined): string {
  return v ? formatJst(new Date(v)).replace(/-/g, '/') : '';
}

/** The visible fields that differ between what the user saw and what is stored now, labelled from the schema. */
export function staleChanges(before: IInquiryRecord, now: IInquiryRecord, locale: Locale): IStaleEditChange[] {
  const f = InquiriesList.fields;
  const status = (s: InquiryStatus): string => INQUIRY_STATUS_LABELS[s][locale];
  const rows: Array<[string, string, string]> = [
    [InquiriesList.titleField[locale], before.subject, now.subject],
    [f.status.title[locale], status(before.status), status(now.status)],
    [f.category.title[locale], INQUIRY_CATEGORY_LABELS[before.category][locale], INQUIRY_CATEGORY_LABELS[now.category][locale]],
    [f.assignee.title[locale], before.assignee ? before.assignee.title : '', now.assignee ? now.assignee.title : ''],
    [f.vendorKey.title[locale], before.vendorKey || '', now.vendorKey || ''],
    [f.firstResponseDue.title[locale], instant(before.firstResponseDue), instant(now.firstResponseDue)],
    [f.firstRespondedAt.title[locale], instant(before.firstRespondedAt), instant(now.firstRespondedAt)],
    [f.firstResponse.title[locale], plain(before.firstResponse), plain(now.firstResponse)],
    [f.resolution.title[locale], plain(before.resolution), plain(now.resolution)],
    [f.requesterQuestion.title[locale], plain(before.requesterQuestion), plain(now.requesterQuestion)],
    [f.resolvedAt.title[locale], instant(before.resolvedAt), instant(now.resolvedAt)],
    [f.faqDraft.title[locale], before.faqDraft ? before.faqDraft.title : '', now.faqDraft ? now.faqDraft.title : '']
  ];
  return rows.filter((r) => r[1] !== r[2]).map((r) => ({ label: r[0], before: r[1], now: r[2] }));
}

const DAY_NAMES = { ja: ['日', '月', '火', '水', '木', '金', '土'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

/**
 * A calendar's week in one line, consecutive days with the same hours grouped from Monday:
 * 「月～金 9:00～17:45 / 土・日 対応なし」.
 */
export function weeklySummary(calendar: IBusinessCalendar, locale: Locale): string {
  const order = [1, 2, 3, 4, 5, 6, 0];
  const hours = (d: number): string =>
    calendar.weekly[d].length
      ? calendar.weekly[d].map((w) => `${w.start.replace(/^0/, '')}${locale === 'ja' ? '～' : '–'}${w.end.replace(/^0/, '')}`).join(', ')
      : locale === 'ja' ? '対応なし' : 'closed';
  const groups: Array<{ days: number[]; hours: string }> = [];
  for (const d of order) {
    const last = groups[groups.length - 1];
    if (last && last.hours === hours(d)) last.days.push(d);
    else groups.push({ days: [d], hours: hours(d) });
  }
  const names = DAY_NAMES[locale];
  const span = (days: number[]): string =>
    days.length > 2 ? `${names[days[0]]}${locale === 'ja' ? '～' : '–'}${names[days[days.length - 1]]}` : days.map((d) => names[d]).join(locale === 'ja' ? '・' : ', ');
  return groups.map((g) => `${span(g.days)} ${g.hours}`).join(' / ');
}

/** Web part properties that describe the site (the same values provisioning used). */
export interface ISiteConfigProps {
  groupPrefix?: string;
  /** One vendor a line: `key|name|asp` or `key|name|operator`. */
  vendors?: string;
}

/** The site configuration from web part properties; malformed lines are skipped (they cannot match a group). */
export function normalizeSiteConfig(props: ISiteConfigProps): ISiteConfig {
  const vendors: IVendorDef[] = [];
  for (const line of (props.vendors || '').split(/\r?\n/)) {
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length < 2 || !parts[0] || !parts[1]) continue;
    vendors.push({ key: parts[0], name: parts[1], kind: parts[2] === 'operator' ? 'operator' : 'asp' });
  }
  return { groupPrefix: (props.groupPrefix || '').trim() || 'opsdesk', vendors };
}
