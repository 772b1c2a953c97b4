import { IIssue } from '../entities/issue';
import { IGovernedValues } from '../entities/proposal';
import { GovernedField } from '../vocabulary/governedField';
import { futureDate, requiredPerson, requiredText } from './fieldChecks';
import { IFieldError, ValidationResult } from './validationResult';
import { MAX_POLICY_LENGTH } from './validateNewIssue';

/** A proposal's value and reason after validation. */
export interface IValidProposal<F extends GovernedField> {
  field: F;
  value: IGovernedValues[F];
  reason: string;
}

export const MAX_REASON_LENGTH = 2000;

function unchanged(errors: IFieldError[], field: string): void {
  errors.push({
    field,
    code: 'unchanged',
    message: { ja: '現在の値と同じです。変更後の値を入力してください。', en: 'This is the current value. Enter the new value.' },
  });
}

/**
 * Checks a proposed change of a governed field: a reason is required, the value must be valid for the
 * field (a person; a JST date not in the past; a policy text) and must differ from the agreed value.
 */
export function validateProposal<F extends GovernedField>(
  issue: IIssue,
  field: F,
  value: IGovernedValues[F] | undefined,
  reason: string | undefined,
  now: Date
): ValidationResult<IValidProposal<F>> {
  const errors: IFieldError[] = [];
  let normalized: IGovernedValues[GovernedField] | undefined;
  if (field === 'owner') {
    const owner = requiredPerson(errors, 'value', { ja: '変更後の担当者', en: 'the new owner' }, value as IGovernedValues['owner'] | undefined);
    if (owner && owner.id === issue.owner.id) {
      unchanged(errors, 'value');
    }
    normalized = owner;
  } else if (field === 'dueDate') {
    const due = futureDate(errors, 'value', { ja: '変更後の期限', en: 'the new due date' }, value as string | undefined, now);
    if (due && due === issue.dueDate) {
      unchanged(errors, 'value');
    }
    normalized = due;
  } else {
    const policy = requiredText(errors, 'value', { ja: '変更後の対応方針', en: 'the new response policy' }, value as string | undefined, MAX_POLICY_LENGTH);
    if (policy !== '' && policy === (issue.policy || '').trim()) {
      unchanged(errors, 'value');
    }
    normalized = policy;
  }
  const reasonText = requiredText(errors, 'reason', { ja: '変更理由', en: 'a reason for the change' }, reason, MAX_REASON_LENGTH);
  if (errors.length > 0 || normalized === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, value: { field, value: normalized as IGovernedValues[F], reason: reasonText } };
}
