import { IFaqDraft, KnowledgeListKey, markReviewed, rankBySearch, plainText, serverSearchTerm, addDays, searchVariants } from '../../domain/knowledge';
import { KNOWLEDGE_STATUS_LABELS, KnowledgeStatus } from '../../domain/vocabulary';
import { FaqList, IListDef, KnowledgeList } from '../../schema';
import { PermissionKind } from '@pnp/sp/security';
import { DataError, toDataError } from '../DataError';
import { IWindowedPage, windowedAll, windowedPage } from '../idWindows';
import { and, or } from '../odataFilter';
import { SchemaListRepository } from '../SchemaListRepository';
import { SPFI } from '../pnp';
import { faqDraftEdit, IKnowledgeArticle, KnowledgeEdit, toKnowledgeArticle, toKnowledgeValues } from './knowledgeMapping';

export interface IKnowledgeSearch {
  /** Japanese free text; every term must match the question, tags, category or answer. */
  query?: string;
  category?: string;
  pageSize: number;
}

/** One page of results, ranked within the page; `next` continues with older entries. */
export interface IArticlePage {
  articles: IKnowledgeArticle[];
  next?: () => Promise<IArticlePage>;
}

/** The FAQ or the operator knowledge list. What a user gets is what SharePoint lets them read. */
export interface IKnowledgeRepository {
  readonly listKey: KnowledgeListKey;
  searchPublished(search: IKnowledgeSearch): Promise<IArticlePage>;
  get(id: number): Promise<IKnowledgeArticle>;
  /** Entries whose review date is within `leadDays` of today or past it (the reviewer view; ranked by the caller). */
  reviewCandidates(today: string, leadDays: number): Promise<IKnowledgeArticle[]>;
  add(edit: KnowledgeEdit): Promise<number>;
  /** ETag-checked save of an edit; returns the new ETag. */
  update(article: IKnowledgeArticle, edit: KnowledgeEdit): Promise<string | undefined>;
  /** The owner confirmed the content today: last reviewed today, next review one cycle later. */
  markReviewed(article: IKnowledgeArticle, today: string, publish: boolean): Promise<string | undefined>;
  /**
   * Approves the entry's current version (the FAQ has content approval: staff keep seeing the last approved
   * version until then). Needs ApproveItems (the ICT center); others get a `forbidden` DataError.
   */
  approve(id: number, comment?: string): Promise<void>;
  /** Whether SharePoint lets the current user open the list at all (staff have no grant on operator knowledge). */
  canRead(): Promise<boolean>;
  /** Whether the current user may edit items of the list (owners, the ICT center, vendors on their knowledge). */
  canEdit(): Promise<boolean>;
}

const SEARCH_KEYS = ['answer', 'category', 'tags', 'system', 'status', 'owner', 'lastReviewed', 'reviewCycleDays', 'nextReview'];
const REVIEW_LIMIT = 2000;

/** Sanitizer injected by the caller (DOMPurify in the browser); the data layer has no DOM. */
export type Sanitize = (html: string) => string;

export class KnowledgeRepository implements IKnowledgeRepository {
  protected readonly repo: SchemaListRepository;

  constructor(
    sp: SPFI,
    webServerRelativeUrl: string,
    public readonly listKey: KnowledgeListKey,
    private readonly sanitize: Sanitize
  ) {
    const list: IListDef = listKey === 'faq' ? FaqList : KnowledgeList;
    this.repo = new SchemaListRepository(sp, webServerRelativeUrl, list);
  }

  private keys(): string[] {
    return this.listKey === 'faq' ? SEARCH_KEYS.concat(['helpfulYes', 'helpfulNo', 'vendorKey']) : SEARCH_KEYS.concat(['vendorKey', 'sharedWithAll']);
  }

  /**
   * Indexed status filter inside an ID window (threshold-safe at any size), then `substringof` on the question and
   * the single-line search text for the longest term in its kana/width spellings; the page is ranked here.
   */
  public async searchPublished(search: IKnowledgeSearch): Promise<IArticlePage> {
    const f = this.repo.filter;
    const term = search.query ? serverSearchTerm(search.query) : undefined;
    const filter = and(
      f.eq('status', KNOWLEDGE_STATUS_LABELS.published.ja),
      search.category ? f.eq('category', search.category) : '',
      term ? or(...searchVariants(term).map((t) => or(f.substringOf('title', t), f.substringOf('searchText', t)))) : ''
    );
    const toPage = (page: IWindowedPage): IArticlePage => {
      const articles = page.items.map((i) => toKnowledgeArticle(this.listKey, i));
      const ranked = search.query
        ? rankBySearch(articles, search.query, (a) => ({ question: a.title, answer: plainText(a.answer), tags: a.tags, category: a.category }))
        : articles;
      const next = page.next;
      return { articles: ranked, next: next ? async () => toPage(await next()) : undefined };
    };
    return toPage(await windowedPage(this.repo, { keys: this.keys(), filter, pageSize: search.pageSize }));
  }

