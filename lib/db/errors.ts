import type { FieldErrors } from '../model/types';

/** A write refused because the data is invalid; `fieldErrors` say where and why. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(
      `Invalid: ${Object.entries(fieldErrors)
        .map(([path, code]) => `${path || '(row)'} ${code}`)
        .join(', ')}`,
    );
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/**
 * Whether a failed write was the browser refusing more storage: a `QuotaExceededError` itself, or
 * one wrapped by Dexie (an `AbortError` whose `inner` is it, a `BulkError`'s `failures`). The
 * transaction it happened in was rolled back as a whole.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  const failures = e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return [e.inner, e.cause, ...failures].some((inner) => isQuotaError(inner, depth + 1));
}

/**
 * Runs a repository write for a form: resolves null when saved, or the field errors to show
 * when the data was refused — the browser refusing more storage is the form-wide error
 * `storageFull` (key `''`; nothing was written). Any other failure (a closed database) still throws.
 */
export async function saveOrFieldErrors(write: () => Promise<unknown>): Promise<FieldErrors | null> {
  try {
    await write();
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    if (isQuotaError(error)) return { '': 'storageFull' };
    throw error;
  }
}
