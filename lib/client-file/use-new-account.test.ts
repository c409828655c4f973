// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import type { FieldErrors } from '../model/types';
import { useNewAccount } from './use-new-account';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const sender = {
  name: 'Acme Logistics',
  domain: 'acme-logistics.com',
  contactName: 'Li Wei',
  contactEmail: 'li.wei@acme-logistics.com',
  contactTitle: 'Purchasing manager',
  contactPhone: '+86 21 5555 0100',
};

async function submit(hook: { current: ReturnType<typeof useNewAccount> }, draft = hook.current.initial) {
  let errors: FieldErrors | null = null;
  await act(async () => {
    errors = await hook.current.submit(draft);
  });
  return errors;
}

describe('useNewAccount', () => {
  it('starts empty for the rep’s own “New account”', () => {
    const { result } = renderHook(() => useNewAccount(db, undefined, vi.fn()));
    expect(result.current.initial).toMatchObject({ name: '', websiteDomains: [], emailDomains: [] });
  });

  it('from an unknown sender: prefilled, and the sender becomes the first contact', async () => {
    const onCreated = vi.fn();
    const { result } = renderHook(() => useNewAccount(db, sender, onCreated));
    expect(result.current.initial).toMatchObject({
      name: 'Acme Logistics',
      websiteDomains: ['acme-logistics.com'],
      emailDomains: ['acme-logistics.com'],
    });
    expect(await submit(result)).toBeNull();
    const id = onCreated.mock.calls[0]![0] as string;
    expect((await db.accounts.get(id))?.name).toBe('Acme Logistics');
    const contacts = await db.contacts.where('accountId').equals(id).toArray();
    expect(contacts).toMatchObject([
      {
        name: 'Li Wei',
        title: 'Purchasing manager',
        emails: [sender.contactEmail],
        phones: [sender.contactPhone],
      },
    ]);
  });

  it('a refused form comes back as field errors and nothing is stored', async () => {
    const onCreated = vi.fn();
    const { result } = renderHook(() => useNewAccount(db, undefined, onCreated));
    const errors = await submit(result, accountDraft({ name: '' }));
    expect(Object.keys(errors ?? {})).toContain('name');
    expect(onCreated).not.toHaveBeenCalled();
    expect(await db.accounts.count()).toBe(0);
  });

  it('keeps the account when the sender’s details are refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onCreated = vi.fn();
    const { result } = renderHook(() =>
      useNewAccount(db, { ...sender, contactPhone: 'x'.repeat(5000) }, onCreated),
    );
    expect(await submit(result)).toBeNull();
    expect(onCreated).toHaveBeenCalledOnce();
    expect(await db.accounts.count()).toBe(1);
    expect(await db.contacts.count()).toBe(0);
    expect(warn).toHaveBeenCalled();
  });
});
