import { useEffect, useMemo, useState } from 'preact/hooks';
import { listAccountSummaries } from '../db/account-lookup';
import { getClientFile } from '../db/client-file';
import { getDatabase } from '../db/database';
import { saveOrFieldErrors } from '../db/errors';
import { sortAccounts } from '../model/derive';
import type { AccountSummary, ClientFileData, TimelineNoteDraft } from '../model/types';
import { useLiveQuery } from '../platform/use-live-query';

/**
 * Every account for a capture's picker, the page's clients (`firstIds`) first, then by name. Read
 * once, a moment after the screen is up: with 50,000 clients it is a large read, and a box that
 * already knows its client must not wait for it (nor re-read it after every save).
 */
export function usePickerAccounts(firstIds: readonly string[]): AccountSummary[] | undefined {
  const [all, setAll] = useState<AccountSummary[] | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const timer = setTimeout(() => {
      void listAccountSummaries(getDatabase()).then((rows) => active && setAll(rows));
    }, 50);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, []);
  return useMemo(() => {
    if (!all) return undefined;
    const sorted = sortAccounts(all, 'name');
    const rank = new Map(firstIds.map((id, i) => [id, i]));
    const first = sorted.filter((a) => rank.has(a.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    return [...first, ...sorted.filter((a) => !rank.has(a.id))];
  }, [all, firstIds.join('\n')]);
}

/** One client's file, live (null while loading or when there is no such client). */
export function useClientFile(accountId: string | null, db = getDatabase()): ClientFileData | null {
  const file = useLiveQuery(
    async () => (accountId ? ((await getClientFile(db, accountId)) ?? null) : null),
    [accountId],
  );
  return file.status === 'ready' ? file.value : null;
}

/** The repositories' writes, loaded on the first capture (they stay out of the first paint). */
export const writes = () => import('../db/file-writes');

/** A quick note's page: its link and a title short enough for a note's source. */
export interface NotePage {
  url: string;
  title: string;
}

/**
 * Everything the quick-note box needs, for the side panel and the popup alike: the client (the
 * page's one client preselected; none or several ask), its contacts, the picker's accounts, and
 * the save — the note is in IndexedDB before the box says "Saved".
 */
export function useQuickNote(
  page: NotePage | null,
  accountIds: readonly string[],
  onSaved: (accountId: string) => void,
) {
  const db = getDatabase();
  const [accountId, setAccountId] = useState<string | null>(accountIds.length === 1 ? accountIds[0]! : null);
  const accounts = usePickerAccounts(accountIds);
  const file = useClientFile(accountId);
  return {
    accounts,
    accountId,
    accountName: file?.account.name,
    contacts: file?.contacts ?? [],
    page: page && { url: page.url, title: page.title.slice(0, 500) },
    now: new Date(),
    onAccountChange: setAccountId,
    onSave: async (draft: TimelineNoteDraft) => {
      const errors = await saveOrFieldErrors(async () => (await writes()).createNote(db, draft));
      if (errors === null) onSaved(draft.accountId);
      return errors;
    },
  };
}
