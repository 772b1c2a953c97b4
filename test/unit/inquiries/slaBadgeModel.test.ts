import { IInquiry, OFFICE_HOURS_CALENDAR } from '../../../src/domain';
import { formatBusinessDuration, slaBadgeModel } from '../../../src/ui/slaBadgeModel';

// Received Friday 2026-11-20 16:00 JST; 4 business hours in office hours: 1:45 on Friday, then Monday 11/23 is
// 勤労感謝の日, so the rest (2:15) runs on Tuesday: due Tuesday 11:15.
const inquiry: IInquiry = {
  id: 1, subject: 's', body: '', category: 'howTo', status: 'assigned', requester: { id: 1, title: 'a' },
  receivedAt: '2026-11-20T07:00:00.000Z', pauses: []
};
const target = { firstResponseMinutes: 240 };

describe('SLA badge model (time left in business time, and why)', () => {
  test('overdue: red state, overdue time in business minutes, and the skipped weekend, holiday and night named', () => {
    const model = slaBadgeModel(inquiry, target, OFFICE_HOURS_CALENDAR, new Date('2026-11-24T03:00:00.000Z'), 'ja');
    expect(model.state).toBe('breached');
    expect(model.text).toBe('超過 45分');
    expect(model.lines[0]).toBe('一次回答期限: 11/24(火) 11:15');
    expect(model.lines).toContain('目標: 受付から営業時間で 4時間(開庁時間(平日 9:00～17:45))');
    const joined = model.lines.join('\n');
    expect(joined).toContain('土日');
    expect(joined).toContain('祝日(勤労感謝の日)');
    expect(joined).toContain('時間外');
  });

  test('on track and due soon count down in business time only', () => {
    expect(slaBadgeModel(inquiry, target, OFFICE_HOURS_CALENDAR, new Date('2026-11-21T03:00:00.000Z'), 'ja')).toMatchObject({ state: 'onTrack', text: '残り 2時間15分' });
    expect(slaBadgeModel(inquiry, target, OFFICE_HOURS_CALENDAR, new Date('2026-11-24T01:30:00.000Z'), 'en')).toMatchObject({ state: 'dueSoon', text: '45 min left' });
  });

  test('paused while waiting for the requester, then met once answered', () => {
    const paused = { ...inquiry, status: 'waiting' as const, pauses: [{ from: '2026-11-20T07:30:00.000Z' }] };
    const model = slaBadgeModel(paused, target, OFFICE_HOURS_CALENDAR, new Date('2026-11-25T03:00:00.000Z'), 'ja');
    expect(model).toMatchObject({ state: 'paused', text: '停止中(残り 3時間30分)' });
    expect(model.lines.join('\n')).toContain('11/20(金) 16:30～ 回答待ちのため停止中');
    const answered = { ...inquiry, status: 'responded' as const, firstRespondedAt: '2026-11-24T01:00:00.000Z' };
    expect(slaBadgeModel(answered, target, OFFICE_HOURS_CALENDAR, new Date('2026-11-26T03:00:00.000Z'), 'ja')).toMatchObject({ state: 'met', text: '期限内に回答' });
  });

  test('a service whose calendar is missing says office hours were used', () => {
    const model = slaBadgeModel(inquiry, target, OFFICE_HOURS_CALENDAR, new Date('2026-11-21T03:00:00.000Z'), 'ja', 'office');
    expect(model.lines).toContain('対応時間帯「office」が見つからないため、開庁時間で計算しています。');
  });

  test('durations', () => {
    expect(formatBusinessDuration(0, 'ja')).toBe('0分');
    expect(formatBusinessDuration(60, 'ja')).toBe('1時間');
    expect(formatBusinessDuration(-135, 'en')).toBe('2 h 15 min');
  });
});
