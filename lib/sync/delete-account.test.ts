import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { connectTeam } from '../db/team-sync';
import { accountDraft, openTestDatabase, teamConnection } from '../db/test-helpers';
import type { sendMessage } from '../messaging/send';
import { TeamDeleteRefused } from '../model/team-sync';
import { deleteFileAccount } from './delete-account';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(() => db.delete());

const connect = (privateIds: string[]) => connectTeam(db, teamConnection(), privateIds);

const sender = (reply: unknown) =>
  vi.fn(async () => reply) as unknown as typeof sendMessage & ReturnType<typeof vi.fn>;

describe('deleteFileAccount', () => {
  it('deletes here at once when the rep is in no team', async () => {
    const account = await createAccount(db, accountDraft());
    const send = sender(undefined);
    await deleteFileAccount(db, account.id, send);
    expect(await db.accounts.get(account.id)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('deletes a private account here at once', async () => {
    const account = await createAccount(db, accountDraft());
    await connect([account.id]);
    const send = sender(undefined);
    await deleteFileAccount(db, account.id, send);
    expect(await db.accounts.get(account.id)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background for a team account, and says why when it was not deleted', async () => {
    const account = await createAccount(db, accountDraft());
    await connect([]);
    const refused = sender({ status: 'forbidden', reason: 'only a manager may delete a team account' });
    const error = await deleteFileAccount(db, account.id, refused).catch((e: unknown) => e);
    expect(refused).toHaveBeenCalledWith('team/deleteAccount', { accountId: account.id });
    expect(error).toBeInstanceOf(TeamDeleteRefused);
    expect(error).toMatchObject({ kind: 'forbidden', reason: 'only a manager may delete a team account' });
    await expect(deleteFileAccount(db, account.id, sender({ status: 'offline' }))).rejects.toMatchObject({
      kind: 'offline',
    });
    expect(await db.accounts.get(account.id)).toBeDefined();
    await deleteFileAccount(db, account.id, sender({ status: 'deleted' }));
  });
});
