import type { MessageKey } from './messages';

/** Every code a field error can carry; each has an `error.<code>` message in the locales. */
export const ERROR_CODES = [
  'required',
  'tooLong',
  'invalidEmail',
  'invalidDomain',
  'invalidUrl',
  'invalidDate',
  'invalidMonthDay',
  'invalidPhone',
  'notANumber',
  'negative',
  'floorAboveList',
  'discountOutOfRange',
  'invalidChoice',
  'duplicate',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
const KNOWN_CODES = new Set<string>(ERROR_CODES);

export const isErrorCode = (code: string): code is ErrorCode => KNOWN_CODES.has(code);

/** What a form shows under a field or above it: a validation code, or the browser refusing the write. */
export type FormErrorCode = ErrorCode | 'storageFull';
const isFormErrorCode = (code: string): code is FormErrorCode => code === 'storageFull' || isErrorCode(code);

/** A field error's message key; a code this version does not know says "invalid", never the raw code. */
export const errorKey = (code: string): MessageKey =>
  isFormErrorCode(code) ? `error.${code}` : 'error.unknown';
