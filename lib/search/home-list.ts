import { browser } from 'wxt/browser';
import {
  openClientFiles,
  readAccounts,
  readAccountsDue,
  readCadenceDue,
  readMarks,
  readNotesDue,
} from '../db/quick-reads';
import { getTabMatches } from '../detection/tab-matches';
import { localDay } from '../model/local-day';
import { dayOf, endOfLocalDay } from '../relationship/core/days';
import { agendaKeys, hiddenBy } from '../relationship/core/marks';
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
    const [tabAccounts, recentAccounts, nextDue, dueNotes, cadence] = await Promise.all([
      readAccounts(db, tabIds),
      readAccounts(db, recentIds),
      readAccountsDue(db, today, DUE_MAX),
      readNotesDue(db, today, DUE_MAX),
      readCadenceDue(db, endOfLocalDay(today), DUE_MAX),
    ]);
    // What the rep did or snoozed on Today is not due here either (the keys are Today's).
    const keyOf = {
      next: agendaKeys.nextContact,
      note: agendaKeys.followUp,
      cadence: (s: { id: string; cadenceDueAt: string }) => agendaKeys.cadence(s.id, dayOf(s.cadenceDueAt)),
    };
    const marks = new Map(
      (
        await readMarks(db, [
          ...nextDue.map(keyOf.next),
          ...dueNotes.map(keyOf.note),
          ...cadence.map(keyOf.cadence),
        ])
      ).map((m) => [m.itemKey, m]),
    );
    const shown = (key: string) => !hiddenBy(marks.get(key), today);
    const notes = dueNotes.filter((n) => shown(keyOf.note(n)));
    const cadenceDue = cadence.filter((s) => shown(keyOf.cadence(s)));
    const owners = new Map(
      (
        await readAccounts(db, [
          ...new Set([...notes.map((n) => n.accountId), ...cadenceDue.map((s) => s.id)]),
        ])
      ).map((a) => [a.id, a]),
    );
    return homeEntries({
      tabAccounts,
      recentAccounts,
      dueAccounts: nextDue.filter((a) => shown(keyOf.next(a))),
      cadenceAccounts: cadenceDue.flatMap((s) => {
        const account = owners.get(s.id);
        return account && account.lifecycleStage !== 'lost' ? [{ account, date: dayOf(s.cadenceDueAt) }] : [];
      }),
      dueNotes: notes.map((note) => ({ note, account: owners.get(note.accountId) })),
    });
  } finally {
    db.close();
  }
}
