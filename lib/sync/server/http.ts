/**
 * The one place Dossier reaches the network: requests to the team server the rep configured,
 * made by the background alone (tests/unit/architecture.test.ts holds both). HTTPS only (plain
 * HTTP to this machine for a trial and the tests), no cookies, no redirects, nothing cached, and
 * every answer read under a size bound and parsed without prototype keys — the server's answers
 * are untrusted input, checked again by lib/sync/server/couch.ts and lib/sync/core/docs.ts.
 */
import { isAllowedOrigin } from '../core/team';

export interface ServerLogin {
  origin: string;
  login: string;
  password: string;
}

/**
 * `offline`: no answer (no network, server down, timed out); `tooLarge`: an answer over the bound;
 * `hostile`: an answer that is not JSON or carries a prototype key; `origin`: not a server Dossier
 * talks to.
 */
export type ServerFailure = 'offline' | 'tooLarge' | 'hostile' | 'origin';

export class ServerError extends Error {
  constructor(
    readonly failure: ServerFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export interface ServerAnswer {
  status: number;
  json: unknown;
}

/** The largest answer read: a batch of changes; a note may hold 5,000,000 characters. */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const basic = ({ login, password }: ServerLogin) => {
  const bytes = new TextEncoder().encode(`${login}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
};

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ServerError('tooLarge', `the server answered ${declared} bytes`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ServerError('tooLarge', `the server answered over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Parses an answer's JSON, refusing any key that could reach a prototype. */
export function parseAnswer(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ServerError('hostile', `the answer carries "${key}"`);
      return value;
    });
  } catch (error) {
    if (error instanceof ServerError) throw error;
    throw new ServerError('hostile', 'the answer is not JSON');
  }
}

export interface RequestOptions {
  body?: unknown;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Abandon the request after this long (offline). */
  timeoutMs?: number;
}

/** One request to the team server at `path` (from `/`), signed in as the rep. */
export async function serverRequest(
  login: ServerLogin,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<ServerAnswer> {
  if (!isAllowedOrigin(login.origin))
    throw new ServerError('origin', `${login.origin} is not a team server address`);
  if (!path.startsWith('/')) throw new ServerError('origin', `${path} is not a path`);
  const signals = [options.signal, AbortSignal.timeout(options.timeoutMs ?? 60_000)].filter(
    (s): s is AbortSignal => s !== undefined,
  );
  let response: Response;
  try {
    response = await fetch(`${login.origin}${path}`, {
      method,
      headers: {
        authorization: basic(login),
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ServerError('offline', error instanceof Error ? error.message : String(error));
  }
  let text: string;
  try {
    text = await readBounded(response, options.maxBytes ?? MAX_ANSWER_BYTES);
  } catch (error) {
    if (error instanceof ServerError || options.signal?.aborted) throw error;
    throw new ServerError('offline', error instanceof Error ? error.message : String(error));
  }
  return { status: response.status, json: parseAnswer(text) };
}
