import {
  addBusinessDays,
  addBusinessMinutes,
  ALWAYS_CALENDAR,
  businessMinutesBetween,
  businessScheduleOn,
  findCalendar,
  formatJst,
  IBusinessCalendar,
  isBusinessDay,
  isBusinessTime,
  japaneseHolidayOn,
  jstInstant,
  nextBusinessInstant,
  OFFICE_HOURS_CALENDAR,
  SYSTEM_AVAILABILITY_CALENDAR,
} from '../../../src/domain/time';

const office = OFFICE_HOURS_CALENDAR;
const at = (date: string, time: string): Date => jstInstant(date, time);

describe('Japanese holiday data, keyed by JST date', () => {
  test.each([
    ['2024-02-12', '建国記念の日 振替休日'],
    ['2026-05-06', 'こどもの日 振替休日'],
    ['2026-09-22', '国民の休日'],
    ['2026-04-29', '昭和の日'],
  ])('%s is %s', (date, name) => {
    expect(japaneseHolidayOn(date)?.name.ja).toBe(name);
  });

  test('ordinary days and Saturdays are not holidays', () => {
    expect(japaneseHolidayOn('2026-09-24')).toBeUndefined();
    expect(japaneseHolidayOn('2026-05-02')).toBeUndefined();
  });
});

describe('isBusinessDay / isBusinessTime (office hours)', () => {
  test.each([
    ['2026-05-01', true, 'Friday between Showa Day and Golden Week'],
    ['2026-05-02', false, 'Saturday'],
    ['2026-05-06', false, '振替休日'],
    ['2026-09-22', false, '国民の休日'],
    ['2024-02-12', false, '振替休日 2024'],
    ['2026-12-28', true, 'last working day of the year'],
    ['2026-12-29', false, 'year-end closure on a weekday'],
    ['2027-01-04', true, 'first working day of 2027'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isBusinessDay(office, date)).toBe(expected);
  });

  test('windows are half-open: 17:45 is closed, 17:44 is open', () => {
    expect(isBusinessTime(office, at('2026-05-01', '17:44'))).toBe(true);
    expect(isBusinessTime(office, at('2026-05-01', '17:45'))).toBe(false);
    expect(isBusinessTime(office, at('2026-05-01', '09:00'))).toBe(true);
  });

  test('extra closures and extra working days override the weekly pattern', () => {
    const cal: IBusinessCalendar = { ...office, id: 'custom', extraClosures: ['2026-06-01'], extraWorkingDays: ['2026-06-06', '2026-05-04'] };
    expect(isBusinessDay(cal, '2026-06-01')).toBe(false);
    expect(isBusinessDay(cal, '2026-06-06')).toBe(true);
    expect(isBusinessDay(cal, '2026-05-04')).toBe(true);
    expect(formatJst(addBusinessMinutes(cal, at('2026-06-05', '17:30'), 30))).toBe('2026-06-06 09:15');
  });
});

describe('addBusinessMinutes', () => {
  test('receipt Friday 18:30 starts the clock Monday 9:00', () => {
    expect(formatJst(nextBusinessInstant(office, at('2026-06-05', '18:30')))).toBe('2026-06-08 09:00');
    expect(formatJst(addBusinessMinutes(office, at('2026-06-05', '18:30'), 60))).toBe('2026-06-08 10:00');
  });

  test('a due time may land exactly on closing time', () => {
    expect(formatJst(addBusinessMinutes(office, at('2026-06-08', '17:15'), 30))).toBe('2026-06-08 17:45');
    expect(formatJst(addBusinessMinutes(office, at('2026-06-08', '17:15'), 31))).toBe('2026-06-09 09:01');
  });

  test('receipt on the eve of a holiday skips the holiday (Tue 2026-04-28 17:00 + 2h → Thu 4/30 10:15)', () => {
    expect(formatJst(addBusinessMinutes(office, at('2026-04-28', '17:00'), 120))).toBe('2026-04-30 10:15');
  });

  test('across Golden Week 2026: Fri 5/1 17:00 + 60 min → Thu 5/7 9:15', () => {
    expect(formatJst(addBusinessMinutes(office, at('2026-05-01', '17:00'), 60))).toBe('2026-05-07 09:15');
  });

  test('across Golden Week 2025: Fri 5/2 16:45 + 2h → Wed 5/7 10:00 (5/6 is 振替休日)', () => {
    expect(formatJst(addBusinessMinutes(office, at('2025-05-02', '16:45'), 120))).toBe('2025-05-07 10:00');
  });

  test('across the year end: Sun 2025-12-28 evening → Mon 2026-01-05 9:00', () => {
    expect(formatJst(addBusinessMinutes(office, at('2025-12-28', '19:00'), 0))).toBe('2026-01-05 09:00');
    expect(formatJst(addBusinessMinutes(office, at('2026-12-28', '18:00'), 15))).toBe('2027-01-04 09:15');
  });

  test('over a 振替休日 (2024-02-12) and a 国民の休日 (2026-09-22)', () => {
    expect(formatJst(addBusinessMinutes(office, at('2024-02-09', '17:30'), 30))).toBe('2024-02-13 09:15');
    // Sat 9/19 … Wed 9/23 (敬老の日, 国民の休日, 秋分の日) are all closed.
    expect(formatJst(addBusinessMinutes(office, at('2026-09-18', '17:00'), 60))).toBe('2026-09-24 09:15');
  });

  test('UTC input: 2026-04-30T23:30Z (Fri 5/1 08:30 JST) + 30 min → 09:30 JST', () => {
    expect(addBusinessMinutes(office, new Date('2026-04-30T23:30:00Z'), 30).toISOString()).toBe('2026-05-01T00:30:00.000Z');
  });

  test('negative minutes walk back over closed time', () => {
    expect(formatJst(addBusinessMinutes(office, at('2026-05-07', '09:10'), -30))).toBe('2026-05-01 17:25');
  });

  test('the 5:00–22:00 availability window runs on holidays and weekends', () => {
    expect(formatJst(addBusinessMinutes(SYSTEM_AVAILABILITY_CALENDAR, at('2026-05-03', '21:30'), 60))).toBe('2026-05-04 05:30');
    expect(isBusinessDay(SYSTEM_AVAILABILITY_CALENDAR, '2026-01-01')).toBe(true);
  });

  test('24x7 is plain elapsed time', () => {
    expect(addBusinessMinutes(ALWAYS_CALENDAR, new Date('2026-12-31T14:00:00Z'), 24 * 60).toISOString()).toBe('2027-01-01T14:00:00.000Z');
  });

  test('a calendar without any business time fails loudly instead of looping', () => {
    const empty: IBusinessCalendar = { ...office, id: 'empty', weekly: [[], [], [], [], [], [], []] };
    expect(() => addBusinessMinutes(empty, at('2026-01-05', '10:00'), 10)).toThrow(RangeError);
  });
});

