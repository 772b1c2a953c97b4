import { codesOf, dayNumberOfDateKey, INQUIRY_STATUS_LABELS, InquiryStatus, jstDateKey, jstInstant, RoleKey } from '../../domain';
import { and, ListFilter } from '../odataFilter';
import { IInquiryQuery, InquiryScope } from './IInquiryRepository';

/** Statuses an inquiry is still being worked in; few at any time, so a filter on them narrows any queue. */
export const OPEN_INQUIRY_STATUSES: ReadonlyArray<InquiryStatus> = ['received', 'assigned', 'responded', 'waiting'];

/** A queue query as OData: `$filter` and `$orderby` by field key. */
export interface IQueueOData {
  filter: string;
  orderBy: Array<[string, boolean]>;
}

/** 'YYYY-MM' of an instant in Asia/Tokyo. */
export function jstMonthOf(instant: Date): string {
  return jstDateKey(instant).substring(0, 7);
}

/** [first instant of the month, first instant of the next month) in Asia/Tokyo. */
export function monthRange(month: string): { from: Date; to: Date } {
  if (!/^\d{4}-\d{2}$/.test(month) || dayNumberOfDateKey(`${month}-01`) === undefined) {
    throw new RangeError(`Not a month: ${month}`);
  }
  const year = Number(month.substring(0, 4));
  const m = Number(month.substring(5, 7));
  const next = m === 12 ? `${year + 1}-01` : `${year}-${m + 1 < 10 ? '0' : ''}${m + 1}`;
  return { from: jstInstant(`${month}-01`), to: jstInstant(`${next}-01`) };
}

/**
 * Builds the threshold-safe OData of a queue (sharepoint-rest.md §3.3): the leftmost clause is always an
 * indexed one that matches few items — the requester for "mine", otherwise the open statuses or one month
 * of receipts — then the scope's indexed column, then the subject search (not indexed, so only ever after
 * the narrowing clauses). Sorting is on indexed date columns only.
 */
export function queueOData(f: ListFilter, query: IInquiryQuery, now: Date): IQueueOData {
  const clauses: string[] = [];
  const status = query.status;
  const onlyOpen = status === 'open' || OPEN_INQUIRY_STATUSES.indexOf(status as InquiryStatus) >= 0;
  const needsMonth = !onlyOpen;
  const month = query.receivedMonth || (needsMonth && query.scope !== 'mine' ? jstMonthOf(now) : undefined);

  const scopeClause = (): string => {
    switch (query.scope) {
      case 'mine':
        return f.eq('requester', query.userId);
      case 'assignedToMe':
        return f.eq('assignee', query.userId);
      case 'myVendor':
        if (!query.vendorKey) throw new RangeError('The myVendor queue needs the user\'s vendor key');
        return f.eq('vendorKey', query.vendorKey);
      default:
        return '';
    }
  };
  const statusClause =
    status === 'open'
      ? f.anyOf('status', OPEN_INQUIRY_STATUSES.map((s) => INQUIRY_STATUS_LABELS[s].ja))
      : status === 'any'
        ? ''
        : f.eq('status', INQUIRY_STATUS_LABELS[status].ja);
  const range = month ? monthRange(month) : undefined;
  const monthClauses = range ? [f.ge('receivedAt', range.from), f.lt('receivedAt', range.to)] : [];

  if (query.scope === 'mine') {
    clauses.push(scopeClause(), ...monthClauses, statusClause);
  } else if (range) {
    clauses.push(...monthClauses, statusClause, scopeClause());
  } else {
    clauses.push(statusClause, scopeClause());
  }

  const search = (query.search || '').trim();
  if (search) {
    const number = /^#?(\d{1,9})$/.exec(search);
    clauses.push(number ? f.eq('id', Number(number[1])) : f.substringOf('title', search));
  }

  const orderBy: Array<[string, boolean]> =
    query.sort === 'dueAsc' ? [['firstResponseDue', true]] : query.sort === 'receivedAsc' ? [['receivedAt', true]] : [['receivedAt', false]];
  return { filter: and(...clauses), orderBy };
}

/** Every status code, for filter pickers. */
export const ALL_INQUIRY_STATUSES: ReadonlyArray<InquiryStatus> = codesOf(INQUIRY_STATUS_LABELS);

/** The queues a user may open, in tab order, and the one opened first. */
export function queueScopes(roles: ReadonlyArray<RoleKey>, vendorKey: string | undefined): { scopes: InquiryScope[]; initial: InquiryScope } {
  const scopes: InquiryScope[] = [];
  const has = (r: RoleKey): boolean => roles.indexOf(r) >= 0;
  if (has('ictCenter')) scopes.push('all');
  if (has('ictCenter') || has('vendor')) scopes.push('assignedToMe');
  if (has('vendor') && vendorKey) scopes.push('myVendor');
  if (has('department') || has('ictCenter')) scopes.push('mine');
  return { scopes, initial: has('ictCenter') ? 'all' : has('vendor') ? (vendorKey ? 'myVendor' : 'assignedToMe') : 'mine' };
}

/**
 * The query a user's queue opens with (undefined when they have no queue): open inquiries, their own newest
 * first, the others by first-response due date.
 */
export function openingQuery(roles: ReadonlyArray<RoleKey>, vendorKey: string | undefined, userId: number, pageSize: number): IInquiryQuery | undefined {
  const { scopes, initial } = queueScopes(roles, vendorKey);
  if (roles.length === 0 || scopes.length === 0) return undefined;
  return { scope: initial, userId, vendorKey, status: 'open', search: '', sort: initial === 'mine' ? 'receivedDesc' : 'dueAsc', pageSize };
}
