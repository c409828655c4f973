import { isQuotaError } from '../db/errors';
import type { WriteFailure } from '../model/write-failure';
import { BulkWriteFailed, CopyFailed } from './guard';
import { SpaceShortage } from './space';

const messageOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** A bulk write's failure as the page words it; null for an error that is none of these. */
export function toWriteFailure(error: unknown): WriteFailure | null {
  if (error instanceof SpaceShortage) {
    return { code: 'space', detail: { needed: error.needed, available: error.available } };
  }
  if (error instanceof CopyFailed) return { code: 'copyFailed', detail: { message: error.message } };
  if (error instanceof BulkWriteFailed) {
    const { after, copyTakenAt } = error;
    return {
      code: error.diskFull || isQuotaError(error.error) ? 'quota' : 'failed',
      detail: {
        message: messageOf(error.error),
        after: after.kind,
        ...(after.kind === 'unreadable' ? { reason: after.reason } : {}),
        ...(copyTakenAt ? { copyTakenAt } : {}),
      },
    };
  }
  return null;
}

/** `error` with its `WriteFailure` attached, for a background handler to throw (the router sends it on). */
export function withWriteFailure(error: unknown): unknown {
  const failure = toWriteFailure(error);
  if (!failure) return error;
  return Object.assign(new Error(failure.detail.message ?? failure.code), { failure });
}