  public async get(id: number): Promise<IKnowledgeArticle> {
    return toKnowledgeArticle(this.listKey, await this.repo.get(id));
  }

  public async reviewCandidates(today: string, leadDays: number): Promise<IKnowledgeArticle[]> {
    const f = this.repo.filter;
    const filter = and(
      f.le('nextReview', new Date(`${addDays(today, leadDays)}T00:00:00+09:00`)),
      f.ne('status', KNOWLEDGE_STATUS_LABELS.unpublished.ja)
    );
    const items = await windowedAll(this.repo, { keys: this.keys(), filter }, REVIEW_LIMIT);
    return items.map((i) => toKnowledgeArticle(this.listKey, i));
  }

  public async add(edit: KnowledgeEdit): Promise<number> {
    return (await this.repo.add(toKnowledgeValues(this.listKey, edit, this.sanitize), edit.title)).id;
  }

  public update(article: IKnowledgeArticle, edit: KnowledgeEdit): Promise<string | undefined> {
    if (!article.etag) throw new DataError({ kind: 'invalid', detail: 'update needs the ETag the entry was read with' });
    return this.repo.update(article.id, article.etag, toKnowledgeValues(this.listKey, edit, this.sanitize), edit.title);
  }

  public async approve(id: number, comment?: string): Promise<void> {
    try {
      await this.repo.spList.items.getById(id).update({ OData__ModerationStatus: 0, OData__ModerationComments: comment || '' });
    } catch (e) {
      throw toDataError(e);
    }
  }

  /** SharePoint's moderation status of the current version: 0 approved, 1 rejected, 2 pending, 3 draft. */
  public async moderationStatus(id: number): Promise<number | undefined> {
    try {
      const row = (await this.repo.spList.items.getById(id).select('Id', 'OData__ModerationStatus')()) as { OData__ModerationStatus?: number };
      return typeof row.OData__ModerationStatus === 'number' ? row.OData__ModerationStatus : undefined;
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async canRead(): Promise<boolean> {
    try {
      await this.repo.spList.select('Id')();
      return true;
    } catch (e) {
      const error = toDataError(e);
      if (error.kind === 'forbidden' || error.kind === 'notFound') return false;
      throw error;
    }
  }

  public async canEdit(): Promise<boolean> {
    if (!(await this.canRead())) return false;
    try {
      return await this.repo.spList.currentUserHasPermissions(PermissionKind.EditListItems);
    } catch (e) {
      throw toDataError(e);
    }
  }

  /**
   * Saves the review. On a list with content approval the save is pending again; an approver's review is approved
   * right away, anyone else's waits for the ICT center (readers meanwhile see the last approved version).
   */
  public async markReviewed(article: IKnowledgeArticle, today: string, publish: boolean): Promise<string | undefined> {
    const status: KnowledgeStatus = publish ? 'published' : article.status;
    const etag = await this.update(article, {
      ...article,
      ...markReviewed(article.reviewCycleDays, today),
      status,
      unpublishedReason: status === 'published' ? '' : article.unpublishedReason
    });
    if (this.repo.list.contentApproval && (await this.canApprove())) await this.approve(article.id);
    return etag;
  }

  public async canApprove(): Promise<boolean> {
    try {
      return await this.repo.spList.currentUserHasPermissions(PermissionKind.ApproveItems);
    } catch (e) {
      throw toDataError(e);
    }
  }
}

/** The FAQ adds drafts promoted from inquiries (from the inquiry queue), keeping the link to the inquiry. */
export class FaqRepository extends KnowledgeRepository {
  constructor(sp: SPFI, webServerRelativeUrl: string, sanitize: Sanitize) {
    super(sp, webServerRelativeUrl, 'faq', sanitize);
  }

  public addDraft(draft: IFaqDraft): Promise<number> {
    return this.add(faqDraftEdit(draft));
  }
}
