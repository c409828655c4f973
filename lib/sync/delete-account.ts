/**
 * Deleting an account from its file's screen. A team account is deleted on the team server first
 * (through the background, which alone talks to it): the server refuses a rep — only a manager may
 * — and then nothing is deleted anywhere. A private account, or any account when the rep is in no
 * team, is deleted here at once.
 */
import type { DossierDatabase } from '../db/database';
import { readFileSharing } from '../db/team-reads';
import type { sendMessage } from '../messaging/send';
import { TeamDeleteRefused } from '../model/team-sync';

export async function deleteFileAccount(
  db: DossierDatabase,
  accountId: string,
  send: typeof sendMessage,
): Promise<void> {
  const sharing = await readFileSharing(db, accountId);
  if (sharing?.kind !== 'team') {
    const { deleteAccount } = await import('../db/file-writes');
    await deleteAccount(db, accountId);
    return;
  }
  const result = await send('team/deleteAccount', { accountId });
  if (result.status === 'forbidden') throw new TeamDeleteRefused('forbidden', result.reason);
  if (result.status === 'offline') throw new TeamDeleteRefused('offline');
}
