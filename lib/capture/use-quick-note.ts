import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AccountSummary, ClientFileData, TimelineNoteDraft } from '../model/types';
import type { QuickNoteRequest } from './use-quick-note-request';

/** The box's reads and write (Dexie, the repositories): fetched once the box is up. */
const loadStore = () => import('./quick-note-store');
type Store = Awaited<ReturnType<typeof loadStore>>;

/** Starts fetching the box's reads and write now (the popup, as soon as it knows it opened for a note). */
export const preloadQuickNoteStore = (): Promise<unknown> => loadStore();

/** How long the picker's read of every account waits: a box that knows its client must not wait for it. */
const PICKER_READ_DELAY_MS = 50;

/**
 * Everything the quick-note box needs, for the side panel and the popup alike: the client (the
 * page's one client preselected; none or several ask), its contacts, the picker's accounts, and
 * the save — the note is in IndexedDB before the box says "Saved".
 *
 * `request` is null while the popup is still reading what the shortcut asked: the box is up and
 * takes keys at once, the client (`accountId` undefined) follows. Nothing here loads Dexie before
 * the first render: the box's data and write arrive a moment later, while the rep types.
 */
export function useQuickNote(request: QuickNoteRequest | null, onSaved: (accountId: string) => void) {
  const store = useStore();
  const [picked, setPicked] = useState<string | null>(null);
  const [file, setFile] = useState<ClientFileData | null>(null);
  const firstIds = request?.accountIds ?? [];
  const accountId = picked ?? (request === null ? undefined : firstIds.length === 1 ? firstIds[0]! : null);
  const accounts = usePickerAccounts(firstIds);

  useEffect(() => {
    if (!store || !accountId) return;
    return store.watchClientFile(accountId, setFile);
  }, [store, accountId]);

  const current = file && file.account.id === accountId ? file : null;
  const page = request?.page ?? null;
  return {
    accounts,
    accountId,
    accountName: current?.account.name,
    contacts: current?.contacts ?? [],
    page: page && { url: page.url, title: page.title.slice(0, 500) },
    now: new Date(),
    onAccountChange: setPicked,
    onSave: async (draft: TimelineNoteDraft) => {
      const errors = await (store ?? (await loadStore())).saveQuickNote(draft);
      if (errors === null) onSaved(draft.accountId);
      return errors;
    },
  };
}

/**
 * Every account for a capture's picker, the page's clients (`firstIds`) first, then by name. Read
 * once, a moment after the screen is up: with 50,000 clients it is a large read, and a box that
 * already knows its client must not wait for it (nor re-read it after every save).
 */
export function usePickerAccounts(firstIds: readonly string[]): AccountSummary[] | undefined {
  const store = useStore();
  const [byName, setByName] = useState<AccountSummary[] | undefined>(undefined);
  useEffect(() => {
    if (!store) return;
    let active = true;
    const timer = setTimeout(() => {
      void store.listAccountsByName().then((rows) => active && setByName(rows));
    }, PICKER_READ_DELAY_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [store]);
  return useMemo(
    () => (byName && store ? store.clientsFirst(byName, firstIds) : undefined),
    [byName, store, firstIds.join('\n')],
  );
}

/** The store module once it has loaded (null before). */
function useStore(): Store | null {
  const [store, setStore] = useState<Store | null>(null);
  useEffect(() => {
    let active = true;
    void loadStore().then((loaded) => active && setStore(() => loaded));
    return () => {
      active = false;
    };
  }, []);
  return store;
}
