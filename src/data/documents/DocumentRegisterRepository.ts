import { IDocumentRequirementRef } from '../../domain/entities/documentRecord';
import { IGatedDocument, requireUpdate, requirementKey, satisfyRequirements } from '../../domain/documents';
import { addDays } from '../../domain/knowledge';
import { DOCUMENT_STATUS_LABELS } from '../../domain/vocabulary';
import { DocumentsList } from '../../schema';
import { PermissionKind } from '@pnp/sp/security';
import { toDataError } from '../DataError';
import { expandFor, readItem, selectFor } from '../fieldValues';
import { collectWindowed, IWindowedPage, windowedPageWith, WindowFetch } from '../idWindows';
import { and } from '../odataFilter';
import { SchemaListRepository } from '../SchemaListRepository';
import { SPFI } from '../pnp';
import { DocumentMetadata, FILE_COLUMNS, IRegisterDocument, toDocumentValues, toRegisterDocument } from './documentMapping';

/** The register's screens: every managed document, those waiting for an update, those due for review. */
export type RegisterView = 'register' | 'updatePending' | 'reviewDue';

export interface IDocumentPage {
  documents: IRegisterDocument[];
  next?: () => Promise<IDocumentPage>;
}

export type FileContent = ArrayBuffer | Blob | string;

/** The document register (§7). Readers get what SharePoint lets them read (vendor-restricted items are not returned). */
export interface IDocumentRegisterRepository {
  page(view: RegisterView, today: string, pageSize: number): Promise<IDocumentPage>;
  get(id: number): Promise<IRegisterDocument>;
  /** Uploads a file as a new register entry with its metadata. */
  addDocument(fileName: string, content: FileContent, meta: DocumentMetadata): Promise<IRegisterDocument>;
  /**
   * Uploads a new version of the document's file (SharePoint keeps the previous ones) and records which outstanding
   * requirements it satisfies (all of them when `satisfies` is omitted), clearing "update pending" when none is left.
   */
  uploadNewVersion(doc: IRegisterDocument, content: FileContent, today: string, satisfies?: ReadonlyArray<IDocumentRequirementRef>): Promise<IRegisterDocument>;
  /** A change or incident starts requiring the document's update (used by the change/incident registers). */
  requireUpdate(doc: IRegisterDocument, ref: IDocumentRequirementRef): Promise<IRegisterDocument>;
  /** Documents still pending an update for the given change or incident: the input of `completionGate`. */
  pendingFor(ref: IDocumentRequirementRef): Promise<IGatedDocument[]>;
  /** Earlier versions of the file, newest first. */
  versions(doc: IRegisterDocument): Promise<Array<{ label: string; created: string; url: string }>>;
  /** Whether the user may edit documents of the library at all (item permissions still decide per document). */
  canContribute(): Promise<boolean>;
}

export const REVIEW_LEAD_DAYS = 30;
const PENDING_LIMIT = 2000;

export class DocumentRegisterRepository implements IDocumentRegisterRepository {
  private readonly repo: SchemaListRepository;

  constructor(
    private readonly sp: SPFI,
    private readonly webServerRelativeUrl: string
  ) {
    this.repo = new SchemaListRepository(sp, webServerRelativeUrl, DocumentsList);
  }

  private get libraryUrl(): string {
    return `${this.webServerRelativeUrl.replace(/\/$/, '')}/${DocumentsList.url}`;
  }

  private readonly fetch: WindowFetch<IRegisterDocument> = async (filter, top) => {
    try {
      const rows = (await this.repo.spList.items
        .select(...selectFor(DocumentsList), ...FILE_COLUMNS)
        .expand(...expandFor(DocumentsList))
        .filter(filter)
        .orderBy('Id', false)
        .top(top)()) as Array<Record<string, unknown>>;
      return rows.map((r) => toRegisterDocument(readItem(DocumentsList, r), r));
    } catch (e) {
      throw toDataError(e);
    }
  };

  private viewFilter(view: RegisterView, today: string): string {
    const f = this.repo.filter;
    switch (view) {
      case 'updatePending':
        return f.eq('updatePending', true);
      case 'reviewDue':
        return and(f.le('nextReview', new Date(`${addDays(today, REVIEW_LEAD_DAYS)}T00:00:00+09:00`)), f.ne('status', DOCUMENT_STATUS_LABELS.obsolete.ja));
      default:
        return '';
    }
  }

