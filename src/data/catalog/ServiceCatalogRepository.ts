import { PermissionKind } from '@pnp/sp/security';
import { IUserRef } from '../../domain/entities/userRef';
import { SERVICE_LIFECYCLE_LABELS, ServiceLifecycle } from '../../domain/vocabulary';
import { DocumentsList, ServicesList } from '../../schema';
import { ILookupValue } from '../fieldValues';
import { windowedAll } from '../idWindows';
import { SchemaListRepository } from '../SchemaListRepository';
import { SPFI } from '../pnp';
import { isDataError, toDataError } from '../DataError';
import { IServiceCard, toServiceCard, toServiceValues } from './serviceMapping';

/**
 * How an owner's edit ended: saved (and, on the catalog's content-approved list, whether it now waits for the ICT
 * center while staff keep seeing the approved version), or refused because someone saved first (nothing written).
 */
export type ServiceSaveResult = { ok: true; card: IServiceCard; pendingApproval: boolean } | { ok: false; reason: 'staleEdit'; latest: IServiceCard };

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
  /** Whether SharePoint lets the signed-in user edit this service (its effective permissions on the item). */
  canEdit(id: number): Promise<boolean>;
  /**
   * The in-page edit: writes `after` if `before.etag` is still current (a stale ETag is a result, not an overwrite;
   * no permission is a `forbidden` DataError from SharePoint), rich text sanitized, then reads back the saved
   * version and its approval state.
   */
  save(before: IServiceCard, after: IServiceCard): Promise<ServiceSaveResult>;
  /** Documents a service can require (the newest of the register, by number and title). */
  documentChoices(): Promise<ILookupValue[]>;
  /** A person by e-mail or sign-in name (added to the site if needed) or by an exact display name; undefined if none. */
  resolveUser(text: string): Promise<IUserRef | undefined>;
}

export interface IServiceCatalogRepositoryOptions {
  /** Rich-text sanitizer (DOMPurify in the browser); the request flow is written through it. */
  sanitizeHtml?: (html: string) => string;
}

/** How many documents the edit form offers; ordered by ID (newest first), so the query stays threshold-safe. */
export const DOCUMENT_CHOICES_LIMIT = 500;

/** The catalog is small by nature; the cap keeps a mistaken import of thousands from freezing the page. */
export const CATALOG_LIMIT = 2000;

export class ServiceCatalogRepository implements IServiceCatalogRepository {
  private readonly repo: SchemaListRepository;
  private readonly documents: SchemaListRepository;
  private readonly sanitize: (html: string) => string;

  constructor(private readonly sp: SPFI, webServerRelativeUrl: string, options: IServiceCatalogRepositoryOptions = {}) {
    this.repo = new SchemaListRepository(sp, webServerRelativeUrl, ServicesList);
    this.documents = new SchemaListRepository(sp, webServerRelativeUrl, DocumentsList);
    this.sanitize = options.sanitizeHtml || ((html: string) => html);
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

  public async canEdit(id: number): Promise<boolean> {
    try {
      return await this.repo.spList.items.getById(id).currentUserHasPermissions(PermissionKind.EditListItems);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async save(before: IServiceCard, after: IServiceCard): Promise<ServiceSaveResult> {
    if (!before.etag) throw toDataError(new Error('save needs the ETag the service was read with'));
    const written: IServiceCard = { ...after, id: before.id, requestFlow: after.requestFlow ? this.sanitize(after.requestFlow) : undefined };
    let etag: string | undefined;
    try {
      etag = await this.repo.update(before.id, before.etag, toServiceValues(written), written.name);
    } catch (e) {
      if (isDataError(e) && e.reason === 'staleEdit') return { ok: false, reason: 'staleEdit', latest: await this.get(before.id) };
      throw e;
    }
    // On a list with content approval SharePoint makes every edit Pending, an approver's too, and who reads the
    // pending version depends on the list's draft visibility: the owner may read back the approved one. So the
    // result is what was written, under the new ETag, and the approval state is the list's rule, not a read-back.
    return { ok: true, card: { ...written, etag: etag || before.etag }, pendingApproval: this.repo.list.contentApproval === true };
  }

  public async documentChoices(): Promise<ILookupValue[]> {
    const page = await this.documents.page({ keys: ['number'], orderBy: [['id', false]], pageSize: DOCUMENT_CHOICES_LIMIT });
    return page.items.map((item) => ({ id: item.id, title: item.title || String(item.values.number || item.id) }));
  }

  public async resolveUser(text: string): Promise<IUserRef | undefined> {
    const wanted = text.trim();
    if (!wanted) return undefined;
    try {
      if (wanted.indexOf('@') > 0 || wanted.indexOf('|') > 0) {
        const u = await this.sp.web.ensureUser(wanted);
        return { id: u.Id, title: u.Title, email: u.Email || undefined };
      }
      const rows = (await this.sp.web.siteUsers.filter(`Title eq '${wanted.replace(/'/g, "''")}'`).select('Id', 'Title', 'Email').top(50)()) as Array<{ Id: number; Title: string; Email?: string }>;
      // Exactly one person of that name, or none: two people with one display name need the e-mail address.
      const found = rows.filter((u) => u.Title === wanted);
      return found.length === 1 ? { id: found[0].Id, title: found[0].Title, email: found[0].Email || undefined } : undefined;
    } catch (e) {
      const error = toDataError(e);
      if (error.kind === 'notFound' || error.kind === 'invalid') return undefined;
      throw error;
    }
  }
}
