/**
 * What *Today* reads, all from indexes and each bounded: the nearest `AGENDA_READ_LIMIT` candidates
 * of every source (a rep with thousands of stale, never-contacted imports still opens *Today* in
 * one short read), with how many more there are. Never a scan of the accounts.
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
import { addDays, birthdayKeysBetween, endOfLocalDay } from './core/days';

/** The most candidates read from each source; the rest are counted. */
export const AGENDA_READ_LIMIT = 200;

export interface AgendaRead {
  /** Every source but the holidays, which the caller adds (`holidaysCelebrated`). */
  sources: Omit<AgendaSources, 'holidays'>;
  /** Whose holidays someone in the portfolio celebrates. */
  greets: { chinese: boolean; western: boolean };
  /** Candidates beyond the limit, per source (older due dates): the screen says "and n more". */
  more: number;
}

/** A source's nearest rows (latest due first, so the week is never crowded out by old ones) and how many were left. */
// A Dexie collection is changed in place by reverse() and limit(): each use gets its own.
async function nearest<T>(collection: () => Collection<unknown, unknown>) {
  const [rows, count] = await Promise.all([
    collection().reverse().limit(AGENDA_READ_LIMIT).toArray() as Promise<T[]>,
    collection().count(),
  ]);
  return { rows, more: Math.max(0, count - rows.length) };
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
  const riskSince = new Date(Date.parse(`${addDays(today, -RISK_RISE_DAYS - 1)}T00:00:00Z`)).toISOString();
  return db.transaction(
    'r',
    [db.accounts, db.contacts, db.notes, db.pricingNotes, db.accountSignals, db.agendaMarks],
    async () => {
      const [nextContacts, cadence, followUps, birthdays, complaints, prices, riskRises, greetings] =
        await Promise.all([
          nearest<Account>(() => db.accounts.where('nextContactDate').belowOrEqual(end)),
          nearest<AccountSignals>(() => db.accountSignals.where('cadenceDueAt').below(endInstant)),
          nearest<TimelineNote>(() => db.notes.where('followUpDate').belowOrEqual(end)),
          nearest<Contact>(() => db.contacts.where('birthMonthDay').anyOf(birthdayKeysBetween(today, end))),
          nearest<TimelineNote>(() => db.notes.where('complaint.status').equals('open')),
          nearest<PricingNote>(() =>
            db.pricingNotes
              .where('validUntil')
              .between(addDays(today, -PRICE_ENDED_DAYS), addDays(today, PRICE_WARNING_DAYS), true, true),
          ),
          nearest<AccountSignals>(() => db.accountSignals.where('riskRoseAt').aboveOrEqual(riskSince)),
          Promise.all(
            (['chinese', 'western'] as const).map(
              async (culture) =>
                [
                  culture,
                  (await db.accountSignals.where('greets').equals(culture).limit(1).count()) > 0,
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
      const more = [nextContacts, cadence, followUps, birthdays, complaints, prices, riskRises].reduce(
        (sum, s) => sum + s.more,
        0,
      );
      const marks = await db.agendaMarks
        .where('itemKey')
        .startsWithAnyOf([
          'complaint:',
          'followUp:',
          'nextContact:',
          'cadence:',
          'risk:',
          'price:',
          'birthday:',
          'holiday:',
        ])
        .toArray();
      return { sources: { ...sources, marks }, greets, more };
    },
  );
}
