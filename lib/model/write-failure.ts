/**
 * Why a bulk write (import, restore, demo data) did not happen or what it left, as plain data that
 * crosses contexts:
 * - `space`: refused before anything was written, the disk lacking `needed` bytes (`available` free);
 * - `copyFailed`: the recovery copy could not be saved first, so nothing was started;
 * - `quota` / `failed` (and the import's own codes): the write began and failed; `after` says
 *   what a new connection found stored then — "nothing was changed" holds only for `unchanged`.
 */
export interface WriteFailure {
  code: string;
  detail: WriteFailureDetail;
}

export interface WriteFailureDetail {
  /** What the browser said. */
  message?: string;
  needed?: number;
  available?: number;
  after?: 'unchanged' | 'lost' | 'changed' | 'unreadable';
  /** `unreadable`: why the database could not be opened. */
  reason?: string;
  /** When the recovery copy that can bring the files back was taken. */
  copyTakenAt?: string;
}
