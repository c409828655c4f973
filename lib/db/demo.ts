import { buildDemoDataset, DEMO_SEEDS } from '../demo/core';
import type { DossierDatabase } from './database';
import { withAccountReadings, withContactReadings } from './readings';
import { rebuildSignals } from './signals';

/** The demo dataset's size as JSON, rounded up (about 0.25 MB): what its write needs, for the space check. */
export const DEMO_ROW_BYTES = 1_000_000;

/**
 * Fills an empty database with the demo dataset in one transaction and returns how many
 * accounts it added. Refuses a database that already holds accounts: demo rows must never mix
 * with a rep's real clients.
 */
export async function loadDemoData(db: DossierDatabase, now = new Date()): Promise<number> {
  const data = buildDemoDataset(DEMO_SEEDS, now, () => crypto.randomUUID());
  const [accounts, contacts] = await Promise.all([
    withAccountReadings(data.accounts.map((a) => ({ ...a, externalIds: [] }))),
    withContactReadings(data.contacts.map((c) => ({ ...c, externalIds: [] }))),
  ]);
  await db.transaction('rw', db.allTables, async () => {
    if ((await db.accounts.count()) > 0)
      throw new Error('The database already holds accounts; demo data not loaded.');
    await db.accounts.bulkAdd(accounts);
    await db.contacts.bulkAdd(contacts);
    await db.talkingPoints.bulkAdd(data.talkingPoints);
    await db.pricingNotes.bulkAdd(data.pricingNotes);
    await db.notes.bulkAdd(data.notes);
    await rebuildSignals(db, now);
  });
  return data.accounts.length;
}
