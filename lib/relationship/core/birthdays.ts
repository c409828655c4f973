/**
 * Birthdays on the calendar: the day one falls on in a year (29 February included), and the
 * month-day keys lib/db indexes them by. Small and apart from the other day helpers: every
 * context that writes contacts (the database's middleware) loads it.
 */
import { addDays } from './days';

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

/** Every `MM-DD` key whose birthday falls between `from` and `to` (local days, inclusive). */
export function birthdayKeysBetween(from: string, to: string): string[] {
  const keys = new Set<string>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    keys.add(day.slice(5));
    if (day.slice(5) === '02-28' && !isLeap(Number(day.slice(0, 4)))) keys.add('02-29');
  }
  return [...keys];
}

/**
 * The same keys as inclusive `[first, last]` ranges of the index, in the window's day order: one
 * range, or two when the window crosses the new year (`12-30…12-31`, then `01-01…01-02`). An
 * index reads a range in one request; a list of keys costs a cursor step per row.
 */
export function birthdayKeyRanges(from: string, to: string): [string, string][] {
  const ranges: [string, string][] = [];
  for (const key of birthdayKeysBetween(from, to)) {
    const last = ranges.at(-1);
    if (last && key > last[1]) last[1] = key;
    else ranges.push([key, key]);
  }
  return ranges;
}
