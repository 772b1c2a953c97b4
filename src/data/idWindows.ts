import { toDataError } from './DataError';
import { ISchemaItem } from './fieldValues';
import { and } from './odataFilter';
import { SchemaListRepository } from './SchemaListRepository';

/**
 * Queries that stay under the 5,000-item list view threshold at any list size. SharePoint refuses a `$filter`
 * whose indexed clause matches more than 5,000 items even with `$top` (sharepoint-rest.md §3.3), so a filter on
 * "published" alone fails once a list holds more published entries than that. ID is always indexed: each request
 * adds an ID window (`Id ge lo and Id le hi`, at most `windowSize` ids, written first so it is the clause the
 * server evaluates first) to the caller's filter and walks the list newest first, window by window.
 */
export interface IWindowedQuery {
  /** Field keys to read (all when omitted). */
  keys?: ReadonlyArray<string>;
  /** The caller's filter (built with ListFilter); non-indexed terms are fine inside a window. */
  filter?: string;
  /** Items per page. */
  pageSize: number;
  /** Ids per window; at most the threshold. */
  windowSize?: number;
  /** Windows one page may scan before it returns what it found (a rare search term must not cost 20 calls at once). */
  maxWindowsPerPage?: number;
}

/** One page of a windowed query: `next` continues below the last id scanned; `scannedTo` is that id. */
export interface IWindowedPage<T = ISchemaItem> {
  items: T[];
  next?: () => Promise<IWindowedPage<T>>;
  /** Lowest id not yet scanned plus one; 0 when the whole list was scanned. */
  scannedTo: number;
}

/** Runs one request: the items matching `filter` (which already holds the ID window), newest first, at most `top`. */
export type WindowFetch<T> = (filter: string, top: number) => Promise<T[]>;

export const DEFAULT_WINDOW_SIZE = 5000;

/** The newest item id (or 0 for an empty list): `$orderby=ID desc&$top=1` is allowed on any list size. */
export async function newestId(repo: SchemaListRepository): Promise<number> {
  try {
    const rows = (await repo.spList.items.select('Id').orderBy('Id', false).top(1)()) as Array<{ Id: number }>;
    return rows.length ? rows[0].Id : 0;
  } catch (e) {
    throw toDataError(e);
  }
}

async function scan<T extends { id: number }>(
  repo: SchemaListRepository,
  fetch: WindowFetch<T>,
  query: IWindowedQuery,
  upper: number
): Promise<IWindowedPage<T>> {
  const windowSize = Math.min(query.windowSize || DEFAULT_WINDOW_SIZE, DEFAULT_WINDOW_SIZE);
  const maxWindows = query.maxWindowsPerPage || 4;
  const items: T[] = [];
  let hi = upper;
  let windows = 0;
  while (hi > 0 && items.length < query.pageSize && windows < maxWindows) {
    const lo = Math.max(1, hi - windowSize + 1);
    const want = query.pageSize - items.length;
    const found = await fetch(and(repo.filter.ge('id', lo), repo.filter.le('id', hi), query.filter || ''), want);
    items.push(...found);
    windows++;
    // A full answer may have left matches in this window: continue just below the last one returned.
    hi = found.length === want && found.length > 0 ? found[found.length - 1].id - 1 : lo - 1;
  }
  const scannedTo = Math.max(0, hi);
  return { items, scannedTo, next: scannedTo > 0 ? () => scan(repo, fetch, query, scannedTo) : undefined };
}

/** The first page of a windowed query with a custom fetch (extra columns such as a library's file name). */
export async function windowedPageWith<T extends { id: number }>(
  repo: SchemaListRepository,
  fetch: WindowFetch<T>,
  query: IWindowedQuery
): Promise<IWindowedPage<T>> {
  const top = await newestId(repo);
  return top > 0 ? scan(repo, fetch, query, top) : { items: [], scannedTo: 0 };
}

function schemaFetch(repo: SchemaListRepository, keys?: ReadonlyArray<string>): WindowFetch<ISchemaItem> {
  return async (filter, top) => (await repo.page({ keys, filter, orderBy: [['id', false]], pageSize: top })).items;
}

/** The first page of a windowed query, newest first. */
export function windowedPage(repo: SchemaListRepository, query: IWindowedQuery): Promise<IWindowedPage> {
  return windowedPageWith(repo, schemaFetch(repo, query.keys), query);
}

/** Every matching item, window by window, up to `limit` items (bounded registers such as the catalog). */
export async function collectWindowed<T>(first: IWindowedPage<T>, limit: number): Promise<T[]> {
  const out: T[] = [];
  let page: IWindowedPage<T> | undefined = first;
  while (page) {
    out.push(...page.items);
    if (out.length >= limit) return out.slice(0, limit);
    page = page.next ? await page.next() : undefined;
  }
  return out;
}

export async function windowedAll(repo: SchemaListRepository, query: Omit<IWindowedQuery, 'pageSize'>, limit: number): Promise<ISchemaItem[]> {
  return collectWindowed(await windowedPage(repo, { maxWindowsPerPage: 20, ...query, pageSize: Math.min(500, limit) }), limit);
}
