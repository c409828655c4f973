import { describe, expect, it, vi } from 'vitest';
import { joinChanges } from './watch';
import { afterBurst, beginBurst, inBurst } from './write-bursts';

describe('write bursts', () => {
  it('are open until the last one ends, and say so once when it does', () => {
    const ended = vi.fn();
    const stop = afterBurst(ended);
    const first = beginBurst();
    const second = beginBurst();
    expect(inBurst()).toBe(true);
    first();
    first();
    expect(inBurst()).toBe(true);
    expect(ended).not.toHaveBeenCalled();
    second();
    expect(inBurst()).toBe(false);
    expect(ended).toHaveBeenCalledOnce();
    stop();
    beginBurst()();
    expect(ended).toHaveBeenCalledOnce();
  });

  it('changes gathered during one join per table, a cleared table winning', () => {
    const joined = joinChanges<'accounts' | 'notes'>(
      joinChanges<'accounts' | 'notes'>(null, { accounts: new Set(['a']) }),
      {
        accounts: new Set(['b']),
        notes: 'all',
      },
    );
    expect(joined).toEqual({ accounts: new Set(['a', 'b']), notes: 'all' });
    expect(joinChanges(joined, { notes: new Set(['n']) }).notes).toBe('all');
  });
});
