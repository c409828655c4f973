import { describe, expect, it } from 'vitest';
import { celebrates } from './holiday-culture';
import { holidaysBetween, holidaysOfYear } from './holidays';

describe('holidays', () => {
  // The official dates (国务院办公厅 calendars; Hong Kong Observatory tables).
  it.each([
    [2025, '2025-01-29', '2025-10-06'],
    [2026, '2026-02-17', '2026-09-25'],
    [2027, '2027-02-06', '2027-09-15'],
    [2028, '2028-01-26', '2028-10-03'],
    [2030, '2030-02-03', '2030-09-12'],
  ])('%i: 春节 on %s, 中秋 on %s', (year, springFestival, midAutumn) => {
    const dates = Object.fromEntries(holidaysOfYear(year).map((h) => [h.holiday, h.date]));
    expect(dates).toEqual({
      newYear: `${year}-01-01`,
      springFestival,
      midAutumn,
      nationalDay: `${year}-10-01`,
      christmas: `${year}-12-25`,
    });
  });

  it('takes a window across the Gregorian year end and into the next lunar year', () => {
    expect(holidaysBetween('2026-12-20', '2027-01-02')).toEqual([
      { holiday: 'christmas', date: '2026-12-25' },
      { holiday: 'newYear', date: '2027-01-01' },
    ]);
    // Lunar year 2027 starts on 6 February 2027, in the window that begins in lunar 2026.
    expect(holidaysBetween('2027-02-01', '2027-02-08')).toEqual([
      { holiday: 'springFestival', date: '2027-02-06' },
    ]);
  });

  it.each([
    ['springFestival', '王伟', true],
    ['springFestival', 'Nancy Davolio', false],
    ['christmas', 'Nancy Davolio', true],
    ['christmas', '王伟', false],
    ['newYear', '王伟', true],
    ['newYear', 'Nancy Davolio', true],
  ] as const)('%s is celebrated by %s: %s', (holiday, name, expected) => {
    expect(celebrates(holiday, name)).toBe(expected);
  });
});
