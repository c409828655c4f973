import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LiveResult } from './use-live-query';

/** How long a query outlives its last reader: a screen switch unmounts one reader, then mounts the next. */
export const LINGER_MS = 1_000;

/**
 * A Dexie live query shared by whoever reads it, that can start before any of them: a page warms
 * it as it starts, so the screen that mounts later finds the read under way or done instead of
 * starting it then. One subscription however many readers; it stops (and forgets its value, which
 * would go stale unwatched) once nobody has read it for `LINGER_MS` and no warm-up holds it.
 */
export interface SharedLiveQuery<T> {
  /** The latest result: a reader renders it at once. */
  current(): LiveResult<T>;
  /** Every later result; returns the unsubscribe. */
  subscribe(listener: (result: LiveResult<T>) => void): () => void;
  /** Starts the query now and holds it for `ms`, or until a reader takes over. */
  warm(ms: number): void;
}

export function sharedLiveQuery<T>(query: () => Promise<T>): SharedLiveQuery<T> {
  const listeners = new Set<(result: LiveResult<T>) => void>();
  let result: LiveResult<T> = { status: 'loading' };
  let subscription: Subscription | null = null;
  let held: ReturnType<typeof setTimeout> | null = null;
  let lingering: ReturnType<typeof setTimeout> | null = null;

  const publish = (next: LiveResult<T>) => {
    result = next;
    for (const listener of listeners) listener(next);
  };
  const start = () => {
    if (lingering) clearTimeout(lingering);
    lingering = null;
    subscription ??= liveQuery(query).subscribe({
      next: (value) => publish({ status: 'ready', value }),
      error: (error) => publish({ status: 'error', error }),
    });
  };
  const stopUnlessRead = () => {
    if (listeners.size > 0 || held) return;
    subscription?.unsubscribe();
    subscription = null;
    result = { status: 'loading' };
  };
  const release = () => {
    if (lingering) clearTimeout(lingering);
    lingering = setTimeout(() => {
      lingering = null;
      stopUnlessRead();
    }, LINGER_MS);
  };

  return {
    current: () => result,
    subscribe(listener) {
      listeners.add(listener);
      if (held) clearTimeout(held);
      held = null;
      start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) release();
      };
    },
    warm(ms) {
      start();
      if (listeners.size > 0) return;
      if (held) clearTimeout(held);
      held = setTimeout(() => {
        held = null;
        stopUnlessRead();
      }, ms);
    },
  };
}

const NOT_READ: LiveResult<never> = { status: 'loading' };

/**
 * A component's view of a shared live query: its latest result, re-rendered on every next one.
 * `null` reads nothing (a read the component does not need yet) and stays loading.
 */
export function useSharedLiveQuery<T>(shared: SharedLiveQuery<T> | null): LiveResult<T> {
  const [result, setResult] = useState(() => shared?.current() ?? NOT_READ);
  useEffect(() => {
    setResult(shared?.current() ?? NOT_READ);
    return shared?.subscribe(setResult);
  }, [shared]);
  return result;
}
