/**
 * Calendar days in the rep's own time zone, as `YYYY-MM-DD` — how due dates, validity dates and
 * file names are kept. A UTC date would say yesterday in Beijing before 8 am.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `now`. */
export function localDay(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local calendar day `days` after `now`'s (before it when negative). */
export function localDayPlus(now: Date, days: number): string {
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}
