import type { Envelope, Reply } from '../../messaging/protocol';
import type { PageSignals } from '../core/signals';

/** The part of the extension runtime a page reader uses. */
interface PageRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * The browser's own runtime, without the WebExtension polyfill: Firefox has `browser`, and
 * Chrome's `chrome.runtime.sendMessage` returns a promise in MV3 — the polyfill's ~3 KiB would be
 * a third of the page reader, which every page the rep grants loads.
 */
function runtime(): PageRuntime | undefined {
  const api = globalThis as unknown as {
    browser?: { runtime?: PageRuntime };
    chrome?: { runtime?: PageRuntime };
  };
  return api.browser?.runtime ?? api.chrome?.runtime;
}

/** False once the extension was updated or removed under the page (its runtime is gone). */
export function runtimeAlive(): boolean {
  return Boolean(runtime()?.id);
}

/** Sends the page's signals to the background (`page/signals`); rejects when it cannot. */
export async function sendPageSignals(signals: PageSignals): Promise<unknown> {
  const api = runtime();
  if (!api?.id) throw new Error('The extension is gone');
  const envelope: Envelope = { dossier: 1, type: 'page/signals', payload: signals };
  const reply = (await api.sendMessage(envelope)) as Reply<unknown> | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? 'No reply');
  return reply.value;
}
