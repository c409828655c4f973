import * as v from 'valibot';
import {
  accountDraftSchema,
  contactDraftSchema,
  pricingNoteDraftSchema,
  talkingPointDraftSchema,
  timelineNoteDraftSchema,
} from './schemas';
import type {
  AccountDraft,
  ContactDraft,
  FieldErrors,
  PricingNoteDraft,
  TalkingPointDraft,
  TimelineNoteDraft,
} from './types';

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
const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** Issues → `{ 'emails.1': 'invalidEmail' }`, first issue per field wins. */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '';
    if (path in errors) continue;
    errors[path] = KNOWN_CODES.has(issue.message) ? issue.message : 'invalidChoice';
  }
  return errors;
}

function validateWith(schema: v.GenericSchema, draft: unknown): FieldErrors {
  // Not aborting early: cross-field checks (floor ≤ list) still run when another field is wrong,
  // so the rep sees every problem at once.
  const result = v.safeParse(schema, draft);
  return result.success ? {} : toFieldErrors(result.issues);
}

/** Field errors of an account draft; `{}` when it can be saved. */
export const validateAccount = (draft: AccountDraft) => validateWith(accountDraftSchema, draft);
export const validateContact = (draft: ContactDraft) => validateWith(contactDraftSchema, draft);
export const validateTalkingPoint = (draft: TalkingPointDraft) =>
  validateWith(talkingPointDraftSchema, draft);
export const validatePricingNote = (draft: PricingNoteDraft) => validateWith(pricingNoteDraftSchema, draft);
export const validateTimelineNote = (draft: TimelineNoteDraft) =>
  validateWith(timelineNoteDraftSchema, draft);

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
