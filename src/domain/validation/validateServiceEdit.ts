import { IUserRef } from '../entities/userRef';
import { dayNumberOfDateKey } from '../time/jst';
import { PROVIDER_KIND_LABELS, ProviderKind } from '../vocabulary/providerKind';
import { SERVICE_LIFECYCLE_LABELS, ServiceLifecycle } from '../vocabulary/serviceLifecycle';
import { optionalText, requiredChoice, requiredPerson, requiredText } from './fieldChecks';
import { IFieldError, MAX_TITLE_LENGTH, ValidationResult } from './validationResult';

/** What an owner enters when editing a catalog service (サービスカタログ §19); numbers may arrive as typed text. */
export interface IServiceEditInput {
  name?: string;
  summary?: string;
  providerKind?: string;
  providerName?: string;
  owner?: IUserRef;
  audience?: string;
  /** HTML from the rich-text editor (sanitized by the data layer before it is stored). */
  requestFlow?: string;
  calendarId?: string;
  firstResponseTargetMinutes?: number | string;
  resolutionTargetMinutes?: number | string;
  requiredDocumentIds?: ReadonlyArray<number>;
  lifecycle?: string;
  effectiveDate?: string;
  retirementDate?: string;
}

/** An owner's edit after validation: every field the catalog shows, normalized. */
export interface IValidServiceEdit {
  name: string;
  summary: string;
  providerKind: ProviderKind;
  providerName: string;
  owner: IUserRef;
  audience?: string;
  requestFlow?: string;
  calendarId: string;
  firstResponseTargetMinutes: number;
  resolutionTargetMinutes?: number;
  requiredDocumentIds: number[];
  lifecycle: ServiceLifecycle;
  effectiveDate?: string;
  retirementDate?: string;
}

export const MAX_SUMMARY_LENGTH = 2000;
export const MAX_REQUEST_FLOW_LENGTH = 20000;
/** A target longer than a business year (about 245 days of 8 hours) is a typing mistake, not an agreement. */
export const MAX_TARGET_MINUTES = 245 * 8 * 60;

function minutes(errors: IFieldError[], field: string, name: { ja: string; en: string }, value: number | string | undefined, required: boolean): number | undefined {
  const text = value === undefined ? '' : String(value).trim();
  if (text === '') {
    if (required) errors.push({ field, code: 'required', message: { ja: `${name.ja}を入力してください。`, en: `Enter ${name.en}.` } });
    return undefined;
  }
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_TARGET_MINUTES) {
    errors.push({
      field,
      code: 'invalidNumber',
      message: { ja: `${name.ja}は1～${MAX_TARGET_MINUTES}の整数(営業分)で入力してください。`, en: `Enter ${name.en} as whole business minutes from 1 to ${MAX_TARGET_MINUTES}.` }
    });
    return undefined;
  }
  return n;
}

function optionalDate(errors: IFieldError[], field: string, name: { ja: string; en: string }, value: string | undefined): string | undefined {
  const text = (value || '').trim();
  if (text === '') return undefined;
  if (dayNumberOfDateKey(text) === undefined) {
    errors.push({ field, code: 'invalidDate', message: { ja: `${name.ja}は正しい日付(例: 2026-04-01)で入力してください。`, en: `Enter ${name.en} as a valid date (e.g. 2026-04-01).` } });
    return undefined;
  }
  return text;
}

/**
 * Checks an owner's edit of a service: the catalog's facts are required (name, summary, provider, owner, answering
 * hours that exist, a first-response target), a resolution target is not shorter than the first response, and the
 * lifecycle agrees with its dates (retiring and retired services have a retirement date, which is not before the
 * effective date). Every problem is reported at once; nothing is saved unless all pass.
 */
