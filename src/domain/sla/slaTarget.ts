import { IServiceEntry } from '../entities/serviceEntry';

/** Agreed targets of a service or operator, in business minutes of its answering calendar (§16). */
export interface ISlaTarget {
  firstResponseMinutes: number;
  resolutionMinutes?: number;
  /** Remaining business minutes at or below which a running clock shows as dueSoon. Default 60. */
  dueSoonMinutes?: number;
  /** Business minutes before the due time at which the assignee is reminded. Default 30. */
  reminderLeadMinutes?: number;
}

export const DEFAULT_DUE_SOON_MINUTES = 60;
export const DEFAULT_REMINDER_LEAD_MINUTES = 30;

/** The SLA target a catalog entry defines. */
export function slaTargetOf(service: IServiceEntry): ISlaTarget {
  const target: ISlaTarget = { firstResponseMinutes: service.firstResponseTargetMinutes };
  if (service.resolutionTargetMinutes !== undefined) {
    target.resolutionMinutes = service.resolutionTargetMinutes;
  }
  return target;
}
