// When a backup is due and when the side panel's banner shows.
import { describe, expect, it } from 'vitest';
import { dismissedUntil, isBackupBannerShown, isBackupDue } from './reminder';

const NOW = new Date('2026-03-20T09:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe('is a backup due', () => {
  it.each([
    ['never, with accounts', null, 12, true],
    ['never, with no accounts (nothing to lose)', null, 0, false],
    ['yesterday', ago(DAY), 12, false],
    ['6 days 23 hours ago', ago(7 * DAY - HOUR), 12, false],
    ['exactly 7 days ago', ago(7 * DAY), 12, true],
    ['30 days ago', ago(30 * DAY), 12, true],
    ['30 days ago, but the database is empty', ago(30 * DAY), 0, false],
    ['"tomorrow" (the clock was set back): recent', new Date(NOW.getTime() + DAY).toISOString(), 12, false],
    ['an unreadable time counts as never', 'not a date', 12, true],
  ])('%s', (_, lastBackupAt, accountCount, due) => {
    expect(isBackupDue({ lastBackupAt, accountCount, now: NOW })).toBe(due);
  });
});

describe('the side panel banner', () => {
  const overdue = { lastBackupAt: ago(10 * DAY), accountCount: 3, now: NOW };

  it.each([
    ['never dismissed', null, true],
    ['dismissed until tomorrow', new Date(NOW.getTime() + HOUR).toISOString(), false],
    ['dismissed until an hour ago', ago(HOUR), true],
    ['dismissed until exactly now', NOW.toISOString(), true],
    ['an unreadable "until" is ignored', 'soon', true],
  ])('due and %s', (_, until, shown) => {
    expect(isBackupBannerShown({ ...overdue, dismissedUntil: until })).toBe(shown);
  });

  it('is never shown when no backup is due, dismissed or not', () => {
    expect(
      isBackupBannerShown({ lastBackupAt: ago(DAY), accountCount: 3, now: NOW, dismissedUntil: null }),
    ).toBe(false);
  });

  it('"Remind me tomorrow" puts it off 24 hours', () => {
    const until = dismissedUntil(NOW);
    expect(Date.parse(until) - NOW.getTime()).toBe(DAY);
    expect(isBackupBannerShown({ ...overdue, dismissedUntil: until })).toBe(false);
    const tomorrow = new Date(NOW.getTime() + DAY);
    expect(isBackupBannerShown({ ...overdue, now: tomorrow, dismissedUntil: until })).toBe(true);
  });
});
