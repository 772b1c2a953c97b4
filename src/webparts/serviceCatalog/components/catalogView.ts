import { IServiceCard } from '../../../data/catalog';
import { rankBySearch } from '../../../domain/knowledge';
import { CALENDAR_PRESETS, findCalendar, IBusinessCalendar } from '../../../domain/time';
import { Locale, PROVIDER_KIND_LABELS, SERVICE_LIFECYCLE_LABELS } from '../../../domain/vocabulary';
import { ServicesList } from '../../../schema';

export interface IServiceGroup {
  category: string;
  services: IServiceCard[];
}

/**
 * The catalog page's content for a search: matching services grouped by category (categories in Japanese
 * collation order, services by name), or ranked as one group per category in order of best match while searching.
 */
export function groupServices(cards: ReadonlyArray<IServiceCard>, query: string): IServiceGroup[] {
  const searching = query.trim().length > 0;
  const matched = searching
    ? rankBySearch(cards, query, (c) => ({
        question: c.name,
        answer: `${c.summary} ${c.providerName} ${c.audience || ''} ${c.code}`,
        tags: [c.code],
        category: c.category
      }))
    : cards.slice().sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  const groups: IServiceGroup[] = [];
  for (const card of matched) {
    let group = groups.filter((g) => g.category === card.category)[0];
    if (!group) {
      group = { category: card.category, services: [] };
      groups.push(group);
    }
    group.services.push(card);
  }
  return searching ? groups : groups.sort((a, b) => a.category.localeCompare(b.category, 'ja'));
}

/** 「4時間」「30分」「2日(16時間)」: a target in business time, as staff read it. */
export function formatTarget(minutes: number | undefined, locale: Locale): string {
  if (minutes === undefined || !isFinite(minutes)) return locale === 'en' ? 'Not agreed' : '設定なし';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (locale === 'en') return `${h ? `${h} h` : ''}${h && m ? ' ' : ''}${m ? `${m} min` : ''} (business time)`;
  return `${h ? `${h}時間` : ''}${m ? `${m}分` : ''}（営業時間）`;
}

/** The answering-hours calendar's name, or its id when it is not one of the known calendars. */
export function calendarName(id: string, locale: Locale, calendars: ReadonlyArray<IBusinessCalendar> = CALENDAR_PRESETS): string {
  const cal = findCalendar(id, calendars);
  return cal ? cal.name[locale] : id;
}

export function providerLabel(card: IServiceCard, locale: Locale): string {
  return `${card.providerName}（${PROVIDER_KIND_LABELS[card.providerKind][locale]}）`;
}

/** What someone else changed in a service since the owner opened it, for the stale-edit dialog. */
export function serviceStaleChanges(
  before: IServiceCard,
  now: IServiceCard,
  locale: Locale,
  calendars: ReadonlyArray<IBusinessCalendar> = CALENDAR_PRESETS
): Array<{ label: string; before: string; now: string }> {
  const f = ServicesList.fields;
  const docs = (c: IServiceCard): string => c.requiredDocuments.map((d) => d.title).join('、');
  const rows: Array<[{ ja: string; en: string }, (c: IServiceCard) => string]> = [
    [ServicesList.titleField, (c) => c.name],
    [f.summary.title, (c) => c.summary],
    [f.providerKind.title, (c) => PROVIDER_KIND_LABELS[c.providerKind][locale]],
    [f.providerName.title, (c) => c.providerName],
    [f.owner.title, (c) => (c.owner ? c.owner.title : '')],
    [f.audience.title, (c) => c.audience || ''],
    [f.requestFlow.title, (c) => (c.requestFlow || '').replace(/<[^>]*>/g, '')],
    [f.calendarId.title, (c) => calendarName(c.calendarId, locale, calendars)],
    [f.firstResponseTarget.title, (c) => formatTarget(c.firstResponseTargetMinutes, locale)],
    [f.resolutionTarget.title, (c) => formatTarget(c.resolutionTargetMinutes, locale)],
    [f.requiredDocuments.title, docs],
    [f.lifecycle.title, (c) => SERVICE_LIFECYCLE_LABELS[c.lifecycle][locale]],
    [f.effectiveDate.title, (c) => c.effectiveDate || ''],
    [f.retirementDate.title, (c) => c.retirementDate || '']
  ];
  return rows.filter(([, get]) => get(before) !== get(now)).map(([title, get]) => ({ label: title[locale], before: get(before), now: get(now) }));
}
