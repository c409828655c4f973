import { describe, expect, it, vi } from 'vitest';
import { guardWrites } from './guard-writes';

describe('guardWrites', () => {
  it('passes the arguments through, and reports a refused write instead of rejecting', async () => {
    const refused = new DOMException('full', 'QuotaExceededError');
    const remove = vi.fn(async (_id: string) => {});
    const move = vi.fn(async (_id: string, _direction: 'up' | 'down') => {
      throw refused;
    });
    const onFailure = vi.fn();
    const onStart = vi.fn();
    const guarded = guardWrites({ remove, move }, onFailure, onStart);
    await guarded.remove('n-1');
    expect(remove).toHaveBeenCalledWith('n-1');
    expect(onFailure).not.toHaveBeenCalled();
    await expect(guarded.move('p-1', 'up')).resolves.toBeUndefined();
    expect(move).toHaveBeenCalledWith('p-1', 'up');
    expect(onFailure).toHaveBeenCalledWith(refused);
    expect(onStart).toHaveBeenCalledTimes(2);
  });
});
