/**
 * Calendar arithmetic on `YYYY-MM-DD` days in the rep's own time zone. A date-only follow-up is
 * due on that local day wherever the rep is; instants (ISO-8601) become days through `localDay`.
 */
import { localDay } from '../../model/local-day';

export { localDay };

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

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The day a birthday (`YYYY-MM-DD` or `--MM-DD`) falls on in `year`. Someone born on 29 February
 * is greeted on the 28th in a common year: the day before the one that does not exist, still
 * inside February.
 */
export function birthdayIn(birthday: string, year: number): string {
  const monthDay = birthday.slice(-5);
  if (monthDay === '02-29' && !isLeap(year)) return `${year}-02-28`;
  return `${year}-${monthDay}`;
}

/** The month-day key *Today* looks birthdays up by; 29 February is also found on the 28th in a common year. */
export function birthMonthDay(birthday: string | null): string | undefined {
  return birthday ? birthday.slice(-5) : undefined;
}

/** Every `MM-DD` key whose birthday falls between `from` and `to` (local days, inclusive). */
export function birthdayKeysBetween(from: string, to: string): string[] {
  const keys = new Set<string>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    keys.add(day.slice(5));
    if (day.slice(5) === '02-28' && !isLeap(Number(day.slice(0, 4)))) keys.add('02-29');
  }
  return [...keys];
}
