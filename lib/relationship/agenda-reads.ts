/**
 * What *Today* reads, all from indexes and each bounded: up to `AGENDA_READ_LIMIT` candidates of
 * every source overdue and as many falling due (a rep with thousands of stale imports still opens *Today* in
 * one short read), and whether there were more. Never a scan of the accounts.
 */
import type { Collection } from 'dexie';
import type { DossierDatabase } from '../db/database';
import type { Account, AccountSignals, Contact, PricingNote, TimelineNote } from '../model/types';
import {
  AGENDA_DAYS_AHEAD,
  type AgendaAccount,
  type AgendaSources,
  PRICE_ENDED_DAYS,
  PRICE_WARNING_DAYS,
  RISK_RISE_DAYS,
} from './core/agenda';
import { birthdayKeysBetween } from './core/birthdays';
import { addDays, endOfLocalDay } from './core/days';

/** The most candidates read from each source; the rest are counted. */
export const AGENDA_READ_LIMIT = 100;

export interface AgendaRead {
  /** Every source but the holidays, which the caller adds (`holidaysCelebrated`). */
  sources: Omit<AgendaSources, 'holidays'>;
  /** Whose holidays someone in the portfolio celebrates. */
  greets: { chinese: boolean; western: boolean };
  /** Whether a source had more candidates than were read (older due dates): the screen says so. */
  truncated: boolean;
}

/**
 * A source's candidates, read forward (a reverse cursor over an index walks its deleted entries
 * in Chromium: seconds after a restore of 50,000 rows): the most overdue first, up to the limit,
 * then what falls due from today to the window's end, up to the limit. Whether a limit cut either
 * short. No count: counting an index range walks it.
 */
async function nearest<T>(overdue: Collection<unknown, unknown>, coming?: Collection<unknown, unknown>) {
  const [late, soon] = await Promise.all([
    overdue.limit(AGENDA_READ_LIMIT).toArray() as Promise<T[]>,
    (coming?.limit(AGENDA_READ_LIMIT).toArray() ?? Promise.resolve([])) as Promise<T[]>,
  ]);
  const truncated = late.length === AGENDA_READ_LIMIT || soon.length === AGENDA_READ_LIMIT;
  return { rows: [...late, ...soon], truncated };
}

const lite = (a: Account): AgendaAccount & Pick<Account, 'nextContactDate' | 'lifecycleStage'> => ({
  id: a.id,
  name: a.name,
  tier: a.tier,
  portfolioQuadrant: a.portfolioQuadrant,
  cadenceDays: a.cadenceDays,
  nextContactDate: a.nextContactDate,
  lifecycleStage: a.lifecycleStage,
});

/**
 * Reads *Today*'s candidates for the local day `today`. The holidays are the caller's to add
 * (`holidaysCelebrated`): the lunar calendar loads on its own, beside this read.
 */
