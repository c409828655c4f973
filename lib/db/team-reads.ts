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
 * Whether an account is the team's (with its owner, once the server has it) or private; null when
 * the rep is in no team. An account is the team's unless the rep kept it private.
 */
export async function readFileSharing(db: DossierDatabase, accountId: string): Promise<FileSharing | null> {
  const [connection, privateIds, synced] = await Promise.all([
    readTeamConnection(db),
    readPrivateIds(db),
    db.syncRevisions.get(docId('accounts', accountId)),
  ]);
  if (!connection) return null;
  if (privateIds.has(accountId)) return { kind: 'private' };
  return { kind: 'team', owner: synced?.owner ?? connection.login };
}
