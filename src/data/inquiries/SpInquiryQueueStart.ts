import { RoleKey } from '../../domain';
import { ISiteConfig } from '../../schema';
import { ICatalog, SpCatalogLookups } from '../catalogLookups';
import { ICurrentUser, SpCurrentUserRepository } from '../currentUser';
import { toDataError } from '../DataError';
import { SPFI } from '../pnp';
import { IInquiryPage, IInquiryQuery } from './IInquiryRepository';
import { openingQuery } from './inquiryQueries';
import { SpInquiryRepository } from './SpInquiryRepository';

/** Everything the queue's first screen shows: who is looking, the catalog, and the queue it opens on. */
export interface IInquiryQueueStart {
  user: ICurrentUser;
  catalog: ICatalog;
  /** The opening queue (`openingQuery`) and its first page; absent when the user has no queue. */
  opening?: { query: IInquiryQuery; page: IInquiryPage };
}

/** Reads the queue's first screen. */
export interface IInquiryQueueStartLoader {
  load(pageSize: number): Promise<IInquiryQueueStart>;
}

// PnPjs splits a batch into sequential $batch requests of this many parts (ISPBatchProps.maxRequests default).
const MAX_BATCH_PARTS = 20;
// The current user, their groups, systems, services and calendars.
const LOOKUP_PARTS = 5;

/**
 * The inquiry queue's first screen in one $batch (DESIGN §6: one round trip).
 *
 * Which queue opens depends on the user's roles (group memberships), and the groups arrive in the same batch,
 * so the opening page cannot be chosen before it is sent. Rather than a second round trip, or one role-blind
 * query left to item permissions (which would be exact only once the notifier has secured every item, and
 * would give staff the ICT center's sort), the batch carries the opening page of every role the user could
 * have, each the very query that role's queue runs: the ICT center's open inquiries, each configured vendor's
 * open inquiries, and the requester's own. Each is threshold-safe on its own terms (open statuses are few, a
 * requester's inquiries are few) and costs an indexed read of at most one page; SharePoint trims every one to
 * what the user may read, so the speculative pages leak nothing. After the batch the user's real opening query
 * is matched by its OData text, so the page shown is exactly the one that query returns; when nothing matches
 * (the page context gave no user id, or more vendors than a batch holds) it is read afterwards.
 */
export class SpInquiryQueueStart implements IInquiryQueueStartLoader {
  constructor(
    private readonly sp: SPFI,
    private readonly parts: { currentUser: SpCurrentUserRepository; catalog: SpCatalogLookups; inquiries: SpInquiryRepository },
    private readonly config: ISiteConfig,
    /** The user's id in this site as the page knows it (SPFx legacyPageContext.userId), if any. */
    private readonly pageUserId?: number
  ) {}

  public async load(pageSize: number): Promise<IInquiryQueueStart> {
    const { currentUser, catalog, inquiries } = this.parts;
    const [batched, execute] = this.sp.batched();
    const user = currentUser.inBatch(batched);
    const lookups = catalog.inBatch(batched);
    const pages: Record<string, () => Promise<IInquiryPage>> = {};
    for (const query of this.candidates(pageSize)) pages[inquiries.queryKey(query)] = inquiries.inBatch(batched, query);
    try {
      await execute();
    } catch (e) {
      throw toDataError(e);
    }
    const [me, cat] = await Promise.all([user(), lookups()]);
    const query = openingQuery(me.roles, me.vendorKey, me.user.id, pageSize);
    if (!query) return { user: me, catalog: cat };
    const ready = pages[inquiries.queryKey(query)];
    return { user: me, catalog: cat, opening: { query, page: ready ? await ready() : await inquiries.page(query) } };
  }

  /** The opening query of each role the user could have, without duplicates, as many as fit in one $batch. */
  private candidates(pageSize: number): IInquiryQuery[] {
    const out: IInquiryQuery[] = [];
    const keys: string[] = [];
    const add = (roles: RoleKey[], vendorKey: string | undefined, userId: number): void => {
      const query = openingQuery(roles, vendorKey, userId, pageSize);
      const key = query ? this.parts.inquiries.queryKey(query) : '';
      if (query && keys.indexOf(key) < 0 && LOOKUP_PARTS + out.length < MAX_BATCH_PARTS) {
        keys.push(key);
        out.push(query);
      }
    };
    // The ICT center's queue does not depend on who is looking; the requester's needs the id the page knows.
    add(['ictCenter'], undefined, 0);
    if (this.pageUserId) add(['department'], undefined, this.pageUserId);
    for (const vendor of this.config.vendors) add(['vendor'], vendor.key, 0);
    return out;
  }
}
