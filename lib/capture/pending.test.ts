import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishCapture, takePendingCapture, watchPendingCaptures, writeFailure } from './pending';

beforeEach(() => fakeBrowser.reset());

const quickNote = { kind: 'quickNote' as const, page: null, accountIds: ['acc-1'] };

describe('pending captures (background → side panel)', () => {
  it('waits for the panel of its window, which takes it once', async () => {
    const published = await publishCapture(7, quickNote);
    expect(await takePendingCapture(8)).toBeNull();
    expect(await takePendingCapture(7)).toEqual(published);
    expect(await takePendingCapture(7)).toBeNull();
  });

  it('reaches an open panel of that window at once, and no other window', async () => {
    const seen: unknown[] = [];
    const other: unknown[] = [];
    const stop = watchPendingCaptures(7, (p) => seen.push(p.request));
    const stopOther = watchPendingCaptures(8, (p) => other.push(p.request));
    await publishCapture(7, quickNote);
    await publishCapture(7, { kind: 'failed', reason: 'noSelection' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([quickNote, { kind: 'failed', reason: 'noSelection' }]);
    expect(other).toEqual([]);
    stop();
    stopOther();
  });

  it('keeps the popup’s request from the panel, and drops one nobody took in time', async () => {
    await publishCapture(7, quickNote, 'popup');
    expect(await takePendingCapture(7, 'panel')).toBeNull();
    expect((await takePendingCapture(7, 'popup'))?.request).toEqual(quickNote);
    await publishCapture(7, quickNote, 'popup');
    const key = 'pendingCapture:popup';
    const stored = (await fakeBrowser.storage.session.get(key))[key] as { at: string };
    await fakeBrowser.storage.session.set({
      [key]: { ...stored, at: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(await takePendingCapture(7, 'popup')).toBeNull();
  });

  it('gives two identical gestures in a row different ids', async () => {
    const a = await publishCapture(7, quickNote);
    const b = await publishCapture(7, quickNote);
    expect(a.id).not.toBe(b.id);
  });
});

describe('a capture whose write failed', () => {
  it('says the storage is full when the browser refused it for quota, else that it was not saved', () => {
    expect(writeFailure(new DOMException('full', 'QuotaExceededError'))).toBe('storageFull');
    expect(writeFailure({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('storageFull');
    expect(writeFailure(new Error('ConstraintError'))).toBe('saveFailed');
  });
});
