// @vitest-environment node
// A manager gives a team account to another owner, between browsers and a real CouchDB-protocol
// server; the server refuses it from a rep.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAccount, updateAccount } from '../db/accounts';
import { changeOwner } from '../db/team-owner';
import { readFileSharing, readTeamLogins } from '../db/team-reads';
import { accountDraft } from '../db/test-helpers';
import { pushOutbox } from './engine';
import { connection, device, draftOf, newTeam, serverDocs, useTeamServer } from './test-team-server';

useTeamServer();

const ownerOnServer = async (id: string) =>
  (await serverDocs()).find((d) => d.id === `account:${id}`)?.doc.owner;

describe('who owns a team account', () => {
  beforeEach(newTeam);

  it('a manager gives it to another rep: every device shows the new owner, and a rep’s edit after it keeps it', async () => {
    const alice = await device('alice');
    const bob = await device('bob');
    const account = await createAccount(bob.db, accountDraft({ name: 'Acme Steel' }));
    await bob.sync();
    await alice.sync();
    expect(await readFileSharing(alice.db, account.id)).toEqual({
      kind: 'team',
      owner: 'bob',
      canChangeOwner: true,
    });
    expect(await readTeamLogins(alice.db)).toEqual(['alice', 'bob']);

    expect(await changeOwner(alice.db, account.id, 'carol')).toEqual({ ok: true });
    // Shown at once, before it is sent.
    expect(await readFileSharing(alice.db, account.id)).toMatchObject({ owner: 'carol' });
    // Bob edits the account meanwhile: his edit and the new owner both stand.
    await updateAccount(bob.db, account.id, { ...draftOf(account), name: 'Acme Steel Group' });
    await bob.sync();
    await alice.sync();
    expect(await alice.db.outbox.count()).toBe(0);
    expect(await ownerOnServer(account.id)).toBe('carol');
    await bob.sync();
    expect(await readFileSharing(bob.db, account.id)).toEqual({
      kind: 'team',
      owner: 'carol',
      canChangeOwner: false,
    });
    expect((await bob.db.accounts.get(account.id))?.name).toBe('Acme Steel Group');
    expect((await alice.db.accounts.get(account.id))?.name).toBe('Acme Steel Group');
  });

  it('a rep cannot: refused here, and by the server if it is sent all the same', async () => {
    const bob = await device('bob');
    const account = await createAccount(bob.db, accountDraft({ name: 'Acme Paper' }));
    await bob.sync();
    expect(await changeOwner(bob.db, account.id, 'carol')).toEqual({ ok: false, reason: 'notManager' });
    expect(await changeOwner(bob.db, account.id, '')).toEqual({ ok: false, reason: 'invalidLogin' });

    // A browser that believes bob a manager: the server says no, and the team's owner stands.
    await bob.db.sync.put({ ...connection('bob'), role: 'manager' });
    expect(await changeOwner(bob.db, account.id, 'carol')).toEqual({ ok: true });
    const result = await pushOutbox(bob.ctx);
    expect(result.refusals).toEqual([
      expect.objectContaining({
        name: 'Acme Paper',
        reason: 'only a manager may change who owns a team account',
      }),
    ]);
    expect(await ownerOnServer(account.id)).toBe('bob');
    expect(await readFileSharing(bob.db, account.id)).toMatchObject({ owner: 'bob' });
    expect(await bob.db.outbox.count()).toBe(0);
  });
});