export function validateServiceEdit(input: IServiceEditInput, knownCalendarIds: ReadonlyArray<string>): ValidationResult<IValidServiceEdit> {
  const errors: IFieldError[] = [];
  const name = requiredText(errors, 'name', { ja: 'サービス名', en: 'the service name' }, input.name, MAX_TITLE_LENGTH);
  const summary = requiredText(errors, 'summary', { ja: '概要', en: 'the summary' }, input.summary, MAX_SUMMARY_LENGTH);
  const providerKind = requiredChoice(errors, 'providerKind', { ja: '提供者区分', en: 'the provider type' }, PROVIDER_KIND_LABELS, input.providerKind);
  const providerName = requiredText(errors, 'providerName', { ja: '提供者', en: 'the provider' }, input.providerName, MAX_TITLE_LENGTH);
  const owner = requiredPerson(errors, 'owner', { ja: 'サービス責任者', en: 'the service owner' }, input.owner);
  const audience = optionalText(errors, 'audience', { ja: '対象者', en: 'the audience' }, input.audience, MAX_TITLE_LENGTH);
  const flowText = (input.requestFlow || '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();
  let requestFlow: string | undefined = flowText ? (input.requestFlow || '').trim() : undefined;
  if (requestFlow && requestFlow.length > MAX_REQUEST_FLOW_LENGTH) {
    errors.push({ field: 'requestFlow', code: 'tooLong', message: { ja: `申請・依頼方法は${MAX_REQUEST_FLOW_LENGTH}文字以内で入力してください。`, en: `How to request must be ${MAX_REQUEST_FLOW_LENGTH} characters or fewer.` } });
    requestFlow = undefined;
  }
  const calendarId = (input.calendarId || '').trim();
  if (!calendarId) {
    errors.push({ field: 'calendarId', code: 'required', message: { ja: '対応時間帯を選択してください。', en: 'Select the answering hours.' } });
  } else if (knownCalendarIds.indexOf(calendarId) < 0) {
    errors.push({ field: 'calendarId', code: 'invalidChoice', message: { ja: '対応時間帯の値が正しくありません。', en: 'The answering hours are not a known calendar.' } });
  }
  const first = minutes(errors, 'firstResponseTargetMinutes', { ja: '一次回答目標', en: 'the first-response target' }, input.firstResponseTargetMinutes, true);
  const resolution = minutes(errors, 'resolutionTargetMinutes', { ja: '解決目標', en: 'the resolution target' }, input.resolutionTargetMinutes, false);
  if (first !== undefined && resolution !== undefined && resolution < first) {
    errors.push({
      field: 'resolutionTargetMinutes',
      code: 'invalidNumber',
      message: { ja: '解決目標は一次回答目標以上にしてください。', en: 'The resolution target cannot be shorter than the first-response target.' }
    });
  }
  const lifecycle = requiredChoice(errors, 'lifecycle', { ja: 'ライフサイクル', en: 'the lifecycle' }, SERVICE_LIFECYCLE_LABELS, input.lifecycle);
  const effectiveDate = optionalDate(errors, 'effectiveDate', { ja: '提供開始日', en: 'the effective date' }, input.effectiveDate);
  const retirementDate = optionalDate(errors, 'retirementDate', { ja: '廃止日', en: 'the retirement date' }, input.retirementDate);
  if ((lifecycle === 'retiring' || lifecycle === 'retired') && !retirementDate && !errors.some((e) => e.field === 'retirementDate')) {
    errors.push({ field: 'retirementDate', code: 'required', message: { ja: '廃止予定・廃止のサービスには廃止日を入力してください。', en: 'Enter the retirement date of a retiring or retired service.' } });
  }
  if (effectiveDate && retirementDate && retirementDate < effectiveDate) {
    errors.push({ field: 'retirementDate', code: 'invalidDate', message: { ja: '廃止日は提供開始日以降にしてください。', en: 'The retirement date cannot be before the effective date.' } });
  }
  if (errors.length > 0 || !providerKind || !owner || first === undefined || !lifecycle) return { ok: false, errors };
  const value: IValidServiceEdit = {
    name,
    summary,
    providerKind,
    providerName,
    owner,
    calendarId,
    firstResponseTargetMinutes: first,
    requiredDocumentIds: (input.requiredDocumentIds || []).filter((id, i, all) => all.indexOf(id) === i),
    lifecycle
  };
  if (audience !== undefined) value.audience = audience;
  if (requestFlow !== undefined) value.requestFlow = requestFlow;
  if (resolution !== undefined) value.resolutionTargetMinutes = resolution;
  if (effectiveDate !== undefined) value.effectiveDate = effectiveDate;
  if (retirementDate !== undefined) value.retirementDate = retirementDate;
  return { ok: true, value };
}
