/**
 * The main Chinese and Western holidays a rep greets clients on (seed 001: holiday greetings).
 * Lunar dates come from tyme4ts, whose tables follow the official Chinese calendar: the
 * `Intl` chinese calendar of ICU 78 (Node 20, Chromium) puts 春节 2027 on 7 February and 2030 on
 * 2 February, a day off each. Nothing here is a hand-typed table of years. tyme4ts is ~70 KB
 * gzip: only the code that lists holidays loads this module.
 */
import { LunarDay } from 'tyme4ts';

import type { HolidayDate } from './holiday-culture';

const pad = (n: number) => String(n).padStart(2, '0');

function lunarToSolar(year: number, month: number, day: number): string {
  const solar = LunarDay.fromYmd(year, month, day).getSolarDay();
  return `${solar.getYear()}-${pad(solar.getMonth())}-${pad(solar.getDay())}`;
}

/** Every holiday of the Gregorian year `year`. */
export function holidaysOfYear(year: number): HolidayDate[] {
  return [
    { holiday: 'newYear', date: `${year}-01-01` },
    // Lunar year Y's first day and its mid-autumn both fall in Gregorian year Y.
    { holiday: 'springFestival', date: lunarToSolar(year, 1, 1) },
    { holiday: 'midAutumn', date: lunarToSolar(year, 8, 15) },
    { holiday: 'nationalDay', date: `${year}-10-01` },
    { holiday: 'christmas', date: `${year}-12-25` },
  ];
}

/** The holidays between two local days (inclusive), in date order: a window may span a year's end. */
export function holidaysBetween(from: string, to: string): HolidayDate[] {
  const out: HolidayDate[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of holidaysOfYear(year)) if (h.date >= from && h.date <= to) out.push(h);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
