// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAccount } from '../db/account-lookup';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import type { CompanyExtract } from '../model/capture';
import { useSiteCapture } from './use-site-capture';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

const s = (value: string) => ({ value, source: 'jsonLd' as const });
const EXTRACT: CompanyExtract = {
  name: s('Northwind Freight'),
  legalName: null,
  description: s('Cross-border trucking.'),
  logoUrl: null,
  address: s('2200 Riverside Drive, Windsor'),
  phones: [s('+1 (519) 555-0142')],
  emails: [],
  socialProfiles: [],
  website: s('https://www.northwind-freight.example'),
  domain: s('northwind-freight.example'),
};
const t = (key: string) => `«${key}»`;

describe('useSiteCapture', () => {
  it('creates the account from what the rep kept and hands its id on', async () => {
    const onDone = vi.fn();
    const { result } = renderHook(() => useSiteCapture(db, null, EXTRACT, onDone, t));
    await act(() => result.current.create({ ...EXTRACT, phones: [] }));
    const id = onDone.mock.calls[0]![0] as string;
    const stored = await getAccount(db, id);
    expect(stored?.name).toBe('Northwind Freight');
    expect(stored?.websiteDomains).toEqual(['northwind-freight.example']);
    expect(stored?.basic.phone).toBe('');
    expect(stored?.basic.address).toBe('2200 Riverside Drive, Windsor');
  });

  it('diffs against the client and writes only the accepted changes', async () => {
    const id = (await createAccount(db, accountDraft({ name: 'Northwind' }))).id;
    const onDone = vi.fn();
    const { result } = renderHook(() => useSiteCapture(db, id, EXTRACT, onDone, t));
    await waitFor(() => expect(result.current.account?.name).toBe('Northwind'));
    const byPath = new Map(result.current.changes.map((c) => [c.path, c]));
    expect(byPath.has('name')).toBe(true);
    const address = result.current.changes.filter((c) => c.path !== 'name');
    await act(() => result.current.apply(address));
    expect(onDone).toHaveBeenCalledWith(id);
    const stored = await getAccount(db, id);
    expect(stored?.name).toBe('Northwind');
    expect(stored?.basic.address).toBe('2200 Riverside Drive, Windsor');
  });

  it('a value the file refuses is named with its field; nothing is written and the screen stays', async () => {
    const onDone = vi.fn();
    const { result } = renderHook(() => useSiteCapture(db, null, EXTRACT, onDone, t));
    await act(() => result.current.create({ ...EXTRACT, name: s('N'.repeat(5000)) }));
    expect(result.current.error).toMatch(/^name: «error\.tooLong»/);
    expect(result.current.busy).toBe(false);
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.accounts.count()).toBe(0);
  });
});
