import { afterEach, describe, expect, it } from 'vitest';
import { birthdayIn, birthdayKeyRanges, birthdayKeysBetween } from './birthdays';
import { addDays, dayOf, daysBetween, endOfLocalDay, localDay } from './days';

const tz = process.env.TZ;
afterEach(() => {
  process.env.TZ = tz;
});

describe('calendar days', () => {
  it.each([
    ['2026-12-30', 3, '2027-01-02'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-29', -1, '2026-03-28'],
  ])('%s plus %i is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it.each([
    ['1980-02-29', 2027, '2027-02-28'],
    ['1980-02-29', 2028, '2028-02-29'],
    ['--02-29', 2026, '2026-02-28'],
    ['1975-07-01', 2026, '2026-07-01'],
  ])('a birthday on %s falls on %s in %i', (birthday, year, expected) => {
    expect(birthdayIn(birthday, year)).toBe(expected);
  });

  it('finds a 29 February birthday on the 28th of a common year, and across the year end', () => {
    expect(birthdayKeysBetween('2027-02-27', '2027-03-01')).toEqual(['02-27', '02-28', '02-29', '03-01']);
    expect(birthdayKeysBetween('2028-02-27', '2028-02-28')).toEqual(['02-27', '02-28']);
    expect(birthdayKeysBetween('2026-12-30', '2027-01-02')).toEqual(['12-30', '12-31', '01-01', '01-02']);
  });

  it.each([
    ['a week inside a month', '2026-12-04', '2026-12-11', [['12-04', '12-11']]],
    ['across a month', '2026-11-28', '2026-12-05', [['11-28', '12-05']]],
    [
      'a common year’s end of February (29th read with the 28th)',
      '2027-02-27',
      '2027-03-01',
      [['02-27', '03-01']],
    ],
    [
      'across the new year: two ranges, December first',
      '2026-12-30',
      '2027-01-02',
      [
        ['12-30', '12-31'],
        ['01-01', '01-02'],
      ],
    ],
    ['one day', '2026-12-31', '2026-12-31', [['12-31', '12-31']]],
  ])('reads the birthday index by ranges: %s', (_, from, to, ranges) => {
    expect(birthdayKeyRanges(from, to)).toEqual(ranges);
  });

  it.each([
    // 06:30 in Beijing is still the day before in UTC; 21:00 in Los Angeles is the next day in UTC.
    ['Asia/Shanghai', '2026-12-03T22:30:00Z', '2026-12-04', '2026-12-04T16:00:00.000Z'],
    ['America/Los_Angeles', '2026-12-05T05:00:00Z', '2026-12-04', '2026-12-05T08:00:00.000Z'],
  ])('in %s, the instant %s is on the local day %s, which ends at %s', (zone, instant, day, end) => {
    process.env.TZ = zone;
    expect(localDay(new Date(instant))).toBe(day);
    expect(dayOf(instant)).toBe(day);
    expect(endOfLocalDay(day)).toBe(end);
  });
});
