// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { useAccountsByName } from './use-accounts-by-name';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('useAccountsByName', () => {
  it('lists every account by name and follows writes', async () => {
    await createAccount(db, accountDraft({ name: 'Northwind' }));
    await createAccount(db, accountDraft({ name: 'Acme' }));
    const { result } = renderHook(() => useAccountsByName(db));
    await waitFor(() => expect(result.current?.map((a) => a.name)).toEqual(['Acme', 'Northwind']));
    await createAccount(db, accountDraft({ name: 'Contoso' }));
    await waitFor(() => expect(result.current?.map((a) => a.name)).toEqual(['Acme', 'Contoso', 'Northwind']));
  });
});
