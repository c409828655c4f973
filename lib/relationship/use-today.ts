import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import { emptyTimelineNoteDraft } from '../model/defaults';
import type { Agenda, AgendaItem, ContactLog, HolidayDate } from '../model/relationship';
import { useLiveQuery } from '../platform/use-live-query';
import { readAgenda } from './agenda-reads';
import { AGENDA_DAYS_AHEAD, buildAgenda, holidaysCelebrated } from './core/agenda';
import { addDays, localDay } from './core/days';

export type TodayState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; agenda: Agenda; truncated: boolean };

/**
 * *Today*, live: every write in any context that touches what it read brings it up to date. The
 * lunar calendar (tyme4ts, for the holidays) loads beside the index reads, never before them.
 * Done logs the contact, moves the next date and answers a complaint in one transaction; Snooze
 * remembers the day. Both resolve to an error's words, or null.
 */
export function useToday(db: DossierDatabase, describe: (error: unknown) => string, now: Date) {
  const today = localDay(now);
  const read = useLiveQuery(async () => {
    // Marked for the benchmark (bench/today.mjs): how long the index reads take.
    performance.mark('dossier:today-read-start');
    const value = await readAgenda(db, today);
    performance.measure('dossier:today-read', 'dossier:today-read-start');
    return value;
  }, [db, today]);
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
    return { status: 'ready', agenda, truncated };
  }, [read, holidays, today]);

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
