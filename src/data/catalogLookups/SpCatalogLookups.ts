import { CalendarsList, IListDef, ServicesList, SystemsList } from '../../schema';
import { IItemPage, SchemaListRepository } from '../SchemaListRepository';
import { ISchemaItem } from '../fieldValues';
import { SPFI } from '../pnp';
import { inOwnBatch } from '../ownBatch';
import { ICatalog, ICatalogLookups, toBusinessCalendar, toBusinessSystem, toServiceEntry, withPresets } from './catalogLookups';

async function drain(first: IItemPage): Promise<ISchemaItem[]> {
  const items = first.items.slice();
  let page: IItemPage | undefined = first;
  while (page && page.next) {
    page = await page.next();
    items.push(...page.items);
  }
  return items;
}

/**
 * Systems in operation, every service and the calendars, read in one $batch (or in the caller's: the inquiry
 * queue's first screen). These lists stay small; should one of them pass a page, the rest is read after the batch.
 */
export class SpCatalogLookups implements ICatalogLookups {
  constructor(
    private readonly sp: SPFI,
    private readonly webServerRelativeUrl: string
  ) {}

  public async load(): Promise<ICatalog> {
    return inOwnBatch(this.sp, (batched) => this.inBatch(batched));
  }

  /** Adds the three reads to a batch the caller executes; the returned function gives the catalog after it ran. */
  public inBatch(batched: SPFI): () => Promise<ICatalog> {
    const systems = new SchemaListRepository(batched, this.webServerRelativeUrl, SystemsList);
    const services = new SchemaListRepository(batched, this.webServerRelativeUrl, ServicesList);
    const calendars = new SchemaListRepository(batched, this.webServerRelativeUrl, CalendarsList);
    const pages = Promise.all([
      systems.page({ filter: systems.filter.eq('active', true), orderBy: [['code', true]], pageSize: 2000 }),
      services.page({ orderBy: [['code', true]], pageSize: 2000 }),
      calendars.page({ pageSize: 500 })
    ]);
    // If the batch itself fails, its error is the one to report; the per-request rejections follow it.
    pages.catch(() => undefined);
    return async () => {
      const [systemPage, servicePage, calendarPage] = await pages;
      const unbatched = (page: IItemPage, list: IListDef): Promise<ISchemaItem[]> =>
        page.next ? new SchemaListRepository(this.sp, this.webServerRelativeUrl, list).all({ pageSize: 2000 }) : drain(page);
      const [systemItems, serviceItems, calendarItems] = await Promise.all([
        unbatched(systemPage, SystemsList),
        unbatched(servicePage, ServicesList),
        unbatched(calendarPage, CalendarsList)
      ]);
      return {
        systems: systemItems.filter((i) => i.values.active !== false).map(toBusinessSystem),
        services: serviceItems.map(toServiceEntry),
        calendars: withPresets(calendarItems.map(toBusinessCalendar))
      };
    };
  }
}
