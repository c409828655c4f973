import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTimelineNoteDraft } from '../model/defaults';
import { createAccount, updateAccount } from './accounts';
import { exportDatabase } from './backup';
import { createContact } from './contacts';
import type { DossierDatabase } from './database';
import { createNote } from './notes';
import { previewTeamRestore, restoreIntoPrivateFiles, restoresIntoPrivate } from './team-restore';
import { connectTeam } from './team-sync';
import { accountDraft, contactDraft, openTestDatabase, teamConnection } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(() => db.delete());

describe('a restore in a team', () => {
  it('restores the backup into private files and leaves the team’s files as the team has them', async () => {
    const team = await createAccount(db, accountDraft({ name: 'Team Account' }));
    await createContact(db, contactDraft(team.id, { name: '李伟' }));
    const mine = await createAccount(db, accountDraft({ name: 'Private Lead' }));
    await createNote(db, { ...emptyTimelineNoteDraft(mine.id, new Date()), text: 'private note' });
    // The backup: the team account as it was then, the private lead, and one more of the rep's.
    const extra = await createAccount(db, accountDraft({ name: 'Old Lead' }));
    const backup = await exportDatabase(db);
    await db.accounts.delete(extra.id);

    expect(await restoresIntoPrivate(db)).toBe(false);
    await connectTeam(db, teamConnection(), [mine.id]);
    expect(await restoresIntoPrivate(db)).toBe(true);
    // The team's file moved on since the backup.
    const { id: _i, createdAt: _c, updatedAt: _u, pinyin: _p, externalIds: _e, ...draft } = team;
    await updateAccount(db, team.id, { ...draft, name: 'Team Account (renamed by the team)' });
    await db.outbox.clear();

    const result = await restoreIntoPrivateFiles(db, backup);
    expect(result).toEqual({ restored: 2, keptTeam: 1 });
    expect((await db.accounts.get(team.id))?.name).toBe('Team Account (renamed by the team)');
    expect(await db.contacts.where('accountId').equals(team.id).count()).toBe(1);
    expect((await db.accounts.get(mine.id))?.name).toBe('Private Lead');
    expect((await db.accounts.get(extra.id))?.name).toBe('Old Lead');
    expect((await db.accounts.get(extra.id))?.pinyin).toBeDefined();
    expect(await db.notes.where('accountId').equals(mine.id).count()).toBe(1);
    expect(await db.accountSignals.get(extra.id)).toBeDefined();
    expect((await db.sync.get('private')) as { ids: string[] }).toMatchObject({
      ids: expect.arrayContaining([mine.id, extra.id]),
    });
    // Nothing of it is the team's to receive.
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('the choice before a restore in a team', () => {
  it('counts what each way would do; none in no team; a replace only for a manager', async () => {
    await createAccount(db, accountDraft({ name: 'Team Account' }));
    const mine = await createAccount(db, accountDraft({ name: 'Private Lead' }));
    const old = await createAccount(db, accountDraft({ name: 'Old Lead' }));
    const backup = await exportDatabase(db);
    await db.accounts.delete(old.id);
    await createAccount(db, accountDraft({ name: 'Later Lead' }));
    expect(await previewTeamRestore(db, backup)).toBeNull();

    await connectTeam(db, teamConnection(), [mine.id]);
    const preview = await previewTeamRestore(db, backup);
    expect(preview).toEqual({
      team: 'acme',
      manager: false,
      // The private ones and the old lead restored as private; the team's account kept.
      private: { restored: 2, keptTeam: 1 },
      // The team account and the old lead the team's; the later lead deleted; the private one left.
      replace: { restored: 2, removed: 1, keptPrivate: 1 },
    });
    await db.sync.put(teamConnection({ role: 'manager' }));
    expect((await previewTeamRestore(db, backup))?.manager).toBe(true);
  });
});
