import {
  codeFromLabel,
  codesOf,
  INQUIRY_STATUS_LABELS,
  ISSUE_AREA_LABELS,
  ISSUE_STATUS_LABELS,
  isCodeOf,
  labelOf,
  ROLE_LABELS,
} from '../../../src/domain/vocabulary';

describe('vocabulary label tables', () => {
  test('issue statuses carry the contract labels in order', () => {
    expect(codesOf(ISSUE_STATUS_LABELS)).toEqual(['open', 'inProgress', 'onHold', 'resolved', 'closed']);
    expect(codesOf(ISSUE_STATUS_LABELS).map((c) => ISSUE_STATUS_LABELS[c].ja)).toEqual(['未着手', '対応中', '保留', '対応済', '完了']);
  });

  test('labelOf picks the locale', () => {
    expect(labelOf(INQUIRY_STATUS_LABELS, 'responded', 'ja')).toBe('一次回答済');
    expect(labelOf(INQUIRY_STATUS_LABELS, 'responded', 'en')).toBe('First response sent');
  });

  test('codeFromLabel maps a stored Choice value back, tolerating spaces, and rejects unknown text', () => {
    expect(codeFromLabel(ISSUE_AREA_LABELS, '各種機器(端末、VDI等)')).toBe('devices');
    expect(codeFromLabel(ROLE_LABELS, ' ASP/運用管理補助者 ')).toBe('vendor');
    expect(codeFromLabel(ROLE_LABELS, 'ICT center')).toBe('ictCenter');
    expect(codeFromLabel(ISSUE_STATUS_LABELS, '終了')).toBeUndefined();
  });

  test('every Japanese label is unique within its table, so the mapping back is unambiguous', () => {
    for (const table of [ISSUE_STATUS_LABELS, INQUIRY_STATUS_LABELS, ISSUE_AREA_LABELS, ROLE_LABELS] as Array<Record<string, { ja: string }>>) {
      const labels = Object.keys(table).map((k) => table[k].ja);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  test('isCodeOf does not accept inherited keys', () => {
    expect(isCodeOf(ISSUE_STATUS_LABELS, 'open')).toBe(true);
    expect(isCodeOf(ISSUE_STATUS_LABELS, 'toString')).toBe(false);
    expect(isCodeOf(ISSUE_STATUS_LABELS, 3)).toBe(false);
  });
});
