import { IUserRef } from '../entities/userRef';
import { InquiryCategory, INQUIRY_CATEGORY_LABELS } from '../vocabulary/inquiryCategory';
import { optionalText, requiredChoice, requiredPerson, requiredText } from './fieldChecks';
import { IFieldError, MAX_TITLE_LENGTH, ValidationResult } from './validationResult';

/** What a user enters to raise an inquiry. */
export interface INewInquiryInput {
  subject?: string;
  body?: string;
  category?: string;
  systemId?: number;
  serviceId?: number;
  requester?: IUserRef;
  /** Optional callback phone or extension. */
  contact?: string;
}

/** A new inquiry's fields after validation. */
export interface IValidNewInquiry {
  subject: string;
  body: string;
  category: InquiryCategory;
  systemId?: number;
  serviceId?: number;
  requester: IUserRef;
  contact?: string;
}

export const MAX_INQUIRY_BODY_LENGTH = 10000;

/** Checks a new inquiry: subject (≤ 255), body, category and requester are required. */
export function validateNewInquiry(input: INewInquiryInput): ValidationResult<IValidNewInquiry> {
  const errors: IFieldError[] = [];
  const subject = requiredText(errors, 'subject', { ja: '件名', en: 'a subject' }, input.subject, MAX_TITLE_LENGTH);
  const body = requiredText(errors, 'body', { ja: '問い合わせ内容', en: 'the inquiry details' }, input.body, MAX_INQUIRY_BODY_LENGTH);
  const category = requiredChoice(errors, 'category', { ja: '問い合わせ区分', en: 'a category' }, INQUIRY_CATEGORY_LABELS, input.category);
  const requester = requiredPerson(errors, 'requester', { ja: '問い合わせ者', en: 'the requester' }, input.requester);
  const contact = optionalText(errors, 'contact', { ja: '連絡先', en: 'the contact' }, input.contact, 100);
  if (errors.length > 0 || !category || !requester) {
    return { ok: false, errors };
  }
  const value: IValidNewInquiry = { subject, body, category, requester };
  if (input.systemId !== undefined) {
    value.systemId = input.systemId;
  }
  if (input.serviceId !== undefined) {
    value.serviceId = input.serviceId;
  }
  if (contact !== undefined) {
    value.contact = contact;
  }
  return { ok: true, value };
}
