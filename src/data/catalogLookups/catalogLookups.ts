import {
  codeFromLabel,
  findCalendar,
  IBusinessCalendar,
  IBusinessSystem,
  IServiceEntry,
  ISlaTarget,
  OFFICE_HOURS_CALENDAR,
  CALENDAR_PRESETS,
  PROVIDER_KIND_LABELS,
  SERVICE_LIFECYCLE_LABELS,
  SYSTEM_AREA_LABELS,
  slaTargetOf
} from '../../domain';
import { CalendarsList, ServicesList, SystemsList } from '../../schema';
import { DataError } from '../DataError';
import { ILookupValue, ISchemaItem } from '../fieldValues';

/** The reference data the inquiry form and the SLA badges need: small lists, read once per page. */
export interface ICatalog {
  /** Systems in operation, by code. */
  systems: IBusinessSystem[];
  /** Every service (the form offers those in operation; badges of older inquiries still need retired ones). */
  services: IServiceEntry[];
  /** The site's calendars (list items override presets with the same id), then the presets. */
  calendars: IBusinessCalendar[];
}

/** Reads the catalog. */
export interface ICatalogLookups {
  load(): Promise<ICatalog>;
}

/** How an inquiry's first-response clock runs: the target and calendar of its service, or the defaults. */
export interface ISlaContext {
  target: ISlaTarget;
  calendar: IBusinessCalendar;
  service?: IServiceEntry;
  /** The calendar id the service names, when no calendar has it (the office hours were used instead). */
  missingCalendarId?: string;
}

function invalid(list: string, item: ISchemaItem, what: string): DataError {
  return new DataError({ kind: 'invalid', detail: `${list} item ${item.id}: ${what}` });
}

/** A business-systems item as a domain system. */
export function toBusinessSystem(item: ISchemaItem): IBusinessSystem {
  const v = item.values;
  const area = codeFromLabel(SYSTEM_AREA_LABELS, String(v.area || ''));
  if (!area) throw invalid(SystemsList.key, item, `unknown area "${String(v.area)}"`);
  const system: IBusinessSystem = { id: item.id, name: item.title, owningDepartment: String(v.owningDepartment || ''), area };
  if (v.vendorKey) system.vendorKey = String(v.vendorKey);
  if (v.operator) system.operator = String(v.operator);
  return system;
}

/** A service-catalog item as a domain service entry. */
export function toServiceEntry(item: ISchemaItem): IServiceEntry {
  const v = item.values;
  const lifecycle = codeFromLabel(SERVICE_LIFECYCLE_LABELS, String(v.lifecycle || ''));
  if (!lifecycle) throw invalid(ServicesList.key, item, `unknown lifecycle "${String(v.lifecycle)}"`);
  const providerKind = codeFromLabel(PROVIDER_KIND_LABELS, String(v.providerKind || ''));
  if (!providerKind) throw invalid(ServicesList.key, item, `unknown provider type "${String(v.providerKind)}"`);
  const target = Number(v.firstResponseTarget);
  if (!(target > 0)) throw invalid(ServicesList.key, item, 'no first-response target');
  const service: IServiceEntry = {
    id: item.id,
    name: { ja: item.title, en: item.title },
    lifecycle,
    providerKind,
    answeringCalendarId: String(v.calendarId || OFFICE_HOURS_CALENDAR.id),
    firstResponseTargetMinutes: target
  };
  const system = v.system as ILookupValue | undefined;
  if (system && typeof system.id === 'number') service.systemId = system.id;
  if (v.summary) service.description = String(v.summary);
  if (v.providerName) service.providerName = String(v.providerName);
  if (v.vendorKey) service.vendorKey = String(v.vendorKey);
  if (v.requestFlow) service.requestFlow = String(v.requestFlow);
  if (typeof v.resolutionTarget === 'number' && v.resolutionTarget > 0) service.resolutionTargetMinutes = v.resolutionTarget;
  return service;
}

function isWindowList(value: unknown): boolean {
  return Array.isArray(value) && value.every((w) => w && typeof w.start === 'string' && typeof w.end === 'string');
}

/** A calendars item (JSON definition) as a domain calendar; the item's calendar id wins over the JSON's. */
export function toBusinessCalendar(item: ISchemaItem): IBusinessCalendar {
  const v = item.values;
  let def: Partial<IBusinessCalendar>;
  try {
    def = JSON.parse(String(v.definition || ''));
  } catch {
    throw invalid(CalendarsList.key, item, 'definition is not JSON');
  }
  if (!def || !Array.isArray(def.weekly) || def.weekly.length !== 7 || !def.weekly.every(isWindowList)) {
    throw invalid(CalendarsList.key, item, 'definition needs 7 weekly window lists');
  }
  const calendar: IBusinessCalendar = {
    id: String(v.calendarId || def.id || ''),
    name: def.name && typeof def.name.ja === 'string' ? def.name : { ja: item.title, en: item.title },
    weekly: def.weekly,
    observeJapaneseHolidays: def.observeJapaneseHolidays !== false,
    yearEndClosure: def.yearEndClosure !== false,
    extraClosures: Array.isArray(def.extraClosures) ? def.extraClosures.map(String) : []
  };
  if (Array.isArray(def.extraWorkingDays)) calendar.extraWorkingDays = def.extraWorkingDays.map(String);
  return calendar;
}

/** The site's calendars first, then the presets they do not override. */
export function withPresets(calendars: ReadonlyArray<IBusinessCalendar>): IBusinessCalendar[] {
  const ids = calendars.map((c) => c.id);
  return calendars.concat(CALENDAR_PRESETS.filter((p) => ids.indexOf(p.id) < 0));
}

/** Service default when an inquiry names no service: the schema's default target in office hours. */
export const DEFAULT_FIRST_RESPONSE_MINUTES = Number(ServicesList.fields.firstResponseTarget.defaultValue);

/** The SLA context of a service (or of no service), resolving its calendar among the catalog's. */
export function slaContextFor(catalog: ICatalog, serviceId: number | undefined): ISlaContext {
  const service = serviceId === undefined ? undefined : catalog.services.filter((s) => s.id === serviceId)[0];
  if (!service) {
    return { target: { firstResponseMinutes: DEFAULT_FIRST_RESPONSE_MINUTES }, calendar: OFFICE_HOURS_CALENDAR };
  }
  const calendar = findCalendar(service.answeringCalendarId, catalog.calendars);
  const context: ISlaContext = { target: slaTargetOf(service), calendar: calendar || OFFICE_HOURS_CALENDAR, service };
  if (!calendar) context.missingCalendarId = service.answeringCalendarId;
  return context;
}
