import { listAccountSummaries } from '../db/account-lookup';
import { getDatabase } from '../db/database';
import { saveOrFieldErrors } from '../db/errors';
import { watchClientFile as watchFile } from '../db/watch';
import { sortAccounts } from '../model/derive';
import type { AccountSummary, ClientFileData, FieldErrors, TimelineNoteDraft } from '../model/types';

/**
 * The quick note's and the capture pickers' reads and the note's write — Dexie and the
 * repositories. The box's code loads this after the box is up and focused (use-quick-note.ts), so
 * the rep types while it arrives.
 */

/** Every account for a picker, by name (with 50,000 clients a large read: made once, after the box is up). */
export async function listAccountsByName(): Promise<AccountSummary[]> {
  return sortAccounts(await listAccountSummaries(getDatabase()), 'name');
}

/** The picker's order: the page's clients (`firstIds`, most relevant first) on top, then the rest by name. */
export function clientsFirst(
  byName: readonly AccountSummary[],
  firstIds: readonly string[],
): AccountSummary[] {
  if (firstIds.length === 0) return [...byName];
  const rank = new Map(firstIds.map((id, i) => [id, i]));
  const first = byName.filter((a) => rank.has(a.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...first, ...byName.filter((a) => !rank.has(a.id))];
}

/** One client's file, live: `onFile` again after any write to it in any context; null when there is no such client. */
export const watchClientFile = (accountId: string, onFile: (file: ClientFileData | null) => void) =>
  watchFile(getDatabase(), accountId, onFile);

/** Stores the note; null once it is in IndexedDB, else the errors by field path. */
export async function saveQuickNote(draft: TimelineNoteDraft): Promise<FieldErrors | null> {
  const { createNote } = await import('../db/file-writes');
  return saveOrFieldErrors(() => createNote(getDatabase(), draft));
}
