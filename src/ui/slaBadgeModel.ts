import {
  explainSpan,
  formatSpanSegment,
  IBusinessCalendar,
  IInquiry,
  ISlaTarget,
  Locale,
  pad2,
  parseInstant,
  SlaClockState,
  slaState,
  toJst
} from '../domain';

/** What an SLA badge shows: a state colour, a short text, and the explanation lines of its tooltip. */
export interface ISlaBadgeModel {
  state: SlaClockState;
  text: string;
  /** Tooltip lines: due time, target and hours, skipped non-business time, pauses. */
  lines: string[];
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** '11/26(木) 13:00' / 'Thu 11/26 13:00' in Asia/Tokyo. */
export function formatShortJst(instant: Date, locale: Locale): string {
  const p = toJst(instant);
  const time = `${pad2(p.hour)}:${pad2(p.minute)}`;
  return locale === 'ja' ? `${p.month}/${p.day}(${WEEKDAYS_JA[p.weekday]}) ${time}` : `${WEEKDAYS_EN[p.weekday]} ${p.month}/${p.day} ${time}`;
}

/** Business minutes as '2時間15分' / '2 h 15 min'. */
export function formatBusinessDuration(minutes: number, locale: Locale): string {
  const total = Math.max(0, Math.round(Math.abs(minutes)));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (locale === 'ja') return h > 0 ? `${h}時間${m > 0 ? `${m}分` : ''}` : `${m}分`;
  return h > 0 ? `${h} h${m > 0 ? ` ${m} min` : ''}` : `${m} min`;
}

const T = {
  ja: {
    left: (d: string) => `残り ${d}`,
    overdue: (d: string) => `超過 ${d}`,
    paused: (d: string) => `停止中(残り ${d})`,
    met: '期限内に回答',
    breachedStopped: '期限超過で回答',
    due: (t: string) => `一次回答期限: ${t}`,
    target: (d: string, cal: string) => `目標: 受付から営業時間で ${d}(${cal})`,
    businessTime: '残り時間は営業時間のみで数えています。',
    skipped: '数えていない時間:',
    pause: (a: string, b: string) => `${a}～${b} 回答待ちのため停止`,
    pauseOpen: (a: string) => `${a}～ 回答待ちのため停止中`,
    more: (n: number) => `ほか ${n} 件`,
    missingCalendar: (id: string) => `対応時間帯「${id}」が見つからないため、開庁時間で計算しています。`,
    stoppedAt: (t: string) => `一次回答: ${t}`
  },
  en: {
    left: (d: string) => `${d} left`,
    overdue: (d: string) => `Overdue ${d}`,
    paused: (d: string) => `Paused (${d} left)`,
    met: 'Answered in time',
    breachedStopped: 'Answered late',
    due: (t: string) => `First response due: ${t}`,
    target: (d: string, cal: string) => `Target: ${d} of business time from receipt (${cal})`,
    businessTime: 'Time left counts business hours only.',
    skipped: 'Not counted:',
    pause: (a: string, b: string) => `${a} – ${b} paused while waiting for the requester`,
    pauseOpen: (a: string) => `${a} – paused while waiting for the requester`,
    more: (n: number) => `${n} more`,
    missingCalendar: (id: string) => `Answering hours "${id}" were not found; office hours are used.`,
    stoppedAt: (t: string) => `First response: ${t}`
  }
};

const MAX_SEGMENTS = 8;

/**
 * The badge of an inquiry's first-response clock at `now`: time left (or overdue) in business time, and a
 * tooltip that says which hours, weekends and holidays were not counted and when the clock was paused.
 */
export function slaBadgeModel(
  inquiry: IInquiry,
  target: ISlaTarget,
  calendar: IBusinessCalendar,
  now: Date,
  locale: Locale,
  missingCalendarId?: string
): ISlaBadgeModel {
  const t = T[locale];
  const status = slaState(now, inquiry, target, calendar);
  const remaining = formatBusinessDuration(status.remainingBusinessMinutes, locale);
  let text: string;
  switch (status.state) {
    case 'paused':
      text = t.paused(remaining);
      break;
    case 'met':
      text = t.met;
      break;
    case 'breached':
      text = status.stoppedAt ? t.breachedStopped : t.overdue(remaining);
      break;
    default:
      text = t.left(remaining);
  }

  const lines: string[] = [];
  if (status.due) lines.push(t.due(formatShortJst(status.due, locale)));
  if (status.stoppedAt) lines.push(t.stoppedAt(formatShortJst(status.stoppedAt, locale)));
  lines.push(t.target(formatBusinessDuration(target.firstResponseMinutes, locale), calendar.name[locale]));
  if (missingCalendarId) lines.push(t.missingCalendar(missingCalendarId));
  const receivedAt = parseInstant(inquiry.receivedAt);
  const end = status.stoppedAt || (status.due && status.due.getTime() < now.getTime() ? now : status.due) || now;
  const segments = explainSpan(calendar, receivedAt, end);
  if (segments.length) {
    lines.push(t.businessTime, t.skipped);
    for (const s of segments.slice(0, MAX_SEGMENTS)) lines.push(`・${formatSpanSegment(s, locale)}`);
    if (segments.length > MAX_SEGMENTS) lines.push(`・${t.more(segments.length - MAX_SEGMENTS)}`);
  }
  for (const p of inquiry.pauses) {
    const from = formatShortJst(parseInstant(p.from), locale);
    lines.push(`・${p.to ? t.pause(from, formatShortJst(parseInstant(p.to), locale)) : t.pauseOpen(from)}`);
  }
  return { state: status.state, text, lines };
}
