import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import { emptyTalkingPointDraft } from '../model/defaults';
import { SHORT_TEXT_MAX } from '../model/limits';
import type { ChurnRisk, Hint, HintActions, HolidayDate } from '../model/relationship';
import type { ClientFileData } from '../model/types';
import { useLiveQuery } from '../platform/use-live-query';
import { addDays, localDay } from './core/days';
import { GREETING_DAYS_AHEAD, hintMarkKey, talkingPointHints } from './core/hints';
import { churnRisk } from './core/risk';

/**
 * What the client file shows of the rep's day: the churn risk with its reasons, and the suggested
 * talking points (without those kept or dismissed for this account, read live). The holidays'
 * lunar calendar loads after the file has painted; until then the hints leave holidays out.
 */
export function useFileRelationship(db: DossierDatabase, file: ClientFileData | undefined, now: Date) {
  const accountId = file?.account.id ?? '';
  const today = localDay(now);
  const marks = useLiveQuery(
    () => db.agendaMarks.where('accountId').equals(accountId).toArray(),
    [accountId],
  );
  const [holidays, setHolidays] = useState<HolidayDate[]>([]);
  useEffect(() => {
    let live = true;
    void import('./core/holidays').then(({ holidaysBetween }) => {
      if (live) setHolidays(holidaysBetween(today, addDays(today, GREETING_DAYS_AHEAD)));
    });
    return () => {
      live = false;
    };
  }, [today]);

  const risk = useMemo<ChurnRisk | null>(() => (file ? churnRisk(file, now) : null), [file, now]);
  const hints = useMemo<Hint[]>(
    () => (file && marks.status === 'ready' ? talkingPointHints(file, holidays, marks.value, now) : []),
    [file, marks, holidays, now],
  );
  const actions = useMemo<HintActions>(
    () => ({
      async keepHint(hint, text) {
        const { keepHint } = await import('../db/agenda-marks');
        const contactId = 'contactId' in hint ? hint.contactId : null;
        await keepHint(db, hintMarkKey(accountId, hint), {
          ...emptyTalkingPointDraft(accountId),
          text: text.slice(0, SHORT_TEXT_MAX),
          contactId,
        });
      },
      async dismissHint(hint) {
        const { markAgendaItem } = await import('../db/agenda-marks');
        await markAgendaItem(db, hintMarkKey(accountId, hint), accountId, null);
      },
    }),
    [db, accountId],
  );
  return { risk, hints, actions };
}
