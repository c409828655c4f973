// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import { createContact } from '../db/contacts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, contactDraft, openTestDatabase } from '../db/test-helpers';
import { saveTabMatches, type TabMatches } from '../detection/tab-matches';
import { usePeopleCapture } from './use-people-capture';

let db: DossierDatabase;
let acme: string;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  acme = (await createAccount(db, accountDraft({ name: 'Acme Logistics' }))).id;
  await createContact(db, contactDraft(acme, { name: 'Li Wei', emails: ['li.wei@acme.com'] }));
  const message: TabMatches = {
    tabId: 7,
    url: 'https://mail.google.com/mail/u/0/#inbox/1',
    host: 'mail.google.com',
    title: 'Re: Q3 freight',
    source: 'gmail',
    scannedAt: '2026-12-04T09:00:00.000Z',
    matches: [],
    unknownSender: null,
    subject: 'Re: Q3 freight',
    people: [
      { role: 'from', email: 'Li.Wei@acme.com', name: 'Li Wei' },
      { role: 'cc', email: 'zhang.min@acme.com', name: 'Zhang Min' },
    ],
  };
  await saveTabMatches(message);
});
afterEach(async () => {
  await db.delete();
});

describe('usePeopleCapture', () => {
  it('marks the people the client already knows and adds the chosen ones as its contacts', async () => {
    const onDone = vi.fn();
    const { result } = renderHook(() => usePeopleCapture(db, 7, acme, onDone));
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current!.accountName).toBe('Acme Logistics');
    expect(result.current!.people.map((p) => [p.email, p.known])).toEqual([
      ['Li.Wei@acme.com', true],
      ['zhang.min@acme.com', false],
    ]);
    let errors: unknown;
    await act(async () => {
      errors = await result.current!.add([{ email: 'zhang.min@acme.com', name: 'Zhang Min' }]);
    });
    expect(errors).toBeNull();
    expect(onDone).toHaveBeenCalledOnce();
    const names = (await db.contacts.where('accountId').equals(acme).toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['Li Wei', 'Zhang Min']);
  });

  it('one refused person refuses all, with the error on that row’s address field', async () => {
    const onDone = vi.fn();
    const { result } = renderHook(() => usePeopleCapture(db, 7, acme, onDone));
    await waitFor(() => expect(result.current).not.toBeNull());
    let errors: Record<string, string> | null = null;
    await act(async () => {
      errors = await result.current!.add([
        { email: 'zhang.min@acme.com', name: 'Zhang Min' },
        { email: 'not an address', name: 'Nobody' },
      ]);
    });
    expect(Object.keys(errors ?? {})).toEqual(['1.email']);
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.contacts.where('accountId').equals(acme).count()).toBe(1);
  });
});
