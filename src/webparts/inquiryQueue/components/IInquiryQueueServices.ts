import { ICatalogLookups } from '../../../data/catalogLookups';
import { ICurrentUserRepository } from '../../../data/currentUser';
import { IInquiryQueueStartLoader, IInquiryRepository } from '../../../data/inquiries';
import { IVendorDef } from '../../../schema';

/** Everything the queue reads and writes, injected so that components run against fakes in tests. */
export interface IInquiryQueueServices {
  /** The first screen (user, catalog, opening page) in one read. */
  start: IInquiryQueueStartLoader;
  inquiries: IInquiryRepository;
  catalog: ICatalogLookups;
  currentUser: ICurrentUserRepository;
  /** The site's vendors (for the ICT center's vendor choice when assigning). */
  vendors: ReadonlyArray<IVendorDef>;
  now: () => Date;
  sanitize: (html: string) => string;
}
