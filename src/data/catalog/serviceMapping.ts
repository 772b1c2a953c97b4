import { IUserRef } from '../../domain/entities/userRef';
import { codeFromLabel, PROVIDER_KIND_LABELS, ProviderKind, SERVICE_LIFECYCLE_LABELS, ServiceLifecycle } from '../../domain/vocabulary';
import { DataError } from '../DataError';
import { ILookupValue, ISchemaItem, IUserValue, WriteValues } from '../fieldValues';

/** A catalog entry as the catalog page and its owners see it (サービスカタログ §19). */
export interface IServiceCard {
  id: number;
  etag?: string;
  code: string;
  name: string;
  category: string;
  summary: string;
  systemId?: number;
  systemName?: string;
  providerKind: ProviderKind;
  providerName: string;
  vendorKey?: string;
  owner?: IUserRef;
  audience?: string;
  /** Rich text: sanitize before rendering. */
  requestFlow?: string;
  /** Id of the answering-hours calendar (presets or the calendars list). */
  calendarId: string;
  firstResponseTargetMinutes: number;
  resolutionTargetMinutes?: number;
  requiredDocuments: ILookupValue[];
  lifecycle: ServiceLifecycle;
  /** 'YYYY-MM-DD'. */
  effectiveDate?: string;
  /** 'YYYY-MM-DD'. */
  retirementDate?: string;
}

function invalid(item: ISchemaItem, what: string): DataError {
  return new DataError({ kind: 'invalid', detail: `Service ${item.id}: ${what}` });
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** Item → card; a choice value the vocabulary does not know is a data error, not a silent default. */
export function toServiceCard(item: ISchemaItem): IServiceCard {
  const v = item.values;
  const lifecycle = codeFromLabel(SERVICE_LIFECYCLE_LABELS, String(v.lifecycle || ''));
  if (!lifecycle) throw invalid(item, `unknown lifecycle ${String(v.lifecycle)}`);
  const providerKind = codeFromLabel(PROVIDER_KIND_LABELS, String(v.providerKind || ''));
  if (!providerKind) throw invalid(item, `unknown provider kind ${String(v.providerKind)}`);
  const owner = v.owner as IUserValue | undefined;
  const system = v.system as ILookupValue | undefined;
  return {
    id: item.id,
    etag: item.etag,
    code: String(v.code || ''),
    name: item.title,
    category: String(v.category || ''),
    summary: String(v.summary || ''),
    systemId: system ? system.id : undefined,
    systemName: system ? system.title : undefined,
    providerKind,
    providerName: String(v.providerName || ''),
    vendorKey: str(v.vendorKey),
    owner: owner ? { id: owner.id, title: owner.title, email: owner.email } : undefined,
    audience: str(v.audience),
    requestFlow: str(v.requestFlow),
    calendarId: String(v.calendarId || ''),
    firstResponseTargetMinutes: Number(v.firstResponseTarget),
    resolutionTargetMinutes: typeof v.resolutionTarget === 'number' ? v.resolutionTarget : undefined,
    requiredDocuments: (v.requiredDocuments as ILookupValue[] | undefined) || [],
    lifecycle,
    effectiveDate: str(v.effectiveDate),
    retirementDate: str(v.retirementDate)
  };
}

/** The values an owner's edit writes (the title is written separately as the service name). */
export function toServiceValues(card: Omit<IServiceCard, 'id' | 'etag'>): WriteValues {
  return {
    code: card.code,
    category: card.category,
    summary: card.summary,
    system: card.systemId === undefined ? null : card.systemId,
    providerKind: PROVIDER_KIND_LABELS[card.providerKind].ja,
    providerName: card.providerName,
    vendorKey: card.vendorKey || null,
    owner: card.owner ? card.owner.id : null,
    audience: card.audience || null,
    requestFlow: card.requestFlow || null,
    calendarId: card.calendarId,
    firstResponseTarget: card.firstResponseTargetMinutes,
    resolutionTarget: card.resolutionTargetMinutes === undefined ? null : card.resolutionTargetMinutes,
    requiredDocuments: card.requiredDocuments.map((d) => d.id),
    lifecycle: SERVICE_LIFECYCLE_LABELS[card.lifecycle].ja,
    effectiveDate: card.effectiveDate || null,
    retirementDate: card.retirementDate || null
  };
}
