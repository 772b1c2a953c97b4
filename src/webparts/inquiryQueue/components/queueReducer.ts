import { IDataError } from '../../../data/DataError';
import { IInquiryPage, IInquiryRecord, InquiryScope, InquirySort, InquiryStatusFilter } from '../../../data/inquiries';

/** The filters of the queue the user is looking at. */
export interface IQueueFilters {
  scope: InquiryScope;
  status: InquiryStatusFilter;
  /** 'YYYY-MM' or '' for none. */
  month: string;
  search: string;
  sort: InquirySort;
}

/** The queue screen: filters, the loaded pages, the open item or form, and the last notice. */
export interface IQueueState {
  filters: IQueueFilters;
  /** Bumped to load the first page again with the same filters. */
  generation: number;
  list:
    | { status: 'loading' }
    | { status: 'error'; error: IDataError }
    | { status: 'ready'; items: IInquiryRecord[]; next?: () => Promise<IInquiryPage>; loadingMore: boolean; moreError?: IDataError };
  openId?: number;
  formOpen: boolean;
  notice?: string;
}

export type QueueEvent =
  | { type: 'filters'; filters: Partial<IQueueFilters> }
  | { type: 'reload' }
  | { type: 'loading' }
  | { type: 'loaded'; page: IInquiryPage }
  | { type: 'failed'; error: IDataError }
  | { type: 'loadingMore' }
  | { type: 'loadedMore'; page: IInquiryPage }
  | { type: 'moreFailed'; error: IDataError }
  | { type: 'open'; id: number }
  | { type: 'close' }
  | { type: 'openForm' }
  | { type: 'closeForm' }
  | { type: 'created'; record: IInquiryRecord; notice: string }
  | { type: 'changed'; record: IInquiryRecord }
  | { type: 'dismissNotice' };

export function initialQueueState(filters: IQueueFilters): IQueueState {
  return { filters, generation: 0, list: { status: 'loading' }, formOpen: false };
}

/** The queue's state transitions; loading results arrive as events so that stale answers can be dropped before. */
export function queueReducer(state: IQueueState, event: QueueEvent): IQueueState {
  switch (event.type) {
    case 'filters':
      return { ...state, filters: { ...state.filters, ...event.filters } };
    case 'reload':
      return { ...state, generation: state.generation + 1 };
    case 'loading':
      return { ...state, list: { status: 'loading' } };
    case 'loaded':
      return { ...state, list: { status: 'ready', items: event.page.items, next: event.page.next, loadingMore: false } };
    case 'failed':
      return { ...state, list: { status: 'error', error: event.error } };
    case 'loadingMore':
      return state.list.status === 'ready' ? { ...state, list: { ...state.list, loadingMore: true, moreError: undefined } } : state;
    case 'loadedMore':
      return state.list.status === 'ready'
        ? { ...state, list: { status: 'ready', items: state.list.items.concat(event.page.items), next: event.page.next, loadingMore: false } }
        : state;
    case 'moreFailed':
      return state.list.status === 'ready' ? { ...state, list: { ...state.list, loadingMore: false, moreError: event.error } } : state;
    case 'open':
      return { ...state, openId: event.id };
    case 'close':
      return { ...state, openId: undefined };
    case 'openForm':
      return { ...state, formOpen: true, notice: undefined };
    case 'closeForm':
      return { ...state, formOpen: false };
    case 'created': {
      // The new inquiry shows at once in the list and opens; the next reload brings the notifier's routing.
      const items = state.list.status === 'ready' ? [event.record].concat(state.list.items) : [event.record];
      const list = state.list.status === 'ready' ? { ...state.list, items } : { status: 'ready' as const, items, loadingMore: false };
      return { ...state, formOpen: false, notice: event.notice, list, openId: event.record.id };
    }
    case 'changed':
      if (state.list.status !== 'ready') return state;
      return {
        ...state,
        list: { ...state.list, items: state.list.items.map((i) => (i.id === event.record.id ? event.record : i)) }
      };
    case 'dismissNotice':
      return { ...state, notice: undefined };
    default:
      return state;
  }
}
