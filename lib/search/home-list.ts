import { browser } from 'wxt/browser';
import { openClientFiles, readAccounts, readAccountsDue, readNotesDue } from '../db/quick-reads';
import { getTabMatches } from '../detection/tab-matches';
import { localDay } from '../model/local-day';
import { type HomeEntry, homeEntries } from './core/home';
import { getRecentAccountIds } from './recent-accounts';

/** How many of each source the home list reads (it shows at most HOME_MAX lines in all). */
const TAB_MAX = 3;
const DUE_MAX = 8;

/**
 * The popup's first list, from cheap reads only (no index, no background round trip): the clients
 * the current tab is about (the background's per-tab result), recently opened ones, and those due
 * for a follow-up, read straight from IndexedDB.
 */
export async function loadHomeEntries(today = localDay()): Promise<HomeEntry[]> {
  const [db, tab, recentIds] = await Promise.all([
    openClientFiles().finally(() => performance.mark('dossier:home-db-open')),
    browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t),
    getRecentAccountIds(),
  ]);
  const matches = tab?.id === undefined ? null : await getTabMatches(tab.id).catch(() => null);
  performance.mark('dossier:home-storage');
  if (!db) return [];
  try {
    const tabIds = (matches?.matches ?? []).slice(0, TAB_MAX).map((m) => m.accountId);
    const [tabAccounts, recentAccounts, dueAccounts, notes] = await Promise.all([
      readAccounts(db, tabIds),
      readAccounts(db, recentIds),
      readAccountsDue(db, today, DUE_MAX),
      readNotesDue(db, today, DUE_MAX),
    ]);
    const owners = new Map(
      (await readAccounts(db, [...new Set(notes.map((n) => n.accountId))])).map((a) => [a.id, a]),
    );
    return homeEntries({
      tabAccounts,
      recentAccounts,
      dueAccounts,
      dueNotes: notes.map((note) => ({ note, account: owners.get(note.accountId) })),
    });
  } finally {
    db.close();
  }
}
