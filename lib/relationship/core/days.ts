/**
 * Calendar arithmetic on `YYYY-MM-DD` days in the rep's own time zone. A date-only follow-up is
 * due on that local day wherever the rep is; instants (ISO-8601) become days through `localDay`.
 */
import { localDay } from '../../model/local-day';

export { localDay };

/** How far ahead the rep's day looks: *Today*'s "this week", the greetings suggested. */
export const AGENDA_DAYS_AHEAD = 7;

const DAY_MS = 86_400_000;

/** `day` plus `days` calendar days (UTC arithmetic on a date, so no daylight-saving drift). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The instant `days` days after `iso`. */
export function addDaysToInstant(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** The local day an instant falls on. */
export function dayOf(iso: string): string {
  return localDay(new Date(iso));
}

/** The first instant after the local day `day` ends, as ISO-8601 UTC: an index bound for "due by". */
export function endOfLocalDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).toISOString();
}
