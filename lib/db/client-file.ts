import { compareNames, orderTalkingPoints } from '../model/derive';
import type { ClientFileData } from '../model/types';
import type { DossierDatabase } from './database';

/** One client's whole file, read in one transaction so its parts agree; undefined if deleted. */
export function getClientFile(db: DossierDatabase, accountId: string): Promise<ClientFileData | undefined> {
  return db.transaction('r', db.allTables, async () => {
    const account = await db.accounts.get(accountId);
    if (!account) return undefined;
    const [contacts, talkingPoints, pricingNotes, notes] = await Promise.all([
      db.contacts.where('accountId').equals(accountId).toArray(),
      db.talkingPoints.where('accountId').equals(accountId).toArray(),
      db.pricingNotes.where('accountId').equals(accountId).toArray(),
      // Read forward in one `getAll` and turned newest first here: a reverse read is a cursor
      // step per note in Chromium, slower still over the deleted entries a restore leaves.
      db.notes.where('[accountId+occurredAt]').between([accountId, ''], [accountId, '\uffff']).toArray(),
    ]);
    return {
      account,
      contacts: contacts.sort((a, b) => compareNames(a.name, b.name)),
      talkingPoints: orderTalkingPoints(talkingPoints),
      pricingNotes: pricingNotes.sort((a, b) => a.product.localeCompare(b.product)),
      notes: notes.reverse(),
    };
  });
}