export async function readAgenda(db: DossierDatabase, today: string): Promise<AgendaRead> {
  const end = addDays(today, AGENDA_DAYS_AHEAD);
  const endInstant = endOfLocalDay(end);
  const startInstant = endOfLocalDay(addDays(today, -1));
  const riskSince = new Date(Date.parse(`${addDays(today, -RISK_RISE_DAYS - 1)}T00:00:00Z`)).toISOString();
  return db.transaction(
    'r',
    [db.accounts, db.contacts, db.notes, db.pricingNotes, db.accountSignals, db.agendaMarks],
    async () => {
      const [nextContacts, cadence, followUps, birthdays, complaints, prices, riskRises, greetings] =
        await Promise.all([
          nearest<Account>(
            db.accounts.where('nextContactDate').below(today),
            db.accounts.where('nextContactDate').between(today, end, true, true),
          ),
          nearest<AccountSignals>(
            db.accountSignals.where('cadenceDueAt').below(startInstant),
            db.accountSignals.where('cadenceDueAt').between(startInstant, endInstant),
          ),
          nearest<TimelineNote>(
            db.notes.where('followUpDate').below(today),
            db.notes.where('followUpDate').between(today, end, true, true),
          ),
          nearest<Contact>(db.contacts.where('birthMonthDay').anyOf(birthdayKeysBetween(today, end))),
          nearest<TimelineNote>(db.notes.where('complaint.status').equals('open')),
          nearest<PricingNote>(
            db.pricingNotes
              .where('validUntil')
              .between(addDays(today, -PRICE_ENDED_DAYS), addDays(today, PRICE_WARNING_DAYS), true, true),
          ),
          nearest<AccountSignals>(db.accountSignals.where('riskRoseAt').aboveOrEqual(riskSince)),
          Promise.all(
            (['chinese', 'western'] as const).map(
              async (culture) =>
                [
                  culture,
                  // The first key is enough: a count would walk every account's entry.
                  (await db.accountSignals.where('greets').equals(culture).first()) !== undefined,
                ] as const,
            ),
          ),
        ]);
      const ids = new Set<string>([
        ...cadence.rows.map((s) => s.id),
        ...riskRises.rows.map((s) => s.id),
        ...followUps.rows.map((n) => n.accountId),
        ...birthdays.rows.map((c) => c.accountId),
        ...complaints.rows.map((n) => n.accountId),
        ...prices.rows.map((p) => p.accountId),
      ]);
      for (const a of nextContacts.rows) ids.delete(a.id);
      const fetched = await db.accounts.bulkGet([...ids]);
      const accounts = new Map(
        [...nextContacts.rows, ...fetched.filter((a): a is Account => !!a)].map((a) => [a.id, lite(a)]),
      );
      const withAccount = <T>(rows: T[], accountId: (row: T) => string) =>
        rows.flatMap((row) => {
          const account = accounts.get(accountId(row));
          return account ? [{ row, account }] : [];
        });
      const signalsOf = (rows: AccountSignals[]) =>
        withAccount(rows, (s) => s.id).map(({ row, account }) => ({ account, signals: row }));
      const celebrated = new Map(greetings);
      const greets = {
        chinese: celebrated.get('chinese') === true,
        western: celebrated.get('western') === true,
      };
      const sources: Omit<AgendaSources, 'marks' | 'holidays'> = {
        nextContacts: nextContacts.rows.map(lite).filter((a) => a.lifecycleStage !== 'lost'),
        // A lost client is analysed, not visited on a cadence.
        cadence: signalsOf(cadence.rows).filter(
          ({ account }) => accounts.get(account.id)?.lifecycleStage !== 'lost',
        ),
        followUps: withAccount(followUps.rows, (n) => n.accountId).map(({ row, account }) => ({
          note: row,
          account,
        })),
        birthdays: withAccount(birthdays.rows, (c) => c.accountId).map(({ row, account }) => ({
          contact: row,
          account,
        })),
        complaints: withAccount(complaints.rows, (n) => n.accountId).map(({ row, account }) => ({
          note: row,
          account,
        })),
        prices: withAccount(prices.rows, (p) => p.accountId).map(({ row, account }) => ({
          pricing: row,
          account,
        })),
        riskRises: signalsOf(riskRises.rows),
      };
      const truncated = [nextContacts, cadence, followUps, birthdays, complaints, prices, riskRises].some(
        (source) => source.truncated,
      );
      // What the rep did or snoozed: the marks of these accounts, and of the holidays (no account).
      const [accountMarks, holidayMarks] = await Promise.all([
        db.agendaMarks
          .where('accountId')
          .anyOf([...accounts.keys()])
          .toArray(),
        db.agendaMarks.where('itemKey').startsWith('holiday:').toArray(),
      ]);
      const marks = [...accountMarks, ...holidayMarks];
      return { sources: { ...sources, marks }, greets, truncated };
    },
  );
}