describe('businessMinutesBetween', () => {
  test('one full office day is 525 minutes', () => {
    expect(businessMinutesBetween(office, at('2026-06-08', '00:00'), at('2026-06-09', '00:00'))).toBe(525);
  });

  test('two weeks around Golden Week 2026 (Mon 4/27 → Mon 5/11) hold only 6 working days', () => {
    // 4/29 and 5/4-5/6 are holidays: 4/27, 4/28, 4/30, 5/1, 5/7, 5/8 remain.
    expect(businessMinutesBetween(office, at('2026-04-27', '00:00'), at('2026-05-11', '00:00'))).toBe(6 * 525);
  });

  test('is the inverse of addBusinessMinutes and antisymmetric', () => {
    const from = at('2026-04-28', '16:20');
    const due = addBusinessMinutes(office, from, 1234);
    expect(businessMinutesBetween(office, from, due)).toBe(1234);
    expect(businessMinutesBetween(office, due, from)).toBe(-1234);
  });

  test('a year-long span is computed quickly and exactly', () => {
    const started = Date.now();
    const minutes = businessMinutesBetween(office, at('2026-01-01', '00:00'), at('2027-01-01', '00:00'));
    expect(Date.now() - started).toBeLessThan(500);
    // 2026 has 261 weekdays, 17 of them public holidays; the year-end closure removes 1/2 and 12/29-12/31.
    expect(minutes % 525).toBe(0);
    expect(minutes / 525).toBe(261 - 17 - 4);
  });
});

describe('addBusinessDays (close of the N-th business day, day of receipt not counted)', () => {
  test('Friday morning or evening + 1 business day → Monday 17:45', () => {
    expect(formatJst(addBusinessDays(office, at('2026-06-05', '10:00'), 1))).toBe('2026-06-08 17:45');
    expect(formatJst(addBusinessDays(office, at('2026-06-05', '18:30'), 1))).toBe('2026-06-08 17:45');
  });

  test('3 business days over Golden Week 2026 from Thu 4/30', () => {
    expect(formatJst(addBusinessDays(office, at('2026-04-30', '11:00'), 3))).toBe('2026-05-08 17:45');
  });

  test('0 days means today if business time is left, else the next business day', () => {
    expect(formatJst(addBusinessDays(office, at('2026-06-08', '10:00'), 0))).toBe('2026-06-08 17:45');
    expect(formatJst(addBusinessDays(office, at('2026-06-08', '18:00'), 0))).toBe('2026-06-09 17:45');
  });

  test('rejects negative or fractional days', () => {
    expect(() => addBusinessDays(office, at('2026-06-08', '10:00'), -1)).toThrow(RangeError);
    expect(() => addBusinessDays(office, at('2026-06-08', '10:00'), 1.5)).toThrow(RangeError);
  });
});

describe('calendar data', () => {
  test('overlapping and unsorted windows are merged; a lunch break is skipped', () => {
    const split: IBusinessCalendar = {
      ...office,
      id: 'split',
      weekly: [[], [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '12:00' }, { start: '11:00', end: '12:00' }], [], [], [], [], []],
    };
    expect(businessScheduleOn(split, '2026-06-08').windows).toEqual([
      { start: 9 * 3600000, end: 12 * 3600000 },
      { start: 13 * 3600000, end: 17 * 3600000 },
    ]);
    expect(formatJst(addBusinessMinutes(split, at('2026-06-08', '11:30'), 60))).toBe('2026-06-08 13:30');
  });

  test('an invalid window is rejected loudly', () => {
    const broken: IBusinessCalendar = { ...office, id: 'broken', weekly: [[], [{ start: '18:00', end: '09:00' }], [], [], [], [], []] };
    expect(() => isBusinessDay(broken, '2026-06-08')).toThrow(/invalid window/);
  });

  test('presets are found by id and the office calendar observes holidays and the year end', () => {
    expect(findCalendar('systemAvailability')).toBe(SYSTEM_AVAILABILITY_CALENDAR);
    expect(findCalendar('nope')).toBeUndefined();
    expect(businessScheduleOn(office, '2026-01-02').closedReason).toBe('yearEndClosure');
    expect(businessScheduleOn(office, '2026-11-03').closedReason).toBe('holiday');
  });
});
