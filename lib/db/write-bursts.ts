/**
 * A burst of writes in this context — a team's first sync applying batch after batch — during
 * which the derived indexes this context keeps (the matcher's, the quick search's) wait for its
 * end instead of following each batch: followed batch by batch, a sync of 10,000 accounts rebuilt
 * the matcher 120 times, each time over more rows. A page that needs the matcher meanwhile still
 * gets a current one (it is only marked stale); the quick search catches up once, after.
 */
let open = 0;
const listeners = new Set<() => void>();

/** Starts a burst; the returned function ends it (once). */
export function beginBurst(): () => void {
  open += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    open -= 1;
    if (open === 0) for (const listener of [...listeners]) listener();
  };
}

export const inBurst = (): boolean => open > 0;

/** Calls `listener` whenever the last open burst ends; returns the unsubscribe. */
export function afterBurst(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
