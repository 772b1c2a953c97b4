import { SERVICE_LIFECYCLE_LABELS, ServiceLifecycle } from '../../domain/vocabulary';
import { ServicesList } from '../../schema';
import { windowedAll } from '../idWindows';
import { SchemaListRepository } from '../SchemaListRepository';
import { SPFI } from '../pnp';
import { toDataError } from '../DataError';
import { IServiceCard, toServiceCard, toServiceValues } from './serviceMapping';

/** The service catalog (§19) in the catalog's language. Failures are DataErrors. */
export interface IServiceCatalogRepository {
  /** Services staff can use: in operation (提供中) and still operating until retirement (廃止予定). */
  listInOperation(): Promise<IServiceCard[]>;
  /** Every service in the given stages (owners' lifecycle view). */
  listByLifecycle(stages: ReadonlyArray<ServiceLifecycle>): Promise<IServiceCard[]>;
  get(id: number): Promise<IServiceCard>;
  add(card: Omit<IServiceCard, 'id' | 'etag'>): Promise<number>;
  /**
   * Saves an owner's edit if nobody changed the service since it was read. The list has content approval: the
   * edit waits for the ICT center's approval while staff keep seeing the approved version.
   */
  update(card: IServiceCard): Promise<string | undefined>;
  /** The ICT center approves a pending edit; from then on staff see it. Others get a `forbidden` DataError. */
  approve(id: number, comment?: string): Promise<void>;
}

/** The catalog is small by nature; the cap keeps a mistaken import of thousands from freezing the page. */
export const CATALOG_LIMIT = 2000;

export class ServiceCatalogRepository implements IServiceCatalogRepository {
  private readonly repo: SchemaListRepository;

  constructor(sp: SPFI, webServerRelativeUrl: string) {
    this.repo = new SchemaListRepository(sp, webServerRelativeUrl, ServicesList);
  }

  public listInOperation(): Promise<IServiceCard[]> {
    return this.listByLifecycle(['active', 'retiring']);
  }

  public async listByLifecycle(stages: ReadonlyArray<ServiceLifecycle>): Promise<IServiceCard[]> {
    const filter = this.repo.filter.anyOf('lifecycle', stages.map((s) => SERVICE_LIFECYCLE_LABELS[s].ja));
    const items = await windowedAll(this.repo, { filter }, CATALOG_LIMIT);
    return items.map(toServiceCard);
  }

  public async get(id: number): Promise<IServiceCard> {
    return toServiceCard(await this.repo.get(id));
  }

  public async add(card: Omit<IServiceCard, 'id' | 'etag'>): Promise<number> {
    return (await this.repo.add(toServiceValues(card), card.name)).id;
  }

  public update(card: IServiceCard): Promise<string | undefined> {
    if (!card.etag) throw toDataError(new Error('update needs the ETag the service was read with'));
    return this.repo.update(card.id, card.etag, toServiceValues(card), card.name);
  }

  public async approve(id: number, comment?: string): Promise<void> {
    try {
      await this.repo.spList.items.getById(id).update({ OData__ModerationStatus: 0, OData__ModerationComments: comment || '' });
    } catch (e) {
      throw toDataError(e);
    }
  }
}
