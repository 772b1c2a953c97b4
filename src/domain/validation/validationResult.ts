import { ILocalizedText } from '../vocabulary/localizedText';

/** Why a field is invalid. */
export type ValidationCode = 'required' | 'tooLong' | 'invalidChoice' | 'invalidDate' | 'dateInPast' | 'unchanged' | 'invalidNumber';

/** One problem with one input field, with a message ready to show next to it. */
export interface IFieldError {
  field: string;
  code: ValidationCode;
  message: ILocalizedText;
}

/** Result of validating user input: the normalized value, or every problem found at once. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: IFieldError[] };

/** Maximum length of a SharePoint single line of text (Title). */
export const MAX_TITLE_LENGTH = 255;
