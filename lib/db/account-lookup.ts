import type { Account, AccountSignals, AccountSort, AccountSummary } from '../model/types';
import type { DossierDatabase } from './database';

/*
 * Reads of accounts, apart from the writes in accounts.ts: the panel's first paint needs these,
 * and the writes (with validation) load only when the rep saves something.
 */

/** What the page-matches bar shows of an account it names. */
export type AccountBrief = Pick<AccountSummary, 'id' | 'name' | 'tier' | 'portfolioQuadrant'>;

/**
 * The accounts with these ids, by id; ids of deleted accounts are left out. Reads only those
 * rows, so a live query on it stays cheap with tens of thousands of accounts.
 */
export async function getAccountBriefs(
  db: DossierDatabase,
  ids: readonly string[],
): Promise<Map<string, AccountBrief>> {
  const rows = await db.accounts.bulkGet([...ids]);
  const out = new Map<string, AccountBrief>();
  for (const row of rows) {
    if (row)
      out.set(row.id, {
        id: row.id,
        name: row.name,
        tier: row.tier,
        portfolioQuadrant: row.portfolioQuadrant,
      });
  }
  return out;
}

export function getAccount(db: DossierDatabase, id: string): Promise<Account | undefined> {
  return db.accounts.get(id);
}

export function countAccounts(db: DossierDatabase): Promise<number> {
  return db.accounts.count();
}

/** Whether any account is stored: one key read, where a count walks them all (200 ms at 50,000). */
export async function hasAccounts(db: DossierDatabase): Promise<boolean> {
  return (await db.accounts.limit(1).primaryKeys()).length > 0;
}

/**
 * Every account as a list row (unsorted; see `sortAccounts`), from the signals' summaries alone:
 * small rows, where the accounts' own carry whole files' worth of fields (tens of megabytes to
 * clone at 50,000). The account list itself reads windows (`readAccountWindow`); the pickers, which
 * filter by what the rep types, read all.
 */
export async function listAccountSummaries(db: DossierDatabase): Promise<AccountSummary[]> {
  return (await db.accountSignals.toArray()).map(listRow);
}

/**
 * `count` list rows from position `from` under `sort`: one bounded read of the list index, so the
 * first screen of 50,000 accounts costs what it does of 50.
 */
export async function readAccountWindow(
  db: DossierDatabase,
  sort: AccountSort,
  from: number,
  count: number,
): Promise<AccountSummary[]> {
  return (await db.accountSignals.orderBy(`order.${sort}`).offset(from).limit(count).toArray()).map(listRow);
}

/** How many accounts the list holds (one per account: every account has its signals). */
export function countListed(db: DossierDatabase): Promise<number> {
  return db.accountSignals.count();
}

/** The position of account `id` in the list under `sort`: how many places sort below its own; null when it is gone. */
export async function listPosition(
  db: DossierDatabase,
  sort: AccountSort,
  id: string,
): Promise<number | null> {
  const signals = await db.accountSignals.get(id);
  if (!signals) return null;
  return db.accountSignals.where(`order.${sort}`).below(signals.order[sort]).count();
}

function listRow({ id, risk, summary, order }: AccountSignals): AccountSummary {
  return {
    id,
    name: summary.name,
    aliases: summary.aliases,
    tier: summary.tier,
    portfolioQuadrant: summary.portfolioQuadrant,
    industry: summary.industry,
    lifecycleStage: summary.lifecycleStage,
    nextContactDate: summary.nextContactDate,
    risk,
    order,
  };
}
