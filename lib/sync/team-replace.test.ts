// @vitest-environment node
// A backup restored while in a team, between browsers and a real CouchDB-protocol server: into
// private files by default (the team's untouched), or a manager's explicit replace of the team's files.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAccount, updateAccount } from '../db/accounts';
import { exportDatabase } from '../db/backup';
import { createContact, deleteContact } from '../db/contacts';
import { replaceTeamFiles, restoreIntoPrivateFiles, TeamReplaceRefused } from '../db/team-restore';
import { accountDraft, contactDraft } from '../db/test-helpers';
import { device, draftOf, newTeam, serverDocs, useTeamServer } from './test-team-server';

useTeamServer();

/** Bob's two team accounts, as alice's backup has them; then the team moves on. */
async function teamThatMovedOn() {
  const alice = await device('alice');
  const bob = await device('bob');
  const kept = await createAccount(bob.db, accountDraft({ name: 'Acme Steel' }));
  const first = await createContact(bob.db, contactDraft(kept.id, { name: '李伟' }));
  const second = await createContact(bob.db, contactDraft(kept.id, { name: '王芳' }));
  await bob.sync();
  await alice.sync();
  const backup = await exportDatabase(alice.db);

  // Since the backup: a rename, a contact gone and one added, a new account.
  await updateAccount(bob.db, kept.id, { ...draftOf(kept), name: 'Acme Steel (renamed)' });
  await deleteContact(bob.db, second.id);
  const added = await createContact(bob.db, contactDraft(kept.id, { name: '张强' }));
  const later = await createAccount(bob.db, accountDraft({ name: 'Later Lead' }));
  await bob.sync();
  await alice.sync();
  return { alice, bob, backup, kept, first, second, added, later };
}

describe('a backup restored in a team', () => {
  beforeEach(newTeam);

  it('into private files by default: nothing of it reaches the team', async () => {
    const { alice, bob, backup, kept } = await teamThatMovedOn();
    const before = await serverDocs();
    await restoreIntoPrivateFiles(alice.db, backup);
    await alice.sync();
    expect(await alice.db.outbox.count()).toBe(0);
    expect(await serverDocs()).toEqual(before);
    await bob.sync();
    expect((await bob.db.accounts.get(kept.id))?.name).toBe('Acme Steel (renamed)');
  });

  it('a manager’s replace makes the team’s files the backup’s, for every rep; private files untouched', async () => {
    const { alice, bob, backup, kept, first, second, added, later } = await teamThatMovedOn();
    const mine = await createAccount(alice.db, accountDraft({ name: 'Alice Private' }));
    await alice.db.sync.put({ key: 'private', ids: [mine.id] });

    expect(await replaceTeamFiles(alice.db, backup)).toEqual({ restored: 1, removed: 1, keptPrivate: 0 });
    await alice.sync();
    expect(await alice.db.outbox.count()).toBe(0);
    await bob.sync();

    expect((await bob.db.accounts.get(kept.id))?.name).toBe('Acme Steel');
    const contacts = await bob.db.contacts.where('accountId').equals(kept.id).toArray();
    expect(contacts.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(await bob.db.contacts.get(added.id)).toBeUndefined();
    expect(await bob.db.accounts.get(later.id)).toBeUndefined();
    // The server holds exactly the backup's team files; alice's private account never went there.
    const ids = (await serverDocs()).map((d) => d.id).sort();
    expect(ids).toEqual([`account:${kept.id}`, `contact:${first.id}`, `contact:${second.id}`].sort());
    expect((await alice.db.accounts.get(mine.id))?.name).toBe('Alice Private');
  });

  it('is a manager’s only: a rep’s attempt changes nothing', async () => {
    const { bob, backup, kept, later } = await teamThatMovedOn();
    await expect(replaceTeamFiles(bob.db, backup)).rejects.toBeInstanceOf(TeamReplaceRefused);
    expect(await bob.db.outbox.count()).toBe(0);
    expect((await bob.db.accounts.get(kept.id))?.name).toBe('Acme Steel (renamed)');
    expect(await bob.db.accounts.get(later.id)).toBeDefined();
  });
});
