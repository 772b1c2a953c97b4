import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { IList } from '@pnp/sp/lists';
import { IItems } from '@pnp/sp/items';
import { SPCollection } from '@pnp/sp';
import { IListDef } from '../schema';
import { toDataError } from './DataError';
import { expandFor, ISchemaItem, readItem, selectFor, toPayload, WriteValues } from './fieldValues';
import { ListFilter } from './odataFilter';
import { SPFI } from './pnp';

export interface IListQuery {
  /** Field keys to read; all of the list's fields when omitted. */
  keys?: ReadonlyArray<string>;
  /** An OData filter built with `ListFilter`. Filter first on an indexed column: lists grow past 5,000 items. */
  filter?: string;
  /** Field keys (or id/title/created/modified) with ascending flags. */
  orderBy?: ReadonlyArray<[string, boolean]>;
  pageSize?: number;
}

/** One page of items; `next` is there while SharePoint returned an `odata.nextLink`. */
export interface IItemPage {
  items: ISchemaItem[];
  next?: () => Promise<IItemPage>;
}

interface IRawPage {
  nextLink?: string;
  value: Record<string, unknown>[];
}

const pageParser = parseBinderWithErrorCheck(async (r: Response): Promise<IRawPage> => {
  const json = await r.json();
  const nextLink = json.d && json.d.__next ? json.d.__next : json['odata.nextLink'];
  return { nextLink: typeof nextLink === 'string' && nextLink.length > 0 ? nextLink : undefined, value: parseODataJSON(json) };
});

/**
 * Schema-driven access to one list, addressed by its URL (titles are localized and may be renamed). The
 * typed repositories (issues, inquiries, …) are built on it; it maps items through the schema and turns every
 * failure into a DataError.
 */
export class SchemaListRepository {
  public readonly filter: ListFilter;

  constructor(
    private readonly sp: SPFI,
    private readonly webServerRelativeUrl: string,
    public readonly list: IListDef
  ) {
    this.filter = new ListFilter(list);
  }

  public get spList(): IList {
    const web = this.webServerRelativeUrl.replace(/\/$/, '');
    return this.sp.web.getList(`${web}/${this.list.url}`);
  }

  public async page(query: IListQuery = {}): Promise<IItemPage> {
    let items: IItems = this.spList.items
      .select(...selectFor(this.list, query.keys))
      .top(query.pageSize || 50);
    const expand = expandFor(this.list, query.keys);
    if (expand.length) items = items.expand(...expand);
    if (query.filter) items = items.filter(query.filter);
    for (const [key, ascending] of query.orderBy || []) {
      items = items.orderBy(this.filter.orderColumn(key), ascending);
    }
    return this.readPage(items.using(pageParser), query.keys);
  }

  /** Every item matching the query, page by page; for bounded sets such as one issue's proposals. */
  public async all(query: IListQuery = {}): Promise<ISchemaItem[]> {
    const result: ISchemaItem[] = [];
    let page: IItemPage | undefined = await this.page({ pageSize: 500, ...query });
    while (page) {
      result.push(...page.items);
      page = page.next ? await page.next() : undefined;
    }
    return result;
  }

  private async readPage(request: IItems, keys?: ReadonlyArray<string>): Promise<IItemPage> {
    let raw: IRawPage;
    try {
      raw = (await request()) as unknown as IRawPage;
    } catch (e) {
      throw toDataError(e);
    }
    const items = raw.value.map((item) => readItem(this.list, item, keys));
    const nextLink = raw.nextLink;
    return {
      items,
      next: nextLink ? () => this.readPage(SPCollection([request, nextLink]).using(pageParser) as unknown as IItems, keys) : undefined
    };
  }

  public async get(id: number, keys?: ReadonlyArray<string>): Promise<ISchemaItem> {
    try {
      let item = this.spList.items.getById(id).select(...selectFor(this.list, keys));
      const expand = expandFor(this.list, keys);
      if (expand.length) item = item.expand(...expand);
      return readItem(this.list, await item(), keys);
    } catch (e) {
      throw toDataError(e);
    }
  }

  /** Adds an item and returns its id and ETag. */
  public async add(values: WriteValues, title?: string): Promise<{ id: number; etag?: string }> {
    try {
      const created = await this.spList.items.add(toPayload(this.list, values, title));
      return { id: Number(created.Id !== undefined ? created.Id : created.ID), etag: created['odata.etag'] };
    } catch (e) {
      throw toDataError(e);
    }
  }

  /**
   * Updates only if nobody changed the item since `etag` was read: SharePoint answers 412 otherwise, which
   * becomes a `conflict` DataError with reason `staleEdit`. Returns the new ETag.
   */
  public async update(id: number, etag: string, values: WriteValues, title?: string): Promise<string | undefined> {
    try {
      const result = await this.spList.items.getById(id).update(toPayload(this.list, values, title), etag);
      return result.etag || undefined;
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async remove(id: number, etag: string): Promise<void> {
    try {
      await this.spList.items.getById(id).delete(etag);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
