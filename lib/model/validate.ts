import * as v from 'valibot';
import { isErrorCode } from './error-codes';
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

/** Issues → `{ 'emails.1': 'invalidEmail' }`, first issue per field wins. */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '';
    if (path in errors) continue;
    errors[path] = isErrorCode(issue.message) ? issue.message : 'invalidChoice';
  }
  return errors;
}

function validateWith(schema: v.GenericSchema, draft: unknown): FieldErrors {
  // Not aborting early: cross-field checks (floor ≤ list) still run when another field is wrong,
  // so the rep sees every problem at once.
  const result = v.safeParse(schema, draft);
  return result.success ? {} : toFieldErrors(result.issues);
}

/**
 * Field errors of `draft` in the top-level fields `keys` alone, as `validateWith` would report
 * them. For drafts built from the empty draft (which passes: a test holds it to the schema) with a
 * few fields set, such as an imported row: the schemas have no cross-field rules, so the fields
 * left empty cannot be wrong, and checking only the set ones is a fraction of the work.
 */
function validateFields(
  schema: { entries: v.ObjectEntries },
  draft: object,
  keys: Iterable<string>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of keys) {
    const entry = schema.entries[key];
    const result = entry
      ? v.safeParse(entry, (draft as Record<string, unknown>)[key])
      : { success: false as const, issues: null };
    if (result.success) continue;
    if (!result.issues) {
      errors[key] ??= 'invalidChoice'; // not a field of the draft
      continue;
    }
    for (const [path, code] of Object.entries(toFieldErrors(result.issues))) {
      errors[path ? `${key}.${path}` : key] ??= code;
    }
  }
  return errors;
}

/** Field errors of an account draft; `{}` when it can be saved. */
export const validateAccount = (draft: AccountDraft) => validateWith(accountDraftSchema, draft);
export const validateContact = (draft: ContactDraft) => validateWith(contactDraftSchema, draft);
/** `validateAccount` for a draft whose other fields are the empty draft's (see `validateFields`). */
export const validateAccountFields = (draft: AccountDraft, keys: Iterable<string>) =>
  validateFields(accountDraftSchema, draft, keys);
/** `validateContact` for a draft whose other fields are the empty draft's (see `validateFields`). */
export const validateContactFields = (draft: ContactDraft, keys: Iterable<string>) =>
  validateFields(contactDraftSchema, draft, keys);
export const validateTalkingPoint = (draft: TalkingPointDraft) =>
  validateWith(talkingPointDraftSchema, draft);
export const validatePricingNote = (draft: PricingNoteDraft) => validateWith(pricingNoteDraftSchema, draft);
export const validateTimelineNote = (draft: TimelineNoteDraft) =>
  validateWith(timelineNoteDraftSchema, draft);

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
