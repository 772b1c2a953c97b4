import { ILocalizedText } from '../vocabulary/localizedText';

/** A domain operation refused for a reason the user can be told about. */
export interface IRefusal<C extends string = string> {
  ok: false;
  code: C;
  message: ILocalizedText;
}

/** A domain operation that succeeded. */
export interface ISuccess<T> {
  ok: true;
  value: T;
}

/** Outcome of a domain operation: the new value or a typed, localized refusal. */
export type Outcome<T, C extends string = string> = ISuccess<T> | IRefusal<C>;

export function success<T>(value: T): ISuccess<T> {
  return { ok: true, value };
}

export function refusal<C extends string>(code: C, ja: string, en: string): IRefusal<C> {
  return { ok: false, code, message: { ja, en } };
}
