import { liveQuery } from 'dexie';
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

function afterFirst(query: ReturnType<typeof liveQuery>, onChange: () => void): () => void {
  let first = true;
  const subscription = query.subscribe(() => {
    if (first) first = false;
    else onChange();
  });
  return () => subscription.unsubscribe();
}
