import { IInquiry } from '../../domain';
import { IFaqDraft } from '../../domain/knowledge';
import { FaqList, InquiriesList } from '../../schema';
import { isDataError, toDataError } from '../DataError';
import { IItemPage, SchemaListRepository } from '../SchemaListRepository';
import { SPFI } from '../pnp';
import {
  IAttachment,
  IAttachmentInput,
  IInquiryPage,
  IInquiryQuery,
  IInquiryRecord,
  IInquiryRepository,
  IInquiryTexts,
  INewInquiry,
  InquirySaveResult
} from './IInquiryRepository';
import { faqDraftValues, inquiryChanges, newInquiryValues, toInquiryRecord } from './inquiryMapper';
import { queueOData } from './inquiryQueries';

export interface ISpInquiryRepositoryOptions {
  /** Rich-text sanitizer (DOMPurify in the browser); every HTML column is written through it. */
  sanitizeHtml: (html: string) => string;
  /** The clock used for the default received month; tests pin it. */
  now?: () => Date;
}

function isStale(e: unknown): boolean {
  return isDataError(e) && e.reason === 'staleEdit';
}

/** The inquiry repository over PnPjs: one list addressed by URL, mapped through the schema. */
export class SpInquiryRepository implements IInquiryRepository {
  private readonly inquiries: SchemaListRepository;
  private readonly faq: SchemaListRepository;
  private readonly sanitize: (html: string) => string;
  private readonly now: () => Date;
  private readonly webServerRelativeUrl: string;

  constructor(sp: SPFI, webServerRelativeUrl: string, options: ISpInquiryRepositoryOptions) {
    this.webServerRelativeUrl = webServerRelativeUrl;
    this.inquiries = new SchemaListRepository(sp, webServerRelativeUrl, InquiriesList);
    this.faq = new SchemaListRepository(sp, webServerRelativeUrl, FaqList);
    this.sanitize = options.sanitizeHtml;
    this.now = options.now || (() => new Date());
  }

  public async page(query: IInquiryQuery): Promise<IInquiryPage> {
    const odata = queueOData(this.inquiries.filter, query, this.now());
    return this.toPage(await this.inquiries.page({ filter: odata.filter, orderBy: odata.orderBy, pageSize: query.pageSize }));
  }

  /** The query's `$filter`/`$orderby`/`$top` as text: two queries with the same key read the same page. */
  public queryKey(query: IInquiryQuery): string {
    const odata = queueOData(this.inquiries.filter, query, this.now());
    return JSON.stringify([odata.filter, odata.orderBy, query.pageSize]);
  }

  /** Adds a page read to a batch the caller executes; the returned function gives the page after it ran. */
  public inBatch(batched: SPFI, query: IInquiryQuery): () => Promise<IInquiryPage> {
    const odata = queueOData(this.inquiries.filter, query, this.now());
    const read = new SchemaListRepository(batched, this.webServerRelativeUrl, InquiriesList).page({ filter: odata.filter, orderBy: odata.orderBy, pageSize: query.pageSize });
    // If the batch itself fails, its error is the one to report; a page nobody asks for must not go unhandled.
    read.catch(() => undefined);
    return async () => this.toPage(await read);
  }

  private toPage(page: IItemPage): IInquiryPage {
    const next = page.next;
    return {
      items: page.items.map(toInquiryRecord),
      next: next ? async () => this.toPage(await next()) : undefined
    };
  }

  public async get(id: number): Promise<IInquiryRecord> {
    return toInquiryRecord(await this.inquiries.get(id));
  }

  public async create(input: INewInquiry, attachments: ReadonlyArray<IAttachmentInput> = []): Promise<IInquiryRecord> {
    const { title, values } = newInquiryValues(input, this.sanitize);
    const created = await this.inquiries.add(values, title);
    try {
      for (const file of attachments) {
        await this.inquiries.spList.items.getById(created.id).attachmentFiles.add(file.name, file.content);
      }
    } catch (e) {
      // Nothing half-saved: an inquiry whose attachments failed is taken back, and the user retries the whole form.
      await this.inquiries.remove(created.id, '*').catch(() => undefined);
      throw toDataError(e);
    }
    // Attachments bump the ETag (sharepoint-rest.md §9.7); read the item back so the record's ETag is current.
    return this.get(created.id);
  }

  public async attachments(id: number): Promise<IAttachment[]> {
    try {
      const files = await this.inquiries.spList.items.getById(id).attachmentFiles.select('FileName', 'ServerRelativeUrl')();
      return files.map((f) => ({ name: f.FileName, url: f.ServerRelativeUrl }));
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async save(before: IInquiryRecord, after: IInquiry, texts: IInquiryTexts = {}): Promise<InquirySaveResult> {
    const values = inquiryChanges(before, after, texts, this.sanitize);
    if (Object.keys(values).length === 0) {
      return { ok: true, record: before };
    }
    try {
      await this.inquiries.update(before.id, before.etag, values);
    } catch (e) {
      if (isStale(e)) return { ok: false, reason: 'staleEdit', latest: await this.get(before.id) };
      throw e;
    }
    return { ok: true, record: await this.get(before.id) };
  }

  public async promoteToFaq(inquiry: IInquiryRecord, draft: IFaqDraft): Promise<InquirySaveResult> {
    const { title, values } = faqDraftValues(inquiry, draft, this.sanitize);
    const created = await this.faq.add(values, title);
    try {
      await this.inquiries.update(inquiry.id, inquiry.etag, { faqDraft: created.id });
    } catch (e) {
      // The draft would point at an inquiry the user has not seen in its current state: take it back.
      await this.faq.remove(created.id, created.etag || '*').catch(() => undefined);
      if (isStale(e)) return { ok: false, reason: 'staleEdit', latest: await this.get(inquiry.id) };
      throw e;
    }
    return { ok: true, record: await this.get(inquiry.id) };
  }
}
