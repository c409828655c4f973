import { describe, expect, it } from 'vitest';
import type { CopyInfo } from '../model/storage-items';
import type { DatabaseStamp } from '../model/tables';
import { lossDetected } from './state';

const counts = (accounts: number) => ({
  accounts,
  contacts: accounts * 2,
  talkingPoints: 0,
  pricingNotes: 0,
  notes: 0,
  matchCorrections: 0,
  agendaMarks: 0,
});
const copy = (takenAt: string, accounts = 46): CopyInfo => ({
  slot: 'a',
  takenAt,
  counts: counts(accounts),
  stamp: {} as DatabaseStamp,
  bytes: 68_000,
});

describe('lossDetected', () => {
  it('is a database created after a copy of client files was taken', () => {
    expect(
      lossDetected({
        copy: copy('2026-12-04T08:00:00Z'),
        createdAt: '2026-12-04T09:00:00Z',
        dismissedAt: null,
      }),
    ).toBe(true);
  });

  it('is not the first run, nor a database created before the copy', () => {
    expect(lossDetected({ copy: null, createdAt: '2026-12-04T09:00:00Z', dismissedAt: null })).toBe(false);
    expect(
      lossDetected({
        copy: copy('2026-12-04T10:00:00Z'),
        createdAt: '2026-12-04T09:00:00Z',
        dismissedAt: null,
      }),
    ).toBe(false);
    // Installed before creation was recorded: nothing known, nothing claimed.
    expect(lossDetected({ copy: copy('2026-12-04T10:00:00Z'), createdAt: null, dismissedAt: null })).toBe(
      false,
    );
  });

  it('is not a copy of an empty database', () => {
    expect(
      lossDetected({
        copy: copy('2026-12-04T08:00:00Z', 0),
        createdAt: '2026-12-04T09:00:00Z',
        dismissedAt: null,
      }),
    ).toBe(false);
  });

  it('ends when the rep dismisses it (or it was restored), and comes back with the next loss', () => {
    const state = { copy: copy('2026-12-04T08:00:00Z'), createdAt: '2026-12-04T09:00:00Z' };
    expect(lossDetected({ ...state, dismissedAt: '2026-12-04T09:05:00Z' })).toBe(false);
    expect(lossDetected({ ...state, dismissedAt: '2026-12-04T08:30:00Z' })).toBe(true);
  });
});
