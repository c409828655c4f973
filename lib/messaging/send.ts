import { browser } from 'wxt/browser';
import type { WriteFailure } from '../model/write-failure';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** A handler's error as it arrives: its message, and a bulk write's `failure` when it was one. */
export class ReplyError extends Error {
  constructor(
    message: string,
    readonly failure?: WriteFailure,
  ) {
    super(message);
  }
}

/** Sends a typed message to the background and resolves with its reply, or throws its error (a `ReplyError`). */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope = { dossier: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<T>> | undefined;
  if (!reply) throw new Error(`No handler answered ${type}`);
  if (!reply.ok) {
    const error = new ReplyError(reply.error, reply.failure);
    if (reply.storageFull) error.name = 'QuotaExceededError';
    throw error;
  }
  return reply.value;
}
