import { browser } from 'wxt/browser';

/**
 * When the database was last created, in `storage.local` (which survives the database): on the
 * first run, and whenever the browser deleted the database and it had to be created again — as
 * Chromium does when it finds the database damaged after a write failed on a full disk. The
 * recovery copy's notice compares it with when the copy was taken (lib/recovery/state.ts).
 */
export const DATABASE_CREATED_AT = 'databaseCreatedAt';

export async function recordDatabaseCreated(at = new Date()): Promise<void> {
  await browser.storage.local.set({ [DATABASE_CREATED_AT]: at.toISOString() });
}
