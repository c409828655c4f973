// @vitest-environment node
// The sync's steps between browsers' databases (fake-indexeddb) and a real CouchDB-protocol
// server (pouchdb-server in memory), set up by the team setup script: two reps and a manager.
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTeam } from '../../scripts/team-server/setup.mjs';
import { createAccount, deleteAccount, updateAccount } from '../db/accounts';
import { createContact } from '../db/contacts';
import { writeImport } from '../db/import-write';
import { createNote } from '../db/notes';
import { readSyncStatus } from '../db/team-sync';
import { accountDraft, contactDraft } from '../db/test-helpers';
import { emptyTimelineNoteDraft } from '../model/defaults';
import type { Account } from '../model/types';
import { teamDatabase } from './core/team';
import { checkMembership, pullChanges, pushOutbox } from './engine';
import { device, draftOf, kit, newTeam, passwords, serverDocs, useTeamServer } from './test-team-server';

useTeamServer();

describe('two reps of one team', () => {
  beforeAll(newTeam);

  it('see each other’s new and edited accounts, with readings and signals, and nothing echoes back', async () => {
    const bob = await device('bob');
    const carol = await device('carol');
    const account = await createAccount(bob.db, accountDraft({ name: '华东精密制造' }));
    await createContact(bob.db, contactDraft(account.id, { name: '李伟' }));
    await bob.sync();
    expect(await bob.db.outbox.count()).toBe(0);

    await carol.sync();
    const seen = await carol.db.accounts.get(account.id);
    expect(seen).toMatchObject({ name: '华东精密制造' });
    expect(seen?.pinyin?.[0]?.full).toBe('huadongjingmizhizao');
    expect(await carol.db.contacts.where('accountId').equals(account.id).count()).toBe(1);
    expect(await carol.db.accountSignals.get(account.id)).toBeDefined();
    expect(await carol.db.outbox.count()).toBe(0);

    await updateAccount(bob.db, account.id, {
      ...draftOf(account),
      basic: { ...account.basic, phone: '0512-6666 8888' },
    });
    await bob.sync();
    await carol.sync();
    expect((await carol.db.accounts.get(account.id))?.basic.phone).toBe('0512-6666 8888');

    // Bob takes his own change back from the feed: nothing changes, nothing to send.
    const before = await bob.db.accounts.get(account.id);
    await bob.sync();
    expect(await bob.db.accounts.get(account.id)).toEqual(before);
    expect(await bob.db.outbox.count()).toBe(0);
    expect((await serverDocs()).filter((d) => d.id === `account:${account.id}`)).toHaveLength(1);
  });
});

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('edits made apart', () => {
  beforeAll(newTeam);

  it('merge field by field: both sides’ changes kept', async () => {
    const bob = await device('bob');
    const carol = await device('carol');
    const account = await createAccount(bob.db, accountDraft({ name: 'Acme Logistics' }));
    await bob.sync();
    await carol.sync();
    // Both offline: Bob changes the phone, Carol the address.
    await updateAccount(bob.db, account.id, {
      ...draftOf(account),
      basic: { ...account.basic, phone: '0755-1111' },
    });
    await updateAccount(carol.db, account.id, {
      ...draftOf(account),
      basic: { ...account.basic, address: '深圳南山' },
    });
    await bob.sync();
    await carol.sync(); // conflict: merged, merge sent
    await bob.sync();
    for (const side of [bob, carol]) {
      expect((await side.db.accounts.get(account.id))?.basic).toMatchObject({
        phone: '0755-1111',
        address: '深圳南山',
      });
      expect(await side.db.outbox.count()).toBe(0);
    }
    // No value was replaced: no history note.
    expect(await bob.db.notes.where('accountId').equals(account.id).count()).toBe(0);
  });

  it('keep the later edit of a field both changed, and the file’s history says what it replaced', async () => {
    const bob = await device('bob');
    const carol = await device('carol');
    const account = await createAccount(bob.db, accountDraft({ name: 'Acme Freight' }));
    await bob.sync();
    await carol.sync();
    await updateAccount(bob.db, account.id, {
      ...draftOf(account),
      basic: { ...account.basic, phone: '0755-1000' },
    });
    await tick();
    await updateAccount(carol.db, account.id, {
      ...draftOf(account),
      basic: { ...account.basic, phone: '0755-2000' },
    });
    // Carol's later edit wins whoever sends first.
    await carol.sync();
    await bob.sync();
    await carol.sync();
    for (const side of [bob, carol]) {
      expect((await side.db.accounts.get(account.id))?.basic.phone).toBe('0755-2000');
      const notes = await side.db.notes.where('accountId').equals(account.id).toArray();
      expect(notes.map((n) => n.text)).toEqual(['basic.phone: 0755-1000 (bob) → 0755-2000 (carol)']);
    }
  });

  it('a note written apart on each side: both kept', async () => {
    const bob = await device('bob');
    const carol = await device('carol');
    const account = await createAccount(bob.db, accountDraft({ name: 'Acme Air' }));
    await bob.sync();
    await carol.sync();
    await createNote(bob.db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: 'Bob visited' });
    await createNote(carol.db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: 'Carol called' });
    await bob.sync();
    await carol.sync();
    await bob.sync();
    for (const side of [bob, carol]) {
      const texts = (await side.db.notes.where('accountId').equals(account.id).toArray())
        .map((n) => n.text)
        .sort();
      expect(texts).toEqual(['Bob visited', 'Carol called']);
    }
  });
});

