/**
 * A manager gives a team account to another owner (a rep who left, a territory that moved). The
 * owner is the server's, not a field of the row: the change waits in the account's outbox entry
 * and goes with the account at the next push. The server refuses it from anyone but a manager.
 */
import { docId, isLogin, type OutboxEntry, type OwnerChangeResult } from '../model/team-sync';
import type { DossierDatabase } from './database';
import { readPrivateIds, readTeamConnection } from './team-reads';

export async function changeOwner(
  db: DossierDatabase,
  accountId: string,
  owner: string,
): Promise<OwnerChangeResult> {
  if (!isLogin(owner)) return { ok: false, reason: 'invalidLogin' };
  return db.transaction('rw', [db.accounts, db.outbox, db.sync], async () => {
    const key = docId('accounts', accountId);
    const [connection, privateIds, row, entry] = await Promise.all([
      readTeamConnection(db),
      readPrivateIds(db),
      db.accounts.get(accountId),
      db.outbox.get(key),
    ]);
    if (connection?.role !== 'manager') return { ok: false, reason: 'notManager' } as const;
    if (!row || privateIds.has(accountId)) return { ok: false, reason: 'notTeam' } as const;
    const change = crypto.randomUUID();
    const next: OutboxEntry = entry
      ? { ...entry, owner, change }
      : {
          key,
          table: 'accounts',
          id: accountId,
          accountId,
          deleted: false,
          change,
          // No field changed: the row is as the server has it.
          base: row as unknown as Record<string, unknown>,
          fields: {},
          owner,
        };
    await db.outbox.put(next);
    return { ok: true } as const;
  });
}
