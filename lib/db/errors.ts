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
 * Runs a repository write for a form: resolves null when saved, or the field errors to show
 * when the data was refused. Any other failure (quota, a closed database) still throws.
 */
export async function saveOrFieldErrors(write: () => Promise<unknown>): Promise<FieldErrors | null> {
  try {
    await write();
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
}
