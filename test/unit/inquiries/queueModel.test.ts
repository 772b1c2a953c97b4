import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { rolesFromGroups, assigneeGroupTitle } from '../../../src/data/currentUser';
import { slaContextFor, toBusinessCalendar, toServiceEntry, withPresets } from '../../../src/data/catalogLookups';
import { IInquiryRecord } from '../../../src/data/inquiries';
import { ALWAYS_CALENDAR, IActor, OFFICE_HOURS_CALENDAR } from '../../../src/domain';
import { ISiteConfig } from '../../../src/schema';
import { createSanitizer, IHtmlPurifier } from '../../../src/ui/sanitizeHtml';
import { availableActions, canPromoteToFaq, normalizeSiteConfig, scopesFor, staleChanges, weeklySummary } from '../../../src/webparts/inquiryQueue/components/queueModel';
import { initialQueueState, queueReducer } from '../../../src/webparts/inquiryQueue/components/queueReducer';

const config: ISiteConfig = {
  groupPrefix: 'opsdesk',
  vendors: [
    { key: 'midori-systems', name: 'みどりシステムズ株式会社', kind: 'asp' },
    { key: 'sakura-its', name: 'さくらITサービス株式会社', kind: 'asp' }
  ]
};

const record = (over: Partial<IInquiryRecord> = {}): IInquiryRecord => ({
  id: 1, etag: '"1"', subject: 's', body: '', category: 'howTo', status: 'assigned', requester: { id: 11, title: '鈴木 一郎' },
  assignee: { id: 21, title: '田中 翔' }, vendorKey: 'midori-systems', receivedAt: '2026-11-25T01:00:00.000Z', pauses: [], ...over
});
const staff: IActor = { user: { id: 11, title: '鈴木 一郎' }, roles: ['department'] };
const vendorA: IActor = { user: { id: 21, title: '田中 翔' }, roles: ['vendor'], vendorKey: 'midori-systems' };
const vendorB: IActor = { user: { id: 23, title: '伊藤 陽子' }, roles: ['vendor'], vendorKey: 'sakura-its' };
const ict: IActor = { user: { id: 31, title: '佐藤 花子' }, roles: ['ictCenter'] };
const NOW = new Date('2026-11-25T02:00:00.000Z');

describe('roles from SharePoint group titles', () => {
  test('groups provisioning created map to roles and the vendor key; unknown groups are ignored', () => {
    expect(rolesFromGroups(['opsdesk 事業者 さくらITサービス株式会社', 'Team Site Members'], config)).toEqual({ roles: ['vendor'], vendorKey: 'sakura-its' });
    expect(rolesFromGroups(['opsdesk ICTセンター', 'opsdesk 業務所管課'], config)).toEqual({ roles: ['ictCenter', 'department'] });
    expect(rolesFromGroups(['other ICTセンター'], config)).toEqual({ roles: [] });
    expect(assigneeGroupTitle(config, 'midori-systems')).toBe('opsdesk 事業者 みどりシステムズ株式会社');
    expect(assigneeGroupTitle(config)).toBe('opsdesk ICTセンター');
  });

  test('web part properties give the site configuration; the prefix defaults to opsdesk', () => {
    expect(normalizeSiteConfig({ vendors: 'midori-systems|みどりシステムズ株式会社|asp\n\nbad line\nops|運用会社|operator' })).toEqual({
      groupPrefix: 'opsdesk',
      vendors: [
        { key: 'midori-systems', name: 'みどりシステムズ株式会社', kind: 'asp' },
        { key: 'ops', name: '運用会社', kind: 'operator' }
      ]
    });
  });
});

