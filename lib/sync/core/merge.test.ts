import { describe, expect, it } from 'vitest';
import { changedPaths, valueAt, withValueAt } from './fields';
import { type MergeSide, mergeRows, takeLaterRow } from './merge';

const base = {
  id: 'a1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: 'Acme',
  aliases: ['ACM'],
  basic: { phone: '0755-1', address: 'Shenzhen', website: '' },
  complaint: null as null | Record<string, unknown>,
};
type Row = typeof base;

const side = (row: Row, by: string, at: string, edits: MergeSide['edits'] = {}): MergeSide => ({
  row,
  edits,
  fallback: { by, at },
});

describe('changedPaths', () => {
  it('names nested fields, treats lists and null as one value, and skips bookkeeping', () => {
    const after = {
      ...base,
      updatedAt: 'later',
      pinyin: [],
      aliases: ['ACM', 'Acme Co'],
      basic: { ...base.basic, phone: '0755-2' },
      complaint: { status: 'open' },
    };
    expect(changedPaths(base, after).sort()).toEqual(['aliases', 'basic.phone', 'complaint']);
    expect(changedPaths(base, base)).toEqual([]);
    expect(changedPaths(null, { id: 'x', basic: { phone: '1' } })).toEqual(['basic.phone']);
  });

  it('reads and writes a path without touching the original', () => {
    const copy = withValueAt(base, 'basic.phone', '0755-9');
    expect(valueAt(copy, 'basic.phone')).toBe('0755-9');
    expect(base.basic.phone).toBe('0755-1');
    expect(valueAt(base, 'basic.nothing.deeper')).toBeUndefined();
    expect(valueAt({ a: Object.create({ inherited: 1 }) }, 'a.inherited')).toBeUndefined();
  });
});

describe('mergeRows', () => {
  it('keeps both sides’ changes to different fields', () => {
    const mine = {
      ...base,
      basic: { ...base.basic, phone: '0755-2' },
      updatedAt: '2026-02-01T10:00:00.000Z',
    };
    const theirs = { ...base, name: 'Acme Ltd', updatedAt: '2026-02-01T09:00:00.000Z' };
    const merged = mergeRows(
      base,
      side(mine, 'bob', mine.updatedAt, { 'basic.phone': { by: 'bob', at: mine.updatedAt } }),
      side(theirs, 'carol', theirs.updatedAt, { name: { by: 'carol', at: theirs.updatedAt } }),
    );
    expect(merged.row).toMatchObject({ name: 'Acme Ltd', basic: { phone: '0755-2', address: 'Shenzhen' } });
    expect(merged.row.updatedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(merged.replaced).toEqual([]);
    expect(merged.edits).toEqual({
      name: { by: 'carol', at: theirs.updatedAt },
      'basic.phone': { by: 'bob', at: mine.updatedAt },
    });
  });

  it('keeps the later edit of a field both changed, and reports the value it replaced', () => {
    const mine = { ...base, basic: { ...base.basic, phone: 'mine' } };
    const theirs = { ...base, basic: { ...base.basic, phone: 'theirs' } };
    const early = '2026-02-01T09:00:00.000Z';
    const late = '2026-02-01T09:05:00.000Z';
    const localLater = mergeRows(
      base,
      side(mine, 'bob', late, { 'basic.phone': { by: 'bob', at: late } }),
      side(theirs, 'carol', early, { 'basic.phone': { by: 'carol', at: early } }),
    );
    expect(valueAt(localLater.row, 'basic.phone')).toBe('mine');
    expect(localLater.replaced).toEqual([
      {
        path: 'basic.phone',
        kept: { value: 'mine', by: 'bob', at: late },
        replaced: { value: 'theirs', by: 'carol', at: early },
      },
    ]);
    const remoteLater = mergeRows(
      base,
      side(mine, 'bob', early, { 'basic.phone': { by: 'bob', at: early } }),
      side(theirs, 'carol', late, { 'basic.phone': { by: 'carol', at: late } }),
    );
    expect(valueAt(remoteLater.row, 'basic.phone')).toBe('theirs');
    expect(remoteLater.replaced[0]).toMatchObject({
      kept: { by: 'carol' },
      replaced: { value: 'mine', by: 'bob' },
    });
  });

  it('uses each field’s own edit time, not the row’s', () => {
    // Bob changed the phone early and the name late; Carol changed the phone in between.
    const mine = { ...base, name: 'Acme Bob', basic: { ...base.basic, phone: 'bob' } };
    const theirs = { ...base, basic: { ...base.basic, phone: 'carol' } };
    const merged = mergeRows(
      base,
      side(mine, 'bob', '2026-02-01T12:00:00.000Z', {
        name: { by: 'bob', at: '2026-02-01T12:00:00.000Z' },
        'basic.phone': { by: 'bob', at: '2026-02-01T08:00:00.000Z' },
      }),
      side(theirs, 'carol', '2026-02-01T10:00:00.000Z'),
    );
    expect(merged.row).toMatchObject({ name: 'Acme Bob', basic: { phone: 'carol' } });
  });

  it('treats the same change on both sides as no conflict', () => {
    const both = { ...base, name: 'Acme Ltd' };
    const merged = mergeRows(base, side(both, 'bob', 't2'), side(both, 'carol', 't1'));
    expect(merged.replaced).toEqual([]);
    expect(merged.row.name).toBe('Acme Ltd');
  });

  it('settles a whole object written on one side against a field of it on the other', () => {
    const mine = { ...base, complaint: { status: 'open', response: '' } };
    const baseWithCourse = { ...base, complaint: { status: 'new', response: '' } };
    const theirs = { ...baseWithCourse, complaint: { status: 'closed', response: '' } };
    const merged = mergeRows(
      baseWithCourse,
      side(mine, 'bob', 't1', { complaint: { by: 'bob', at: 't1' } }),
      side(theirs, 'carol', 't2'),
    );
    expect(merged.row.complaint).toEqual({ status: 'closed', response: '' });
    expect(merged.replaced).toHaveLength(1);
    expect(merged.replaced[0]!.path).toBe('complaint.status');
  });

  it('with no common version, counts every differing field as changed on both sides', () => {
    const mine = { ...base, name: 'Mine', aliases: ['X'] };
    const theirs = { ...base, name: 'Theirs' };
    const merged = mergeRows(null, side(mine, 'bob', 't1'), side(theirs, 'carol', 't2'));
    expect(merged.row).toMatchObject({ name: 'Theirs', aliases: ['ACM'] });
    expect(merged.replaced.map((r) => r.path).sort()).toEqual(['aliases', 'name']);
  });
});

describe('takeLaterRow', () => {
  it('takes the later side whole and reports every field of the other it replaced', () => {
    const mine = { ...base, name: 'Mine', basic: { ...base.basic, phone: 'x' } };
    const theirs = { ...base, name: 'Theirs' };
    const merged = takeLaterRow(side(mine, 'bob', 't2'), side(theirs, 'carol', 't1'));
    expect(merged.row).toEqual(mine);
    expect(merged.replaced.map((r) => [r.path, r.replaced.value, r.replaced.by])).toEqual([
      ['name', 'Theirs', 'carol'],
      ['basic.phone', '0755-1', 'carol'],
    ]);
  });
});
