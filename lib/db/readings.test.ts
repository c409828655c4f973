import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutReadings } from './readings';

describe('stored pinyin readings', () => {
  it('are computed by every lib/db module that writes accounts or contacts', () => {
    // A writer that skips them leaves Chinese names unfindable by pinyin until the background
    // computes them on its own (it does, as a fallback, but the row should carry them).
    const dir = import.meta.dirname;
    const writers = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('test-'))
      .filter((f) =>
        /\.(accounts|contacts)\.(add|put|bulkAdd|bulkPut)\(|table\('(accounts|contacts)'\)\.(add|put|bulkAdd|bulkPut)\(/.test(
          readFileSync(join(dir, f), 'utf8'),
        ),
      );
    expect(writers.length).toBeGreaterThan(0);
    const without = writers.filter(
      (f) => !/with(Account|Contact)Readings/.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(without).toEqual([]);
  });

  it('never reach a draft (forms start from stored rows; validation is strict)', () => {
    const row = { name: '单丽', pinyin: [{ full: 'shanli', initials: 'sl', syllables: ['shan', 'li'] }] };
    expect(withoutReadings(row)).toEqual({ name: '单丽' });
  });
});
