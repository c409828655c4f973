import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** Sends a typed message to the background and resolves with its reply, or throws its error. */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope = { dossier: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<T>> | undefined;
  if (!reply) throw new Error(`No handler answered ${type}`);
  if (!reply.ok) {
    const error = new Error(reply.error);
    if (reply.storageFull) error.name = 'QuotaExceededError';
    throw error;
  }
  return reply.value;
}
