import { describe, expect, it } from 'vitest';
import { localDay, localDayPlus } from './local-day';

describe('local calendar days', () => {
  it('are the day on the rep’s clock, not in UTC', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('count across months, years and a leap day', () => {
    expect(localDayPlus(new Date(2025, 5, 15, 9), 0)).toBe('2025-06-15');
    expect(localDayPlus(new Date(2026, 11, 31, 9), 1)).toBe('2027-01-01');
    expect(localDayPlus(new Date(2028, 1, 28, 9), 1)).toBe('2028-02-29');
    expect(localDayPlus(new Date(2026, 0, 1, 9), -1)).toBe('2025-12-31');
  });
});
