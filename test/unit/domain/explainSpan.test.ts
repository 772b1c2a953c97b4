import { explainSpan, formatSpanSegment, jstInstant, OFFICE_HOURS_CALENDAR, SYSTEM_AVAILABILITY_CALENDAR } from '../../../src/domain/time';

const at = (date: string, time: string): Date => jstInstant(date, time);

describe('explainSpan', () => {
  test('Friday evening to Monday morning: after hours, weekend, after hours', () => {
    const segments = explainSpan(OFFICE_HOURS_CALENDAR, at('2026-06-05', '17:00'), at('2026-06-08', '10:00'));
    expect(segments.map((s) => s.reason)).toEqual(['afterHours', 'weekend', 'afterHours']);
    expect(segments[1].start.toISOString()).toBe(at('2026-06-06', '00:00').toISOString());
    expect(segments[1].end.toISOString()).toBe(at('2026-06-08', '00:00').toISOString());
    expect(formatSpanSegment(segments[0], 'ja')).toBe('6/5(金) 17:45～6/6(土) 00:00 時間外');
  });

  test('Golden Week names each holiday in both locales', () => {
    const segments = explainSpan(OFFICE_HOURS_CALENDAR, at('2026-05-01', '17:00'), at('2026-05-07', '10:00'));
    const holidays = segments.filter((s) => s.reason === 'holiday');
    expect(holidays.map((s) => s.label.ja)).toEqual(['祝日(憲法記念日)', '祝日(みどりの日)', '祝日(こどもの日)', '祝日(こどもの日 振替休日)']);
    expect(holidays[1].label.en).toBe('Public holiday (Greenery Day)');
    expect(segments.filter((s) => s.reason === 'weekend')).toHaveLength(1);
  });

  test('the year-end closure is one merged segment and wins over 元日', () => {
    const segments = explainSpan(OFFICE_HOURS_CALENDAR, at('2026-12-28', '18:00'), at('2027-01-04', '09:30'));
    expect(segments.map((s) => s.reason)).toEqual(['afterHours', 'yearEndClosure', 'afterHours']);
    expect(segments[1].start.toISOString()).toBe(at('2026-12-29', '00:00').toISOString());
    expect(segments[1].end.toISOString()).toBe(at('2027-01-04', '00:00').toISOString());
    expect(formatSpanSegment(segments[1], 'en')).toBe('12/29 Tue 00:00 – 1/4 Mon 00:00 Year-end closure');
  });

  test('ward closures and 国民の休日 are explained as such', () => {
    const cal = { ...OFFICE_HOURS_CALENDAR, id: 'ward', extraClosures: ['2026-09-24'] };
    const segments = explainSpan(cal, at('2026-09-18', '17:45'), at('2026-09-25', '09:00'));
    expect(segments.map((s) => s.label.ja)).toEqual([
      '時間外',
      '土日',
      '祝日(敬老の日)',
      '祝日(国民の休日)',
      '祝日(秋分の日)',
      '区の休業日',
      '時間外',
    ]);
    expect(segments[3].holiday?.name.en).toBe("Citizen's Holiday");
  });

  test('a span entirely in business time has nothing to explain; the 5:00–22:00 window only skips nights', () => {
    expect(explainSpan(OFFICE_HOURS_CALENDAR, at('2026-06-08', '09:00'), at('2026-06-08', '17:45'))).toEqual([]);
    const nights = explainSpan(SYSTEM_AVAILABILITY_CALENDAR, at('2026-05-03', '12:00'), at('2026-05-05', '12:00'));
    expect(nights.map((s) => s.reason)).toEqual(['afterHours', 'afterHours']);
  });
});
