import { ProviderKind } from '../vocabulary/providerKind';
import { ServiceLifecycle } from '../vocabulary/serviceLifecycle';
import { ILocalizedText } from '../vocabulary/localizedText';

/** A service of the service catalog (サービスカタログ, §19). */
export interface IServiceEntry {
  id: number;
  name: ILocalizedText;
  description?: string;
  systemId?: number;
  lifecycle: ServiceLifecycle;
  providerKind: ProviderKind;
  providerName?: string;
  vendorKey?: string;
  requestFlow?: string;
  /** Id of the business calendar in which inquiries to this service are answered. */
  answeringCalendarId: string;
  /** Target from receipt to first response, in business minutes of the answering calendar. */
  firstResponseTargetMinutes: number;
  /** Target from receipt to resolution, in business minutes; absent when none is agreed. */
  resolutionTargetMinutes?: number;
  /** 'YYYY-MM-DD' (Asia/Tokyo). */
  effectiveFrom?: string;
  /** 'YYYY-MM-DD' (Asia/Tokyo). */
  retirementDate?: string;
}
