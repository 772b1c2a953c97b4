import { IDocumentRequirement, isUpdatePending, parseRequirements, formatRequirements } from '../../domain/documents';
import { IUserRef } from '../../domain/entities/userRef';
import { codeFromLabel, DOCUMENT_STATUS_LABELS, DOCUMENT_TYPE_LABELS, DocumentStatus, DocumentType } from '../../domain/vocabulary';
import { DataError } from '../DataError';
import { ILookupValue, ISchemaItem, IUserValue, WriteValues } from '../fieldValues';

/** A managed document of the register (文書管理簿 §7): its metadata and its file. */
export interface IRegisterDocument {
  id: number;
  etag?: string;
  number: string;
  title: string;
  fileName: string;
  /** Server-relative URL of the file. */
  fileUrl: string;
  /** SharePoint's version label, e.g. '3.0' (library versioning is on). */
  version: string;
  modified?: string;
  /** Undefined while a file uploaded outside the register still lacks its metadata (SharePoint shows it as missing info). */
  type?: DocumentType;
  systemId?: number;
  systemName?: string;
  owner?: IUserRef;
  status: DocumentStatus;
  /** 'YYYY-MM-DD'. */
  nextReview?: string;
  updatePending: boolean;
  requirements: IDocumentRequirement[];
  vendorKey?: string;
  restricted: boolean;
}

/** Library columns read besides the schema's fields. */
export const FILE_COLUMNS = ['FileLeafRef', 'FileRef', 'OData__UIVersionString'];

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export function toRegisterDocument(item: ISchemaItem, raw: Record<string, unknown>): IRegisterDocument {
  const v = item.values;
  // Empty columns are a file uploaded without metadata; a value the vocabulary does not know is a data error.
  const type = v.docType ? codeFromLabel(DOCUMENT_TYPE_LABELS, String(v.docType)) : undefined;
  const status = v.status ? codeFromLabel(DOCUMENT_STATUS_LABELS, String(v.status)) : 'valid';
  if ((v.docType && !type) || !status) throw new DataError({ kind: 'invalid', detail: `Document ${item.id}: unknown type or status` });
  const parsed = parseRequirements(str(v.requiredBy));
  if (!parsed.ok) throw new DataError({ kind: 'invalid', detail: `Document ${item.id}: ${parsed.message.en}` });
  const owner = v.owner as IUserValue | undefined;
  const system = v.system as ILookupValue | undefined;
  return {
    id: item.id,
    etag: item.etag,
    number: String(v.number || ''),
    title: item.title || String(raw.FileLeafRef || ''),
    fileName: String(raw.FileLeafRef || ''),
    fileUrl: String(raw.FileRef || ''),
    version: String(raw.OData__UIVersionString || ''),
    modified: item.modified,
    type,
    systemId: system ? system.id : undefined,
    systemName: system ? system.title : undefined,
    owner: owner ? { id: owner.id, title: owner.title, email: owner.email } : undefined,
    status,
    nextReview: str(v.nextReview),
    // The flag is stored for indexed views; the requirements are the truth when both are present.
    updatePending: parsed.value.length > 0 ? isUpdatePending(parsed.value) : v.updatePending === true,
    requirements: parsed.value,
    vendorKey: str(v.vendorKey),
    restricted: v.restricted === true
  };
}

export type DocumentMetadata = Pick<IRegisterDocument, 'number' | 'title' | 'status' | 'requirements' | 'restricted'> & { type: DocumentType } &
  Partial<Pick<IRegisterDocument, 'systemId' | 'owner' | 'nextReview' | 'vendorKey'>>;

/** Metadata → column values; `updatePending` always follows the requirements. */
export function toDocumentValues(meta: DocumentMetadata): WriteValues {
  const values: WriteValues = {
    number: meta.number,
    docType: DOCUMENT_TYPE_LABELS[meta.type].ja,
    status: DOCUMENT_STATUS_LABELS[meta.status].ja,
    requiredBy: formatRequirements(meta.requirements) || null,
    updatePending: isUpdatePending(meta.requirements),
    restricted: meta.restricted
  };
  if (meta.systemId !== undefined) values.system = meta.systemId;
  if (meta.owner) values.owner = meta.owner.id;
  if (meta.nextReview !== undefined) values.nextReview = meta.nextReview || null;
  if (meta.vendorKey !== undefined) values.vendorKey = meta.vendorKey || null;
  return values;
}
