/**
 * Calendar days in the rep's own time zone, as `YYYY-MM-DD` — how due dates, validity dates and
 * file names are kept. A UTC date would say yesterday in Beijing before 8 am.
 */
/** The local calendar day of `now`: the ISO date of the same wall-clock time read as UTC. */
export function localDay(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The local calendar day `days` after `now`'s (before it when negative). */
export function localDayPlus(now: Date, days: number): string {
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}
