import Dexie, { type IntervalTree, liveQuery, type ObservabilitySet } from 'dexie';
import type { ClientFileData } from '../model/types';
import { getClientFile } from './client-file';
import type { DossierDatabase } from './database';
import { dataStamp } from './match-cache';
import { listCorrections } from './match-corrections';

/**
 * Calls back after every later change of what the matcher is built from (accounts and contacts,
 * written from any context of the extension), not for the current state. Returns an unsubscribe.
 */
export function onMatchSourcesChanged(db: DossierDatabase, onChange: () => void): () => void {
  return afterFirst(
    liveQuery(() => dataStamp(db, null)),
    onChange,
  );
}

/** Calls back after every later change of the rep's detection corrections. */
export function onCorrectionsChanged(db: DossierDatabase, onChange: () => void): () => void {
  return afterFirst(
    liveQuery(() => listCorrections(db)),
    onChange,
  );
}

/**
 * Calls back with a client's file now and after every later write to it, from any context; null
 * when there is no such client (or it cannot be read). Returns an unsubscribe.
 */
export function watchClientFile(
  db: DossierDatabase,
  accountId: string,
  onFile: (file: ClientFileData | null) => void,
): () => void {
  const subscription = liveQuery(async () => (await getClientFile(db, accountId)) ?? null).subscribe({
    next: onFile,
    error: () => onFile(null),
  });
  return () => subscription.unsubscribe();
}

function afterFirst(query: ReturnType<typeof liveQuery>, onChange: () => void): () => void {
  let first = true;
  const subscription = query.subscribe(() => {
    if (first) first = false;
    else onChange();
  });
  return () => subscription.unsubscribe();
}

/** Ids of changed rows per table; 'all' when a table was cleared or changed by a key range. */
export type RowChanges<T extends string> = Partial<Record<T, Set<string> | 'all'>>;

/**
 * Calls back with the ids of the rows of `tables` that a committed transaction added, changed or
 * deleted, in this context or any other of the extension (Dexie's `storagemutated` event, which
 * Dexie itself relays between contexts over a BroadcastChannel). Cheap: the keys come with the
 * event, nothing is queried. Returns an unsubscribe.
 */
export function onRowsChanged<T extends string>(
  db: DossierDatabase,
  tables: readonly T[],
  onChange: (changes: RowChanges<T>) => void,
): () => void {
  const listener = (parts: ObservabilitySet) => {
    const changes: RowChanges<T> = {};
    for (const table of tables) {
      // 'all': every database changed (Dexie's own reset, e.g. after a page came back from cache).
      const part = 'all' in parts ? parts.all : parts[`idb://${db.name}/${table}/`];
      if (part) changes[table] = keysOf(part);
    }
    if (Object.keys(changes).length) onChange(changes);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

/** Two sets of changes as one: the ids of both per table, 'all' when either had it. */
export function joinChanges<T extends string>(a: RowChanges<T> | null, b: RowChanges<T>): RowChanges<T> {
  const out: RowChanges<T> = { ...a };
  for (const table of Object.keys(b) as T[]) {
    const mine = out[table];
    const theirs = b[table]!;
    out[table] = mine === 'all' || theirs === 'all' ? 'all' : new Set([...(mine ?? []), ...theirs]);
  }
  return out;
}

/** The single string keys of a Dexie range set, or 'all' when it holds a real range. */
export function keysOf(tree: IntervalTree): Set<string> | 'all' {
  const keys = new Set<string>();
  const stack: (IntervalTree | null | undefined)[] = [tree];
  while (stack.length) {
    const node = stack.pop();
    if (!node || !('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.add(node.from);
    stack.push(node.l, node.r);
  }
  return keys;
}