describe('what each role sees and may do', () => {
  test('queues per role', () => {
    expect(scopesFor(['department'], undefined)).toEqual({ scopes: ['mine'], initial: 'mine' });
    expect(scopesFor(['vendor'], 'midori-systems')).toEqual({ scopes: ['assignedToMe', 'myVendor'], initial: 'myVendor' });
    expect(scopesFor(['ictCenter'], undefined)).toEqual({ scopes: ['all', 'assignedToMe', 'mine'], initial: 'all' });
    expect(scopesFor(['csp'], undefined).scopes).toEqual([]);
  });

  test('actions come from the domain: the vendor answers, the requester closes or reopens, other vendors nothing', () => {
    expect(availableActions(record(), vendorA, NOW)).toEqual(['reassign', 'recordFirstResponse', 'askRequester', 'resolve']);
    expect(availableActions(record(), vendorB, NOW)).toEqual([]);
    expect(availableActions(record(), staff, NOW)).toEqual([]);
    expect(availableActions(record({ status: 'resolved' }), staff, NOW)).toEqual(['reopen', 'close']);
    expect(availableActions(record({ status: 'waiting' }), staff, NOW)).toEqual(['requesterReplied']);
    expect(availableActions(record({ status: 'received' }), ict, NOW)).toEqual(['assign', 'close']);
  });

  test('FAQ drafts: ICT center or the inquiry\'s vendor, once resolved, only once', () => {
    expect(canPromoteToFaq(record({ status: 'resolved' }), vendorA)).toBe(true);
    expect(canPromoteToFaq(record({ status: 'resolved' }), vendorB)).toBe(false);
    expect(canPromoteToFaq(record({ status: 'assigned' }), ict)).toBe(false);
    expect(canPromoteToFaq(record({ status: 'closed', faqDraft: { id: 3, title: 'q' } }), ict)).toBe(false);
  });

  test('stale changes list the visible fields that differ, labelled from the schema', () => {
    const now = record({ status: 'responded', assignee: { id: 22, title: '中村 大輔' }, firstResponse: '<p>確認中です。</p>' });
    expect(staleChanges(record(), now, 'ja')).toEqual([
      { label: '状態', before: '割当済', now: '一次回答済' },
      { label: '担当者', before: '田中 翔', now: '中村 大輔' },
      { label: '一次回答', before: '', now: '確認中です。' }
    ]);
  });
});

describe('catalog mapping', () => {
  test('services and calendars from list items; a service naming an unknown calendar falls back to office hours and says so', () => {
    const service = toServiceEntry({
      id: 5, title: '操作問い合わせ',
      values: { lifecycle: '提供中', providerKind: 'ASP', calendarId: 'office', firstResponseTarget: 120, system: { id: 1, title: 'x' }, vendorKey: 'midori-systems' }
    });
    expect(service).toMatchObject({ id: 5, lifecycle: 'active', providerKind: 'asp', answeringCalendarId: 'office', firstResponseTargetMinutes: 120, systemId: 1 });
    const calendar = toBusinessCalendar({
      id: 1, title: '窓口', values: { calendarId: 'counter', definition: JSON.stringify({ weekly: [[], [{ start: '08:30', end: '17:15' }], [], [], [], [], []] }) }
    });
    expect(calendar).toMatchObject({ id: 'counter', observeJapaneseHolidays: true, yearEndClosure: true, extraClosures: [] });
    const catalog = { systems: [], services: [service], calendars: withPresets([calendar]) };
    expect(slaContextFor(catalog, 5)).toMatchObject({ target: { firstResponseMinutes: 120 }, calendar: OFFICE_HOURS_CALENDAR, missingCalendarId: 'office' });
    expect(slaContextFor(catalog, undefined)).toMatchObject({ target: { firstResponseMinutes: 240 }, calendar: OFFICE_HOURS_CALENDAR });
    expect(() => toBusinessCalendar({ id: 2, title: 'x', values: { calendarId: 'x', definition: '{"weekly":[]}' } })).toThrow(/7 weekly/);
  });
});

test('the sanitizer keeps formatting and links (opened safely), drops scripts, handlers and styles', () => {
  const sanitize = createSanitizer(createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as IHtmlPurifier);
  expect(sanitize('<p style="color:red" onclick="x()">a<b>b</b><script>1</script><a href="javascript:alert(1)">j</a><a href="https://example.jp" target="_self">l</a></p>')).toBe(
    '<p>a<b>b</b><a>j</a><a target="_blank" rel="noopener noreferrer" href="https://example.jp">l</a></p>'
  );
});

test('queue reducer: a saved record replaces its row; a new inquiry is shown first and opened', () => {
  let state = initialQueueState({ scope: 'mine', status: 'open', month: '', search: '', sort: 'receivedDesc' });
  state = queueReducer(state, { type: 'loaded', page: { items: [record({ id: 1 }), record({ id: 2 })] } });
  state = queueReducer(state, { type: 'changed', record: record({ id: 2, status: 'responded' }) });
  state = queueReducer(state, { type: 'created', record: record({ id: 3, status: 'received' }), notice: '登録しました' });
  expect(state.list.status === 'ready' && state.list.items.map((i) => [i.id, i.status])).toEqual([[3, 'received'], [1, 'assigned'], [2, 'responded']]);
  expect(state.openId).toBe(3);
  expect(state.formOpen).toBe(false);
});

test('answering hours as one line per run of days with the same hours', () => {
  expect(weeklySummary(OFFICE_HOURS_CALENDAR, 'ja')).toBe('月～金 9:00～17:45 / 土・日 対応なし');
  expect(weeklySummary(OFFICE_HOURS_CALENDAR, 'en')).toBe('Mon–Fri 9:00–17:45 / Sat, Sun closed');
  expect(weeklySummary(ALWAYS_CALENDAR, 'ja')).toBe('月～日 0:00～24:00');
});
