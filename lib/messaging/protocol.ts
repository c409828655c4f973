import * as v from 'valibot';

/**
 * Every message between this extension's contexts, declared once. Each entry names its request,
 * its response, the schema its request must pass, and which senders may send it. Later issues
 * add page signals from content scripts here.
 */
export interface ProtocolMap {
  /** First-run screen → background: fill an empty database with the demo dataset. */
  'demo/load': { request: Record<string, never>; response: { accounts: number } };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends MessageType> = ProtocolMap[T]['request'];
export type ResponseOf<T extends MessageType> = ProtocolMap[T]['response'];

/** `extensionPage`: side panel, popup, options (never a web page or content script). */
export type SenderKind = 'extensionPage';

export const PROTOCOL: {
  [T in MessageType]: { request: v.GenericSchema<unknown, RequestOf<T>>; from: SenderKind[] };
} = {
  'demo/load': { request: v.strictObject({}), from: ['extensionPage'] },
};

/** What travels over `runtime.sendMessage`. */
export const envelopeSchema = v.strictObject({
  dossier: v.literal(1),
  type: v.picklist(Object.keys(PROTOCOL) as MessageType[]),
  payload: v.unknown(),
});
export type Envelope = v.InferOutput<typeof envelopeSchema>;

/** What comes back: a value, or an error message (errors do not cross contexts as objects). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
