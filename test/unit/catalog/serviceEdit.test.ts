import { IServiceEditInput, validateServiceEdit } from '../../../src/domain';

const CALENDARS = ['officeHours', 'systemHours'];
const valid: IServiceEditInput = {
  name: ' 住民記録システムの操作支援 ', summary: '操作方法の問い合わせに回答します。', providerKind: 'asp', providerName: 'みどりシステムズ株式会社',
  owner: { id: 21, title: '田中 翔' }, audience: '', requestFlow: '<p> </p>', calendarId: 'officeHours', firstResponseTargetMinutes: '240',
  resolutionTargetMinutes: '', requiredDocumentIds: [9, 9, 10], lifecycle: 'active', effectiveDate: '2026-04-01', retirementDate: ''
};

describe('validateServiceEdit (an owner\'s edit of a catalog service)', () => {
  test('normalizes a good edit: trimmed text, numbers from typed text, empty optional fields dropped, documents once each', () => {
    expect(validateServiceEdit(valid, CALENDARS)).toEqual({
      ok: true,
      value: {
        name: '住民記録システムの操作支援', summary: '操作方法の問い合わせに回答します。', providerKind: 'asp', providerName: 'みどりシステムズ株式会社',
        owner: { id: 21, title: '田中 翔' }, calendarId: 'officeHours', firstResponseTargetMinutes: 240, requiredDocumentIds: [9, 10], lifecycle: 'active',
        effectiveDate: '2026-04-01'
      }
    });
  });

  test('reports every problem at once, each in Japanese and English', () => {
    const r = validateServiceEdit(
      { ...valid, name: '', providerKind: 'x', owner: undefined, calendarId: 'nightShift', firstResponseTargetMinutes: '0', lifecycle: 'retired', effectiveDate: '2026-13-01' },
      CALENDARS
    );
    if (r.ok) throw new Error('expected errors');
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'name:required', 'providerKind:invalidChoice', 'owner:required', 'calendarId:invalidChoice', 'firstResponseTargetMinutes:invalidNumber',
      'effectiveDate:invalidDate', 'retirementDate:required'
    ]);
    expect(r.errors[3].message).toEqual({ ja: '対応時間帯の値が正しくありません。', en: 'The answering hours are not a known calendar.' });
  });

  test('targets: whole business minutes, and a resolution target not shorter than the first response', () => {
    const codes = (input: IServiceEditInput): string[] => {
      const r = validateServiceEdit({ ...valid, ...input }, CALENDARS);
      return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
    };
    expect(codes({ firstResponseTargetMinutes: '1.5' })).toEqual(['firstResponseTargetMinutes:invalidNumber']);
    expect(codes({ firstResponseTargetMinutes: '' })).toEqual(['firstResponseTargetMinutes:required']);
    expect(codes({ resolutionTargetMinutes: 120 })).toEqual(['resolutionTargetMinutes:invalidNumber']);
    expect(codes({ resolutionTargetMinutes: 2400 })).toEqual([]);
  });

  test('lifecycle and dates agree: a retiring service has a retirement date, not before its effective date', () => {
    const r = validateServiceEdit({ ...valid, lifecycle: 'retiring', retirementDate: '2026-03-31' }, CALENDARS);
    expect(r.ok === false && r.errors.map((e) => e.message.ja)).toEqual(['廃止日は提供開始日以降にしてください。']);
    const ok = validateServiceEdit({ ...valid, lifecycle: 'retiring', retirementDate: '2027-03-31' }, CALENDARS);
    expect(ok.ok && ok.value.retirementDate).toBe('2027-03-31');
  });
});
