import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { isQuotaError } from '../db/errors';
import type { WriteFailure } from '../model/write-failure';
import {
  envelopeSchema,
  type MessageType,
  PROTOCOL,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';

export type Handlers = {
  [T in MessageType]: (
    payload: RequestOf<T>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<T>>;
};

/** Classifies a sender; null for anything that is not part of this extension. */
export function senderKind(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin) && !sender.tab?.url?.startsWith('http')) return 'extensionPage';
  // A content script: runs in a web page's tab, top frame only (frames could be ads or trackers).
  if (sender.tab?.id !== undefined && sender.frameId === 0 && /^https?:/.test(sender.url ?? ''))
    return 'contentScript';
  return null;
}

/**
 * Validates and dispatches one incoming message: the sender must be this extension and allowed
 * to send this type, and the payload must pass the type's schema. Anything else is refused
 * without reaching a handler. Returns undefined for messages that are not ours.
 */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  self: { id: string; origin: string },
): Promise<Reply<unknown> | undefined> {
  const envelope = v.safeParse(envelopeSchema, message);
  if (!envelope.success) return undefined;
  const { type, payload } = envelope.output;
  const kind = senderKind(sender, self.id, self.origin);
  const spec = PROTOCOL[type];
  if (!kind || !spec.from.includes(kind)) return { ok: false, error: `Sender not allowed for ${type}` };
  const request = v.safeParse(spec.request, payload);
  if (!request.success) return { ok: false, error: `Invalid ${type} payload: ${request.issues[0]?.message}` };
  try {
    const handler = handlers[type] as (p: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(request.output, sender) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failure = (error as { failure?: WriteFailure } | null)?.failure;
    return {
      ok: false,
      error: message,
      ...(isQuotaError(error) ? { storageFull: true as const } : {}),
      ...(failure ? { failure } : {}),
    };
  }
}
