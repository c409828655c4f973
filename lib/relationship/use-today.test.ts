// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../db/accounts';
import { createContact } from '../db/contacts';
import type { DossierDatabase } from '../db/database';
import { createNote } from '../db/notes';
import { accountDraft, contactDraft, followUpRows, openTestDatabase } from '../db/test-helpers';
import { emptyTimelineNoteDraft } from '../model/defaults';
import { AGENDA_FIRST_LIMIT } from './agenda-reads';
import { addDays, localDay } from './core/days';
import { useToday } from './use-today';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const now = new Date();
const today = localDay(now);
const ready = (state: ReturnType<typeof useToday>['state']) => {
  if (state.status !== 'ready') throw new Error(state.status);
  return state;
};

describe('useToday', () => {
  it('Done logs the contact, answers the complaint, moves the next date; the item leaves Today', async () => {
    const account = await createAccount(db, accountDraft({ name: 'Acme', portfolioQuadrant: 'star' }));
    const boss = await createContact(db, contactDraft(account.id, { buyingRole: 'decisionMaker' }));
    const complaint = await createNote(db, {
      ...emptyTimelineNoteDraft(account.id, new Date(now.getTime() - 2 * 86_400_000)),
      kind: 'complaint',
      contactId: boss.id,
      text: 'Outage',
    });
    const { result, unmount } = renderHook(() => useToday(db, String, now));
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    const item = ready(result.current.state).agenda.overdue.find((i) => i.kind === 'complaint')!;
    expect(item.key).toBe(`complaint:${complaint.id}`);

    const next = addDays(today, 14);
    let error: string | null = 'not called';
    await act(async () => {
      error = await result.current.done(item, {
        kind: 'call',
        text: 'Explained the fix',
        nextContactDate: next,
      });
    });
    expect(error).toBeNull();
    await waitFor(() =>
      expect(ready(result.current.state).agenda.overdue.some((i) => i.key === item.key)).toBe(false),
    );
    const notes = await db.notes.where('accountId').equals(account.id).toArray();
    expect(notes.find((n) => n.kind === 'call')).toMatchObject({
      text: 'Explained the fix',
      contactId: null,
    });
    expect((await db.notes.get(complaint.id))?.complaint).toMatchObject({
      status: 'answered',
      response: 'Explained the fix',
    });
    expect((await db.accounts.get(account.id))?.nextContactDate).toBe(next);
    expect((await db.accountSignals.get(account.id))?.lastContactAt).not.toBeNull();
    act(() => unmount());
  });

  it('Snooze hides an item until its day; a refused write is worded, nothing changed', async () => {
    const account = await createAccount(db, accountDraft({ nextContactDate: today }));
    const { result, unmount } = renderHook(() => useToday(db, () => 'could not save', now));
    await waitFor(() => expect(ready(result.current.state).agenda.today).toHaveLength(1));
    const [item] = ready(result.current.state).agenda.today;
    await act(async () => {
      await result.current.snooze(item!, addDays(today, 1));
    });
    await waitFor(() => expect(ready(result.current.state).agenda.today).toHaveLength(0));
    expect(await db.agendaMarks.where('itemKey').equals(item!.key).first()).toMatchObject({
      snoozedUntil: addDays(today, 1),
    });

    const gone = { ...item!, account: { ...item!.account!, id: 'no-such-account' } };
    let error: string | null = null;
    await act(async () => {
      error = await result.current.done(gone, { kind: 'call', text: 'x', nextContactDate: null });
    });
    expect(error).toBe('could not save');
    expect(await db.notes.count()).toBe(0);
    expect((await db.accounts.get(account.id))?.nextContactDate).toBe(today);
    act(() => unmount());
  });

  it('opens on the first items of each kind, and reads the rest when asked, the first ones shown meanwhile', async () => {
    const account = await createAccount(db, accountDraft());
    const overdue = addDays(today, -3);
    await db.notes.bulkAdd(followUpRows(account.id, AGENDA_FIRST_LIMIT + 5, overdue));
    const followUps = (state: ReturnType<typeof useToday>['state']) =>
      ready(state).agenda.overdue.filter((i) => i.kind === 'followUp');
    const { result, rerender, unmount } = renderHook(({ whole }) => useToday(db, String, now, whole), {
      initialProps: { whole: false },
    });
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    expect(followUps(result.current.state)).toHaveLength(AGENDA_FIRST_LIMIT);
    expect(ready(result.current.state)).toMatchObject({ truncated: true, more: true });

    rerender({ whole: true });
    // Never a loading screen in between: the first items stay until the rest is read.
    expect(result.current.state.status).toBe('ready');
    await waitFor(() => expect(followUps(result.current.state)).toHaveLength(AGENDA_FIRST_LIMIT + 5));
    expect(ready(result.current.state)).toMatchObject({ truncated: false, more: false });
    act(() => unmount());
  });
});
