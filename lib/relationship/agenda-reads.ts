/**
 * What *Today* reads, all from indexes and each bounded: up to `AGENDA_READ_LIMIT` candidates of
 * every source overdue and as many falling due (a rep with thousands of stale imports still opens *Today* in
 * one short read), and whether there were more. Never a scan of the accounts.
 */
import type { Collection } from 'dexie';
import type { DossierDatabase } from '../db/database';
import type { AccountSignals, Contact, PricingNote, SignalsSummary, TimelineNote } from '../model/types';
import {
  AGENDA_DAYS_AHEAD,
  type AgendaAccount,
  type AgendaSources,
  PRICE_ENDED_DAYS,
  PRICE_WARNING_DAYS,
  RISK_RISE_DAYS,
} from './core/agenda';
import { birthdayKeyRanges } from './core/birthdays';
import { addDays, endOfLocalDay } from './core/days';

/**
 * The most candidates read from each range of a source when *Today* opens: enough to fill its
 * groups' first 25 items, and few enough that 50,000 accounts paint as fast as 50 (each row read
 * costs IndexedDB about the same).
 */
export const AGENDA_FIRST_LIMIT = 30;
/** The most read once the rep asks for the rest (a group's Show all, or the older items). */
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
 * in Chromium: seconds after a restore of 50,000 rows) from each range in turn, up to the limit
 * each: the most overdue first, then what falls due from today to the window's end. Whether a limit
 * cut any short. No count: counting an index range walks it. A bounded range with a limit is one
 * `getAll` request, where a list of keys (`anyOf`) would be a cursor step per row.
 */
function nearest<T>(limit: number, ...ranges: Collection<unknown, unknown>[]) {
  return bounded((range) => range.toArray() as Promise<T[]>, limit, ranges);
}

/** The same, reading the primary keys only (`getAllKeys`: not one row's value). */
function nearestKeys(limit: number, ...ranges: Collection<unknown, string>[]) {
  return bounded((range) => range.primaryKeys(), limit, ranges);
}

async function bounded<T, C extends Collection<unknown, unknown>>(
  read: (range: C) => Promise<T[]>,
  limit: number,
  ranges: C[],
) {
  const parts = await Promise.all(ranges.map((range) => read(range.limit(limit) as C)));
  const truncated = parts.some((part) => part.length === limit);
  return { rows: parts.flat(), truncated };
}

type Summarised = AgendaAccount & Pick<SignalsSummary, 'nextContactDate' | 'lifecycleStage'>;

const lite = ({ id, summary }: AccountSignals): Summarised => ({
  id,
  name: summary.name,
  tier: summary.tier,
  portfolioQuadrant: summary.portfolioQuadrant,
  cadenceDays: summary.cadenceDays,
  nextContactDate: summary.nextContactDate,
  lifecycleStage: summary.lifecycleStage,
});

/**
 * Reads *Today*'s candidates for the local day `today`. The holidays are the caller's to add
 * (`holidaysCelebrated`): the lunar calendar loads on its own, beside this read. The accounts are
 * their signals' summaries (small rows): no account row is read.
 */
export async function readAgenda(
  db: DossierDatabase,
  today: string,
  limit = AGENDA_READ_LIMIT,
): Promise<AgendaRead> {
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
          // Only the keys: the summaries come from the signals below.
          nearestKeys(
            limit,
            db.accounts.where('nextContactDate').below(today),
            db.accounts.where('nextContactDate').between(today, end, true, true),
          ),
          nearest<AccountSignals>(
            limit,
            db.accountSignals.where('cadenceDueAt').below(startInstant),
            db.accountSignals.where('cadenceDueAt').between(startInstant, endInstant),
          ),
          nearest<TimelineNote>(
            limit,
            db.notes.where('followUpDate').below(today),
            db.notes.where('followUpDate').between(today, end, true, true),
          ),
          nearest<Contact>(
            limit,
            ...birthdayKeyRanges(today, end).map(([first, last]) =>
              db.contacts.where('birthMonthDay').between(first, last, true, true),
            ),
          ),
          nearest<TimelineNote>(limit, db.notes.where('complaint.status').equals('open')),
          nearest<PricingNote>(
            limit,
            db.pricingNotes
              .where('validUntil')
              .between(addDays(today, -PRICE_ENDED_DAYS), addDays(today, PRICE_WARNING_DAYS), true, true),
          ),
          nearest<AccountSignals>(limit, db.accountSignals.where('riskRoseAt').aboveOrEqual(riskSince)),
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
      const read = [...cadence.rows, ...riskRises.rows];
      const have = new Set(read.map((s) => s.id));
      const missing = [
        ...new Set([
          ...nextContacts.rows,
          ...followUps.rows.map((n) => n.accountId),
          ...birthdays.rows.map((c) => c.accountId),
          ...complaints.rows.map((n) => n.accountId),
          ...prices.rows.map((p) => p.accountId),
        ]),
      ].filter((id) => !have.has(id));
      const fetched = await db.accountSignals.bulkGet(missing);
      const accounts = new Map(
        [...read, ...fetched.filter((s): s is AccountSignals => !!s)].map((s) => [s.id, lite(s)]),
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
        // A lost client is analysed, not visited on a cadence or at a next date.
        nextContacts: withAccount(nextContacts.rows, (id) => id)
          .map(({ account }) => account)
          .filter((a) => a.lifecycleStage !== 'lost'),
        cadence: signalsOf(cadence.rows).filter(({ account }) => account.lifecycleStage !== 'lost'),
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
