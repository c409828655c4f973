import { buildMatchIndex, snapshotMatchIndex } from '../detection/core/match-index';
import {
  type AccountForMatch,
  accountForMatch,
  type ContactForMatch,
  contactForMatch,
} from '../detection/core/patterns';
import type { Account, Contact, TimelineNote } from '../model/types';
import { docOfAccount, docOfContact, docOfNote } from '../search/core/docs';
import type { SearchDoc } from '../search/core/fields';
import { SearchIndex } from '../search/core/search-index';
import { type MatchCache, matchStamp, openMatchCache } from './match-cache';
import { openSearchCache, type SearchCache } from './search-cache';
import type { SearchStamp, SearchTable } from './search-sources';

/** The rows a bulk write replaces the searched tables with: everything they hold once it commits. */
export interface IndexedRows {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  notes: readonly TimelineNote[];
}

/** Where the snapshots are stored: the derived cache the background reads. */
export interface IndexCaches {
  match: MatchCache;
  search: SearchCache;
}

/**
 * What the two indexes are built from, and no more: the matcher's few fields of each account and
 * contact, the search records — a third of the rows' size, for a worker that gathers them.
 */
export interface IndexSources {
  accounts: AccountForMatch[];
  contacts: ContactForMatch[];
  docs: SearchDoc[];
}

/**
 * `rows` as index sources, a slice of about `size` rows at a time, in the order a read of the
 * tables returns them (by id) — so the indexes are the ones the background would build.
 */
export function* indexSources(rows: IndexedRows, size: number): Generator<IndexSources> {
  const accounts = byId(rows.accounts);
  const owners = new Map(accounts.map((a) => [a.id, a]));
  for (let i = 0; i < accounts.length; i += size) {
    const slice = accounts.slice(i, i + size);
    yield {
      accounts: slice.map(accountForMatch),
      contacts: [],
      docs: slice.map(docOfAccount),
    };
  }
  const contacts = byId(rows.contacts);
  for (let i = 0; i < contacts.length; i += size) {
    const slice = contacts.slice(i, i + size);
    yield {
      accounts: [],
      contacts: slice.map(contactForMatch),
      docs: slice.map((c) => docOfContact(c, owners.get(c.accountId))),
    };
  }
  const notes = byId(rows.notes);
  for (let i = 0; i < notes.length; i += size) {
    yield {
      accounts: [],
      contacts: [],
      docs: notes.slice(i, i + size).map((n) => docOfNote(n, owners.get(n.accountId))),
    };
  }
}

/** The indexes' sources gathered from their slices. */
export function gatherSources(): { add(slice: IndexSources): void; sources: IndexSources } {
  const sources: IndexSources = { accounts: [], contacts: [], docs: [] };
  return {
    sources,
    add(slice) {
      for (const a of slice.accounts) sources.accounts.push(a);
      for (const c of slice.contacts) sources.contacts.push(c);
      for (const d of slice.docs) sources.docs.push(d);
    },
  };
}

/**
 * Builds the detection and search indexes and stores them, in the derived cache's `prebuilt`
 * slot, against `revisions` (the search index with `stamp`, what its tables will hold), a step
 * at a time, letting go of each source once used. What the index worker
 * (`index-build.worker.ts`) runs.
 */
export async function storeIndexSources(
  sources: IndexSources,
  stamp: SearchStamp,
  ownDomains: readonly string[],
  revisions: Record<SearchTable, string>,
  caches: IndexCaches = { match: openMatchCache(), search: openSearchCache() },
): Promise<void> {
  const match = buildMatchIndex(sources.accounts, sources.contacts, { ownDomains: [...ownDomains] });
  sources.accounts = [];
  sources.contacts = [];
  await caches.match.save(matchStamp(revisions, ownDomains), snapshotMatchIndex(match), 'prebuilt');
  await nextTask();
  const search = SearchIndex.build(sources.docs);
  sources.docs = [];
  await nextTask();
  await caches.search.save({ stamp, revisions, data: search.toData() }, 'prebuilt');
}

/** `storeIndexSources` of `rows`, here. */
export async function storeIndexes(
  rows: IndexedRows,
  ownDomains: readonly string[],
  revisions: Record<SearchTable, string>,
  caches?: IndexCaches,
): Promise<void> {
  const gathered = gatherSources();
  for (const slice of indexSources(rows, Number.POSITIVE_INFINITY)) gathered.add(slice);
  await storeIndexSources(gathered.sources, stampOf(rows), ownDomains, revisions, caches);
}

/** What `searchStamp` reads of the tables once these rows are all they hold. */
export function stampOf(rows: IndexedRows): SearchStamp {
  const stampOfTable = (table: readonly { updatedAt: string }[]) => {
    let last = '';
    for (const row of table) if (row.updatedAt > last) last = row.updatedAt;
    return { count: table.length, last };
  };
  return {
    accounts: stampOfTable(rows.accounts),
    contacts: stampOfTable(rows.contacts),
    notes: stampOfTable(rows.notes),
  };
}

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Lets the write's callbacks run before the next step takes the thread. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
