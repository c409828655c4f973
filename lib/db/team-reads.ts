/**
 * The team sync's small reads, apart from its writes (lib/db/team-sync.ts, which loads the
 * schemas and the merge): what the side panel asks on a file's first paint stays light.
 */
import { docId, type FileSharing, SYNC_KEYS, type TeamConnection } from '../model/team-sync';
import type { DossierDatabase } from './database';

export async function readTeamConnection(db: DossierDatabase): Promise<TeamConnection | undefined> {
  return (await db.sync.get(SYNC_KEYS.connection)) as TeamConnection | undefined;
}

export async function readPrivateIds(db: DossierDatabase): Promise<Set<string>> {
  const row = await db.sync.get(SYNC_KEYS.private);
  return new Set(row && 'ids' in row ? row.ids : []);
}

/**
 * Whether an account is the team's (with its owner — a new owner not yet sent included — once the
 * server has it) or private; null when the rep is in no team. An account is the team's unless the
 * rep kept it private; a manager may give it to another owner.
 */
export async function readFileSharing(db: DossierDatabase, accountId: string): Promise<FileSharing | null> {
  const key = docId('accounts', accountId);
  const [connection, privateIds, synced, pending] = await Promise.all([
    readTeamConnection(db),
    readPrivateIds(db),
    db.syncRevisions.get(key),
    db.outbox.get(key),
  ]);
  if (!connection) return null;
  if (privateIds.has(accountId)) return { kind: 'private' };
  return {
    kind: 'team',
    owner: pending?.owner ?? synced?.owner ?? connection.login,
    canChangeOwner: connection.role === 'manager',
  };
}

/** The team's logins known here: the owners of its accounts and the rep's own, sorted. */
export async function readTeamLogins(db: DossierDatabase): Promise<string[]> {
  const connection = await readTeamConnection(db);
  const logins = new Set<string>(connection ? [connection.login] : []);
  await db.syncRevisions
    .where('key')
    .startsWith(docId('accounts', ''))
    .each((revision) => {
      if (revision.owner) logins.add(revision.owner);
    });
  return [...logins].sort();
}
