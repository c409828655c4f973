import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import { emptyTimelineNoteDraft } from '../model/defaults';
import type { Agenda, AgendaItem, ContactLog, HolidayDate } from '../model/relationship';
import { type SharedLiveQuery, sharedLiveQuery, useSharedLiveQuery } from '../platform/shared-live-query';
import { AGENDA_FIRST_LIMIT, AGENDA_READ_LIMIT, type AgendaRead, readAgenda } from './agenda-reads';
import { AGENDA_DAYS_AHEAD, buildAgenda, holidaysCelebrated } from './core/agenda';
import { addDays, localDay } from './core/days';

export type TodayState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; agenda: Agenda; truncated: boolean; more: boolean };

/** This page's reads of *Today* for one day: the first one, and the whole one once asked for. */
let day: { db: DossierDatabase; today: string; reads: Map<number, SharedLiveQuery<AgendaRead>> } | undefined;

/**
 * The read of *Today* for the local day `today`, up to `limit` per range, one per page: the
 * home's summary and the Today screen share it, and the side panel starts it before either
 * mounts (`warmToday`). Another day's (or another database's) reads are never shown again.
 */
function todayFeed(db: DossierDatabase, today: string, limit: number): SharedLiveQuery<AgendaRead> {
  if (day?.db !== db || day.today !== today) day = { db, today, reads: new Map() };
  let read = day.reads.get(limit);
  if (!read) {
    read = sharedLiveQuery(async () => {
      // Marked for the benchmark (bench/today.mjs): how long the index reads take.
      performance.mark('dossier:today-read-start');
      const value = await readAgenda(db, today, limit);
      performance.measure('dossier:today-read', 'dossier:today-read-start');
      return value;
    });
    day.reads.set(limit, read);
  }
  return read;
}

/** How long a warmed-up read waits for its screen before it stops (a panel that never shows Today). */
const WARM_MS = 10_000;

/** Starts today's first read now, before the screen that shows it has mounted (or even loaded). */
export function warmToday(db: DossierDatabase, now = new Date()): void {
  todayFeed(db, localDay(now), AGENDA_FIRST_LIMIT).warm(WARM_MS);
}

/**
 * *Today*, live: every write in any context that touches what it read brings it up to date. It
 * opens on the first items of each kind (`AGENDA_FIRST_LIMIT`); `whole` reads up to
 * `AGENDA_READ_LIMIT`, and until that read is in the first one stays on screen. The lunar
 * calendar (tyme4ts, for the holidays) loads beside the index reads, never before them.
 * Done logs the contact, moves the next date and answers a complaint in one transaction; Snooze
 * remembers the day. Both resolve to an error's words, or null.
 */
export function useToday(
  db: DossierDatabase,
  describe: (error: unknown) => string,
  now: Date,
  whole = false,
) {
  const today = localDay(now);
  const first = useSharedLiveQuery(todayFeed(db, today, AGENDA_FIRST_LIMIT));
  const all = useSharedLiveQuery(whole ? todayFeed(db, today, AGENDA_READ_LIMIT) : null);
  const read = all.status === 'loading' ? first : all;
  // The lunar calendar's chunk arrives after the reads, as a rule: Today paints without holidays,
  // and adds them then (they are this week's items, never the first ones).
  const [holidays, setHolidays] = useState<HolidayDate[]>([]);
  useEffect(() => {
    let live = true;
    void import('./core/holidays').then(({ holidaysBetween }) => {
      if (live) setHolidays(holidaysBetween(today, addDays(today, AGENDA_DAYS_AHEAD)));
    });
    return () => {
      live = false;
    };
  }, [today]);

  const state = useMemo<TodayState>(() => {
    if (read.status === 'error') return { status: 'error', error: read.error };
    if (read.status === 'loading') return { status: 'loading' };
    const { sources, greets, truncated } = read.value;
    const agenda = buildAgenda({ ...sources, holidays: holidaysCelebrated(holidays, greets) }, today);
    // Whether asking for the whole day can bring more.
    return { status: 'ready', agenda, truncated, more: truncated && !whole };
  }, [read, holidays, today, whole]);

  const actions = useMemo(
    () => ({
      async done(item: AgendaItem, log: ContactLog | null): Promise<string | null> {
        const accountId = item.account?.id ?? null;
        try {
          // The writes (repositories, validation) load on the rep's first Done, not at first paint.
          const { completeAgendaItem } = await import('../db/agenda-marks');
          await completeAgendaItem(
            db,
            {
              itemKey: item.key,
              accountId,
              note:
                log && accountId
                  ? {
                      ...emptyTimelineNoteDraft(accountId, new Date()),
                      kind: log.kind,
                      text: log.text,
                      contactId: item.contact?.id ?? null,
                    }
                  : null,
              ...(log && accountId ? { nextContactDate: log.nextContactDate } : {}),
              complaintId: item.kind === 'complaint' ? item.rowId : null,
            },
            new Date(),
          );
          return null;
        } catch (error) {
          return describe(error);
        }
      },
      async snooze(item: AgendaItem, until: string): Promise<string | null> {
        try {
          const { markAgendaItem } = await import('../db/agenda-marks');
          await markAgendaItem(db, item.key, item.account?.id ?? null, until);
          return null;
        } catch (error) {
          return describe(error);
        }
      },
    }),
    [db, describe],
  );
  return { state, ...actions };
}
