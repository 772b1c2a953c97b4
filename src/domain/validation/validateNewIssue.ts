import { IUserRef } from '../entities/userRef';
import { ISSUE_AREA_LABELS, IssueArea } from '../vocabulary/issueArea';
import { Priority, PRIORITY_LABELS } from '../vocabulary/priority';
import { futureDate, optionalText, requiredChoice, requiredPerson, requiredText } from './fieldChecks';
import { IFieldError, MAX_TITLE_LENGTH, ValidationResult } from './validationResult';

/** What a user enters to raise an issue. */
export interface INewIssueInput {
  title?: string;
  description?: string;
  area?: string;
  systemId?: number;
  priority?: string;
  owner?: IUserRef;
  dueDate?: string;
  policy?: string;
}

/** A raised issue's fields after validation. */
export interface IValidNewIssue {
  title: string;
  description?: string;
  area: IssueArea;
  systemId?: number;
  priority: Priority;
  owner: IUserRef;
  dueDate: string;
  policy?: string;
}

export const MAX_POLICY_LENGTH = 2000;
export const MAX_DESCRIPTION_LENGTH = 10000;

/**
 * Checks a new issue. §8 requires the owner (担当者) and the due date (期限) when an issue is raised; the due
 * date is a JST calendar date not before today. Priority defaults to medium.
 */
export function validateNewIssue(input: INewIssueInput, now: Date): ValidationResult<IValidNewIssue> {
  const errors: IFieldError[] = [];
  const title = requiredText(errors, 'title', { ja: '件名', en: 'a title' }, input.title, MAX_TITLE_LENGTH);
  const description = optionalText(errors, 'description', { ja: '内容', en: 'the description' }, input.description, MAX_DESCRIPTION_LENGTH);
  const area = requiredChoice(errors, 'area', { ja: '課題発生個所', en: 'the area' }, ISSUE_AREA_LABELS, input.area);
  const priority =
    input.priority === undefined || input.priority === ''
      ? 'medium'
      : requiredChoice(errors, 'priority', { ja: '優先度', en: 'the priority' }, PRIORITY_LABELS, input.priority);
  const owner = requiredPerson(errors, 'owner', { ja: '担当者', en: 'an owner' }, input.owner);
  const dueDate = futureDate(errors, 'dueDate', { ja: '期限', en: 'a due date' }, input.dueDate, now);
  const policy = optionalText(errors, 'policy', { ja: '対応方針', en: 'the response policy' }, input.policy, MAX_POLICY_LENGTH);
  if (errors.length > 0 || !area || !priority || !owner || !dueDate) {
    return { ok: false, errors };
  }
  const value: IValidNewIssue = { title, area, priority, owner, dueDate };
  if (description !== undefined) {
    value.description = description;
  }
  if (input.systemId !== undefined) {
    value.systemId = input.systemId;
  }
  if (policy !== undefined) {
    value.policy = policy;
  }
  return { ok: true, value };
}
