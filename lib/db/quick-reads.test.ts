import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTimelineNoteDraft } from '../model/defaults';
import { createAccount } from './accounts';
import { markAgendaItem } from './agenda-marks';
import type { DossierDatabase } from './database';
import { createNote } from './notes';
import {
  openClientFiles,
  readAccounts,
  readAccountsDue,
  readCadenceDue,
  readMarks,
  readNotesDue,
} from './quick-reads';
import { accountDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('the popup’s reads without Dexie', () => {
  it('read accounts by id and what is due, latest first, from the database Dexie wrote', async () => {
    const a = await createAccount(db, accountDraft({ name: 'Acme', nextContactDate: '2026-11-20' }));
    const b = await createAccount(db, accountDraft({ name: 'Bluestone', nextContactDate: '2026-11-23' }));
    const c = await createAccount(db, accountDraft({ name: 'Crest', nextContactDate: '2026-11-01' }));
    await createNote(db, {
      ...emptyTimelineNoteDraft(a.id, new Date()),
      text: 'call',
      followUpDate: '2026-11-22',
    });
    await createNote(db, {
      ...emptyTimelineNoteDraft(a.id, new Date()),
      text: 'later',
      followUpDate: '2026-12-01',
    });
    db.close();

    const raw = (await openClientFiles(db.name))!;
    expect((await readAccounts(raw, [b.id, 'gone', a.id])).map((x) => x.name)).toEqual(['Bluestone', 'Acme']);
    expect((await readAccountsDue(raw, '2026-11-22', 5)).map((x) => x.id)).toEqual([a.id, c.id]);
    expect((await readAccountsDue(raw, '2026-11-22', 1)).map((x) => x.id)).toEqual([a.id]);
    expect((await readNotesDue(raw, '2026-11-22', 5)).map((n) => n.text)).toEqual(['call']);
    // Whole rows, as Dexie stored them.
    expect((await readAccounts(raw, [a.id]))[0]?.updatedAt).toBeTruthy();
    raw.close();
  });

  it('read the accounts past their cadence and the rep’s marks on Today', async () => {
    const a = await createAccount(db, accountDraft({ name: 'Acme', portfolioQuadrant: 'star' }));
    await createAccount(db, accountDraft({ name: 'Dog', portfolioQuadrant: 'dog' }));
    const due = (await db.accountSignals.get(a.id))!.cadenceDueAt;
    await markAgendaItem(db, `cadence:${a.id}:x`, a.id, '2026-12-05');
    db.close();

    const raw = (await openClientFiles(db.name))!;
    const after = new Date(Date.parse(due) + 1000).toISOString();
    expect((await readCadenceDue(raw, after, 5)).map((s) => s.id)).toEqual([a.id]);
    const before = new Date(Date.parse(due) - 1000).toISOString();
    expect(await readCadenceDue(raw, before, 5)).toEqual([]);
    expect(
      (await readMarks(raw, [`cadence:${a.id}:x`, 'cadence:other:x'])).map((m) => m.snoozedUntil),
    ).toEqual(['2026-12-05']);
    raw.close();
  });

  it('never creates the database', async () => {
    const name = `never-${crypto.randomUUID()}`;
    expect(await openClientFiles(name)).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });
});
