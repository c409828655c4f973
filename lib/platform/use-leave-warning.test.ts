// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useLeaveWarning } from './use-leave-warning';

const leave = () => {
  const event = new Event('beforeunload', { cancelable: true });
  dispatchEvent(event);
  return event.defaultPrevented;
};

describe('useLeaveWarning', () => {
  it('asks before leaving only while active', () => {
    const { rerender, unmount } = renderHook(({ active }: { active: boolean }) => useLeaveWarning(active), {
      initialProps: { active: false },
    });
    expect(leave()).toBe(false);
    rerender({ active: true });
    expect(leave()).toBe(true);
    rerender({ active: false });
    expect(leave()).toBe(false);
    rerender({ active: true });
    expect(leave()).toBe(true);
    act(() => unmount());
    expect(leave()).toBe(false);
  });
});
