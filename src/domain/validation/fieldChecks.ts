import { dayNumberOfDateKey, jstDateKey } from '../time/jst';
import { LabelTable } from '../vocabulary/labelTable';
import { IFieldError } from './validationResult';

// Each check pushes at most one error for a field and returns the normalized value, so a form shows
// every problem at once but only the first problem of each field.

/** The field's display name, used inside messages. */
export interface IFieldName {
  ja: string;
  en: string;
}

export function requiredText(errors: IFieldError[], field: string, name: IFieldName, value: string | undefined, maxLength: number): string {
  const text = (value || '').trim();
  if (text === '') {
    errors.push({ field, code: 'required', message: { ja: `${name.ja}を入力してください。`, en: `Enter ${name.en}.` } });
  } else if (text.length > maxLength) {
    errors.push({
      field,
      code: 'tooLong',
      message: { ja: `${name.ja}は${maxLength}文字以内で入力してください。`, en: `${capitalize(name.en)} must be ${maxLength} characters or fewer.` },
    });
  }
  return text;
}

export function optionalText(errors: IFieldError[], field: string, name: IFieldName, value: string | undefined, maxLength: number): string | undefined {
  const text = (value || '').trim();
  if (text.length > maxLength) {
    errors.push({
      field,
      code: 'tooLong',
      message: { ja: `${name.ja}は${maxLength}文字以内で入力してください。`, en: `${capitalize(name.en)} must be ${maxLength} characters or fewer.` },
    });
  }
  return text === '' ? undefined : text;
}

export function requiredChoice<T extends string>(errors: IFieldError[], field: string, name: IFieldName, table: LabelTable<T>, value: string | undefined): T | undefined {
  if (value === undefined || value === '') {
    errors.push({ field, code: 'required', message: { ja: `${name.ja}を選択してください。`, en: `Select ${name.en}.` } });
    return undefined;
  }
  if (!Object.prototype.hasOwnProperty.call(table, value)) {
    errors.push({ field, code: 'invalidChoice', message: { ja: `${name.ja}の値が正しくありません。`, en: `${capitalize(name.en)} is not a valid choice.` } });
    return undefined;
  }
  return value as T;
}

export function requiredPerson<P extends { id: number }>(errors: IFieldError[], field: string, name: IFieldName, value: P | undefined): P | undefined {
  if (!value || typeof value.id !== 'number' || value.id <= 0) {
    errors.push({ field, code: 'required', message: { ja: `${name.ja}を入力してください。`, en: `Enter ${name.en}.` } });
    return undefined;
  }
  return value;
}

/** A calendar date 'YYYY-MM-DD' that is today or later in Asia/Tokyo. */
export function futureDate(errors: IFieldError[], field: string, name: IFieldName, value: string | undefined, now: Date): string | undefined {
  const text = (value || '').trim();
  if (text === '') {
    errors.push({ field, code: 'required', message: { ja: `${name.ja}を入力してください。`, en: `Enter ${name.en}.` } });
    return undefined;
  }
  if (dayNumberOfDateKey(text) === undefined) {
    errors.push({
      field,
      code: 'invalidDate',
      message: { ja: `${name.ja}は正しい日付(例: 2026-04-01)で入力してください。`, en: `Enter ${name.en} as a valid date (e.g. 2026-04-01).` },
    });
    return undefined;
  }
  if (text < jstDateKey(now)) {
    errors.push({
      field,
      code: 'dateInPast',
      message: { ja: `${name.ja}に過去の日付は指定できません。`, en: `${capitalize(name.en)} cannot be in the past.` },
    });
    return undefined;
  }
  return text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.substring(1);
}
