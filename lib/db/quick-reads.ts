/**
 * The few reads the toolbar popup paints its first list from, on plain IndexedDB: the popup must
 * open in well under 150 ms, and Dexie (~25 KB gzip) would be a third of its budget. The database
 * is opened at whatever version it has — never created, never upgraded (that is Dexie's job in the
 * background and the panel) — and only read. Store and index names are Dexie's (lib/db/schema.ts).
 */
import type { Account, AccountSignals, AgendaMark, TimelineNote } from '../model/types';
import { DATABASE_NAME } from './database-name';

/** Opens the client files read-only; null when there is no database yet. */
export function openClientFiles(name = DATABASE_NAME): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    // No database yet: abort the creation, so nothing but Dexie ever creates it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
}

/** The accounts with these ids that exist, in the order given. */
export async function readAccounts(db: IDBDatabase, ids: readonly string[]): Promise<Account[]> {
  const store = db.transaction('accounts').objectStore('accounts');
  const rows = await Promise.all(ids.map((id) => done<Account | undefined>(store.get(id))));
  return rows.filter((a): a is Account => Boolean(a));
}

/** Up to `limit` rows whose date index is on or before `today`, latest first (today's before last month's). */
async function dueRows<T>(
  db: IDBDatabase,
  table: string,
  index: string,
  today: string,
  limit: number,
): Promise<T[]> {
  // A database the background has not upgraded yet may lack a newer store: nothing due from it.
  if (!db.objectStoreNames.contains(table)) return [];
  const source = db.transaction(table).objectStore(table).index(index);
  const out: T[] = [];
  return new Promise((resolve, reject) => {
    const cursor = source.openCursor(IDBKeyRange.upperBound(today), 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || out.length >= limit) return resolve(out);
      out.push(at.value as T);
      at.continue();
    };
  });
}

/** Accounts whose next contact is due (`nextContactDate` ≤ today). */
export function readAccountsDue(db: IDBDatabase, today: string, limit: number): Promise<Account[]> {
  return dueRows<Account>(db, 'accounts', 'nextContactDate', today, limit);
}

/** Notes whose follow-up is due (`followUpDate` ≤ today). */
export function readNotesDue(db: IDBDatabase, today: string, limit: number): Promise<TimelineNote[]> {
  return dueRows<TimelineNote>(db, 'notes', 'followUpDate', today, limit);
}

/** Accounts whose cadence runs out before `before` (an instant: the end of today), latest first. */
export function readCadenceDue(db: IDBDatabase, before: string, limit: number): Promise<AccountSignals[]> {
  return dueRows<AccountSignals>(db, 'accountSignals', 'cadenceDueAt', before, limit);
}

/** The rep's marks (done, snoozed) on these *Today* items. */
export async function readMarks(db: IDBDatabase, itemKeys: readonly string[]): Promise<AgendaMark[]> {
  if (!db.objectStoreNames.contains('agendaMarks') || itemKeys.length === 0) return [];
  const index = db.transaction('agendaMarks').objectStore('agendaMarks').index('itemKey');
  const rows = await Promise.all(itemKeys.map((key) => done<AgendaMark | undefined>(index.get(key))));
  return rows.filter((m): m is AgendaMark => Boolean(m));
}

function done<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}
