import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import type { ChurnRisk, Hint, HintActions, HolidayDate } from '../model/relationship';
import type { ClientFileData } from '../model/types';
import { useLiveQuery } from '../platform/use-live-query';
import type * as FileRules from './file-rules';

type Rules = typeof FileRules;

/**
 * What the client file shows of the rep's day: the churn risk with its reasons, and the suggested
 * talking points (without those kept or dismissed for this account, read live). The holidays'
 * lunar calendar loads after the file has painted; until then the hints leave holidays out.
 */
export function useFileRelationship(db: DossierDatabase, file: ClientFileData | undefined, now: Date) {
  const accountId = file?.account.id ?? '';
  // The local day the rules run for; the holidays are read again when it changes.
  const day = now.toDateString();
  const marks = useLiveQuery(
    () => db.agendaMarks.where('accountId').equals(accountId).toArray(),
    [accountId],
  );
  // The rules load after the file has painted (they are not its first screen); the holidays'
  // lunar calendar after them.
  const [rules, setRules] = useState<Rules | null>(null);
  const [holidays, setHolidays] = useState<HolidayDate[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all([import('./file-rules'), import('./core/holidays')]).then(
      ([loaded, { holidaysBetween }]) => {
        if (!live) return;
        setRules(loaded);
        const today = loaded.localDay(now);
        setHolidays(holidaysBetween(today, loaded.addDays(today, loaded.AGENDA_DAYS_AHEAD)));
      },
    );
    return () => {
      live = false;
    };
  }, [day]);

  const risk = useMemo<ChurnRisk | null>(
    () => (file && rules ? rules.churnRisk(file, now) : null),
    [file, rules, now],
  );
  const hints = useMemo<Hint[]>(
    () =>
      file && rules && marks.status === 'ready'
        ? rules.talkingPointHints(file, holidays, marks.value, now)
        : [],
    [file, rules, marks, holidays, now],
  );
  const actions = useMemo<HintActions>(
    () => ({
      async keepHint(hint, text) {
        const { keepHint } = await import('../db/agenda-marks');
        const contactId = 'contactId' in hint ? hint.contactId : null;
        await keepHint(db, `hint:${accountId}:${hint.key}`, { accountId, contactId, text });
      },
      async dismissHint(hint) {
        const { markAgendaItem } = await import('../db/agenda-marks');
        await markAgendaItem(db, `hint:${accountId}:${hint.key}`, accountId, null);
      },
    }),
    [db, accountId],
  );
  return { risk, hints, actions };
}
