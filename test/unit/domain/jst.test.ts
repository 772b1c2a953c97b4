import { dayNumberOfDateKey, formatJst, jstDateKey, jstInstant, parseClockTime, toJst } from '../../../src/domain/time';

describe('Asia/Tokyo conversion', () => {
  test('a UTC instant late on April 30 is May 1 08:30 in Tokyo', () => {
    const p = toJst(new Date('2026-04-30T23:30:00Z'));
    expect(p.dateKey).toBe('2026-05-01');
    expect(p.weekday).toBe(5);
    expect([p.hour, p.minute]).toEqual([8, 30]);
  });

  test('jstInstant is the inverse: 2026-05-01 08:30 JST is 2026-04-30T23:30Z', () => {
    expect(jstInstant('2026-05-01', '08:30').toISOString()).toBe('2026-04-30T23:30:00.000Z');
    expect(formatJst(new Date('2026-04-30T23:30:00Z'))).toBe('2026-05-01 08:30');
  });

  test('JST midnight belongs to the new day', () => {
    expect(jstDateKey(new Date('2025-12-31T15:00:00Z'))).toBe('2026-01-01');
    expect(jstDateKey(new Date('2025-12-31T14:59:59.999Z'))).toBe('2025-12-31');
  });

  test('date keys are strict', () => {
    expect(dayNumberOfDateKey('2026-02-29')).toBeUndefined();
    expect(dayNumberOfDateKey('2024-02-29')).toBeDefined();
    expect(dayNumberOfDateKey('2026-4-1')).toBeUndefined();
  });

  test('clock times accept 24:00 but not 24:30 or 9:00', () => {
    expect(parseClockTime('24:00')).toBe(1440);
    expect(parseClockTime('17:45')).toBe(1065);
    expect(parseClockTime('24:30')).toBeUndefined();
    expect(parseClockTime('9:00')).toBeUndefined();
  });
});