  public async page(view: RegisterView, today: string, pageSize: number): Promise<IDocumentPage> {
    const toPage = (p: IWindowedPage<IRegisterDocument>): IDocumentPage => {
      const next = p.next;
      return { documents: p.items, next: next ? async () => toPage(await next()) : undefined };
    };
    return toPage(await windowedPageWith(this.repo, this.fetch, { filter: this.viewFilter(view, today), pageSize }));
  }

  public async get(id: number): Promise<IRegisterDocument> {
    const found = await this.fetch(this.repo.filter.eq('id', id), 1);
    if (!found.length) throw toDataError({ status: 404, message: `Document ${id} not found` });
    return found[0];
  }

  public async addDocument(fileName: string, content: FileContent, meta: DocumentMetadata): Promise<IRegisterDocument> {
    let id: number;
    try {
      const info = await this.sp.web.getFolderByServerRelativePath(this.libraryUrl).files.addUsingPath(fileName, content, { Overwrite: false });
      const item = (await this.sp.web.getFileByServerRelativePath(info.ServerRelativeUrl).listItemAllFields.select('Id')()) as { Id: number };
      id = item.Id;
    } catch (e) {
      throw toDataError(e);
    }
    const created = await this.repo.get(id, ['number']);
    await this.repo.update(id, created.etag || '*', toDocumentValues(meta), meta.title);
    return this.get(id);
  }

  public async uploadNewVersion(
    doc: IRegisterDocument,
    content: FileContent,
    today: string,
    satisfies?: ReadonlyArray<IDocumentRequirementRef>
  ): Promise<IRegisterDocument> {
    try {
      await this.sp.web.getFileByServerRelativePath(doc.fileUrl).setContent(content);
    } catch (e) {
      throw toDataError(e);
    }
    const uploaded = await this.get(doc.id);
    const requirements = satisfyRequirements(uploaded.requirements, uploaded.version, today, satisfies);
    const status = doc.status === 'revising' && !requirements.some((r) => !r.satisfied) ? 'valid' : uploaded.status;
    // The metadata save is a minor edit of the new version's item; the ETag is the one the upload produced.
    await this.repo.update(doc.id, uploaded.etag || '*', toDocumentValues({ ...uploaded, type: uploaded.type || 'other', requirements, status }));
    return this.get(doc.id);
  }

  public async requireUpdate(doc: IRegisterDocument, ref: IDocumentRequirementRef): Promise<IRegisterDocument> {
    const requirements = requireUpdate(doc.requirements, ref);
    await this.repo.update(doc.id, doc.etag || '*', toDocumentValues({ ...doc, type: doc.type || 'other', requirements }));
    return this.get(doc.id);
  }

  public async pendingFor(ref: IDocumentRequirementRef): Promise<IGatedDocument[]> {
    // requiredBy is multi-line text, which SharePoint cannot filter: narrow on the indexed flag, match here.
    const first = await windowedPageWith(this.repo, this.fetch, { filter: this.repo.filter.eq('updatePending', true), pageSize: 500, maxWindowsPerPage: 20 });
    const pending = await collectWindowed(first, PENDING_LIMIT);
    const key = requirementKey(ref);
    return pending
      .filter((d) => d.requirements.some((r) => !r.satisfied && requirementKey(r.ref) === key))
      .map((d) => ({ id: d.id, number: d.number, title: d.title, requirements: d.requirements }));
  }

  public async canContribute(): Promise<boolean> {
    try {
      return await this.repo.spList.currentUserHasPermissions(PermissionKind.EditListItems);
    } catch (e) {
      const error = toDataError(e);
      if (error.kind === 'forbidden' || error.kind === 'notFound') return false;
      throw error;
    }
  }

  public async versions(doc: IRegisterDocument): Promise<Array<{ label: string; created: string; url: string }>> {
    try {
      const rows = (await this.sp.web.getFileByServerRelativePath(doc.fileUrl).versions()) as Array<{ VersionLabel: string; Created: string; Url: string }>;
      return rows.map((r) => ({ label: r.VersionLabel, created: r.Created, url: r.Url })).reverse();
    } catch (e) {
      throw toDataError(e);
    }
  }
}
