import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageSignals } from '../core/signals';
import { runtimeAlive, sendPageSignals } from './runtime';

const signals = { source: 'generic', url: 'https://a.example/', host: 'a.example' } as PageSignals;

afterEach(() => vi.unstubAllGlobals());

describe('the page reader’s runtime (no polyfill)', () => {
  it("sends the signals in the router's envelope through Chrome's promise API, and reads the reply", async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: { matched: 2 } }));
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { id: 'ext', sendMessage } });
    expect(runtimeAlive()).toBe(true);
    expect(await sendPageSignals(signals)).toEqual({ matched: 2 });
    expect(sendMessage).toHaveBeenCalledWith({ dossier: 1, type: 'page/signals', payload: signals });
  });

  it('rejects a refusal, and knows when the extension is gone', async () => {
    vi.stubGlobal('browser', {
      runtime: { id: 'ext', sendMessage: async () => ({ ok: false, error: 'Sender not allowed' }) },
    });
    await expect(sendPageSignals(signals)).rejects.toThrow('Sender not allowed');
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => undefined } });
    expect(runtimeAlive()).toBe(false);
    await expect(sendPageSignals(signals)).rejects.toThrow('gone');
  });
});