describe('what only a manager may do', () => {
  beforeAll(newTeam);

  it('a rep’s delete of a team account is refused by the server, and the file comes back whole', async () => {
    const alice = await device('alice');
    const bob = await device('bob');
    const account = await createAccount(alice.db, accountDraft({ name: 'Acme Steel' }));
    await createContact(alice.db, contactDraft(account.id, { name: '王芳' }));
    await alice.sync();
    await bob.sync();

    await deleteAccount(bob.db, account.id);
    const result = await pushOutbox(bob.ctx);
    expect(result.refusals).toEqual([
      expect.objectContaining({
        key: `account:${account.id}`,
        name: 'Acme Steel',
        reason: 'only a manager may delete a team account',
      }),
    ]);
    expect((await bob.db.accounts.get(account.id))?.name).toBe('Acme Steel');
    expect(await bob.db.contacts.where('accountId').equals(account.id).count()).toBe(1);
    expect(await bob.db.outbox.count()).toBe(0);
    // The team's copy is untouched, contact included.
    const onServer = (await serverDocs()).filter((d) => d.doc.accountId === account.id);
    expect(onServer).toHaveLength(2);
  });

  it('a manager’s delete reaches every rep', async () => {
    const alice = await device('alice');
    const bob = await device('bob');
    const account = await createAccount(alice.db, accountDraft({ name: 'Acme Paper' }));
    await createContact(alice.db, contactDraft(account.id));
    await alice.sync();
    await bob.sync();
    expect(await bob.db.accounts.get(account.id)).toBeDefined();
    await deleteAccount(alice.db, account.id);
    await alice.sync();
    await bob.sync();
    expect(await bob.db.accounts.get(account.id)).toBeUndefined();
    expect(await bob.db.contacts.where('accountId').equals(account.id).count()).toBe(0);
    expect(await bob.db.accountSignals.get(account.id)).toBeUndefined();
  });
});

describe('private accounts and leaving the team', () => {
  beforeAll(newTeam);

  it('a private account never reaches the server; a removed rep keeps only the private ones', async () => {
    let mine: Account | undefined;
    const carol = await device('carol', [], async () => {});
    const shared = await createAccount(carol.db, accountDraft({ name: 'Team Account' }));
    await carol.sync();
    const laptop = await device('carol', [], async (db) => {
      mine = await createAccount(db, accountDraft({ name: 'My Own Lead' }));
    });
    // The laptop keeps "My Own Lead" private (chosen when connecting)… connect again with it private.
    await laptop.db.outbox.clear();
    await laptop.db.sync.put({ key: 'private', ids: [mine!.id] });
    await createContact(laptop.db, contactDraft(mine!.id));
    await laptop.sync();
    expect((await serverDocs()).some((d) => d.doc.accountId === mine!.id)).toBe(false);
    expect(await laptop.db.accounts.get(shared.id)).toBeDefined();

    await setUpTeam({
      server: kit.server.origin,
      admin: kit.server.admin,
      team: kit.team,
      managers: [],
      reps: [],
      remove: ['carol'],
    });
    await expect(pullChanges(laptop.ctx)).rejects.toThrow();
    const check = await checkMembership(laptop.db, laptop.ctx.connection);
    expect(check).toEqual({ kind: 'removed', removed: 1 });
    expect(await laptop.db.accounts.get(shared.id)).toBeUndefined();
    expect((await laptop.db.accounts.get(mine!.id))?.name).toBe('My Own Lead');
    expect(await laptop.db.contacts.where('accountId').equals(mine!.id).count()).toBe(1);
    expect(await laptop.db.sync.get('connection')).toBeUndefined();
    // Not recorded any more: local-only again.
    await createAccount(laptop.db, accountDraft({ name: 'After leaving' }));
    expect(await laptop.db.outbox.count()).toBe(0);
    // The team keeps everything.
    expect((await serverDocs()).some((d) => d.id === `account:${shared.id}`)).toBe(true);
    await setUpTeam({
      server: kit.server.origin,
      admin: kit.server.admin,
      team: kit.team,
      managers: [],
      reps: [{ name: 'carol', password: null }],
      remove: [],
    });
  });

  it('a wrong password is "signed out", and keeps the files', async () => {
    const bob = await device('bob');
    const account = await createAccount(bob.db, accountDraft({ name: 'Kept' }));
    await bob.sync();
    const check = await checkMembership(bob.db, { ...bob.ctx.connection, password: 'changed' });
    expect(check).toEqual({ kind: 'signedOut' });
    expect(await bob.db.accounts.get(account.id)).toBeDefined();
  });
});

