import type { FieldErrors, RowMeta } from '../model/types';
import { hasErrors } from '../model/validate';
import { ValidationError } from './errors';

/** Bookkeeping for a new row: a random string id (sync-ready) and both timestamps. */
export function newRowMeta(now = new Date()): RowMeta {
  const at = now.toISOString();
  return { id: crypto.randomUUID(), createdAt: at, updatedAt: at };
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function assertValid(errors: FieldErrors): void {
  if (hasErrors(errors)) throw new ValidationError(errors);
}
