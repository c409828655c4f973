// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { startQuickSearch } from './start-quick-search';

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no windows.getLastFocused: the rep's window is window 5.
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 5 } as never);
  // Nor i18n: the omnibox's default line is its key.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  // Nor the omnibox (lib/search/omnibox.test.ts covers it): events that take listeners and do nothing.
  const event = { addListener() {}, removeListener() {}, hasListener: () => false };
  vi.spyOn(fakeBrowser.omnibox, 'setDefaultSuggestion').mockResolvedValue(undefined as never);
  for (const name of ['onInputStarted', 'onInputChanged', 'onInputEntered'] as const) {
    Object.defineProperty(fakeBrowser.omnibox, name, { value: event, configurable: true });
  }
  db = openTestDatabase();
  await createAccount(db, accountDraft({ name: '江南智运物流有限公司', aliases: ['江南智运'] }));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('startQuickSearch', () => {
  it('answers the popup’s queries from the index, pinyin initials too, and finds a client written after it started', async () => {
    const handlers = startQuickSearch(db);
    const query = async (text: string) =>
      (await handlers['search/query']({ query: text, limit: 5 }, {} as never)).results.map((r) => r.title);

    expect(await query('')).toEqual([]); // the popup's "I am open": the index loads meanwhile
    expect(await query('jnzy')).toEqual(['江南智运物流有限公司']);

    await createAccount(db, accountDraft({ name: 'Northwind Freight Ltd.' }));
    await vi.waitFor(async () => expect(await query('northwind')).toEqual(['Northwind Freight Ltd.']));
  });
});