describe('a sync cut off half-way', () => {
  beforeAll(newTeam);

  it('sent but not settled (the worker stopped): sent again, nothing lost or duplicated', async () => {
    const bob = await device('bob');
    const account = await createAccount(bob.db, accountDraft({ name: 'Interrupted' }));
    await createContact(bob.db, contactDraft(account.id));
    // The server takes the batch, then the worker stops before the outbox is settled.
    const { writeDocs } = await import('./server/couch');
    const { readOutboxBatch } = await import('../db/team-sync');
    const { toDoc } = await import('./core/docs');
    const batch = await readOutboxBatch(bob.db, 100);
    await writeDocs(
      { origin: kit.server.origin, login: 'bob', password: passwords.bob },
      teamDatabase(kit.team),
      batch.map((c) => toDoc(c.entry.table, c.row!, { editedBy: 'bob', edits: {} })),
    );
    expect(await bob.db.outbox.count()).toBe(2);

    await bob.sync();
    expect(await bob.db.outbox.count()).toBe(0);
    const onServer = (await serverDocs()).filter((d) => d.doc.accountId === account.id);
    expect(onServer).toHaveLength(2);
    expect(onServer.map((d) => d.id)).toContain(`account:${account.id}`);
    expect(await bob.db.accounts.count()).toBe(1);
    expect(await bob.db.notes.count()).toBe(0); // the same values both sides: no history to write

    const carol = await device('carol');
    await carol.sync();
    expect(await carol.db.accounts.count()).toBe(1);
    expect(await carol.db.contacts.count()).toBe(1);
  });

  it('an import’s rows reach the team like any write', async () => {
    const bob = await device('bob');
    const now = new Date().toISOString();
    const rows = Array.from({ length: 600 }, (_, i) => ({
      ...accountDraft({ name: `Imported ${i}` }),
      id: `imp-${i}`,
      createdAt: now,
      updatedAt: now,
      externalIds: [],
    }));
    await writeImport(bob.db, { accounts: rows, contacts: [] });
    const progress: number[] = [];
    await pushOutbox({ ...bob.ctx, onProgress: (_sent, pending) => progress.push(pending) });
    expect(progress).toEqual([350, 100, 0]);
    const carol = await device('carol');
    await carol.sync();
    expect(await carol.db.accounts.count()).toBe(600 + 1);
  });
});

describe('a status row', () => {
  beforeAll(newTeam);
  it('is written on connecting', async () => {
    const bob = await device('bob');
    expect(await readSyncStatus(bob.db)).toMatchObject({ team: kit.team, state: 'syncing' });
  });
});

describe('a feed read before a later write', () => {
  beforeAll(newTeam);

  it('brings nothing older back', async () => {
    const bob = await device('bob');
    const account = await createAccount(bob.db, accountDraft({ name: 'Fresh' }));
    await bob.sync();
    const { readDoc } = await import('./server/couch');
    const { checkServerDoc } = await import('./core/docs');
    const { applyServerDocs } = await import('../db/team-sync');
    const login = { origin: kit.server.origin, login: 'bob', password: passwords.bob };
    const old = checkServerDoc(await readDoc(login, teamDatabase(kit.team), `account:${account.id}`));
    await updateAccount(bob.db, account.id, { ...draftOf(account), name: 'Renamed' });
    await bob.sync();
    if (!old.ok) throw new Error(old.problem);
    await applyServerDocs(bob.db, [old.doc], { me: 'bob' });
    expect((await bob.db.accounts.get(account.id))?.name).toBe('Renamed');
    // Nor a deleted file: the stale row is not written over the deletion.
    await deleteAccount(bob.db, account.id);
    await applyServerDocs(bob.db, [old.doc], { me: 'bob' });
    expect(await bob.db.accounts.get(account.id)).toBeUndefined();
  });
});
