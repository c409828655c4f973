// One clear, translated message for a write the browser refused for lack of space.

import type { Translate } from '../model/messages';
import { isQuotaError } from './errors';

/**
 * What to tell the rep about a failed write. The browser refusing more storage
 * (`QuotaExceededError`, or Dexie's error wrapping it: `Dexie.errnames.QuotaExceeded`, an
 * `AbortError` or `BulkError` with it inside) is always the same sentence, `error.storageFull`:
 * nothing was saved (the transaction rolled back) and space must be freed. Any other error is
 * `otherwise(its message)`, or the message itself.
 */
export function describeStorageError(
  error: unknown,
  t: Translate,
  otherwise: (detail: string) => string = (detail) => detail,
): string {
  if (isQuotaError(error)) return t('error.storageFull');
  return otherwise(error instanceof Error ? error.message : String(error));
}
