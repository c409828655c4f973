import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Beacon {
  /** `http://127.0.0.1:<port>`: what the XSS payloads (tests/fixtures/xss/payloads.ts) aim at. */
  origin: string;
  /** Every request's path and query so far, in arrival order (`/hit/17`, `/hit/88/x.png`). */
  hits(): string[];
  /** Forgets the hits so far (after the test showing that a payload that runs is counted). */
  clear(): void;
  close(): Promise<void>;
}

/**
 * A beacon for the XSS corpus: an HTTP server on a free port of 127.0.0.1 that answers every
 * request (any method, any path) with an empty 204 and records it. A test clips the payloads,
 * renders them, then expects `hits()` to stay empty: any script that ran or anything the browser
 * loaded because of a payload shows up here.
 */
export async function start(): Promise<Beacon> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '/');
    // Drain a POST body (a form auto-submitting) so the connection can close.
    req.resume();
    res
      .writeHead(204, {
        // Let a cross-origin fetch() complete too: the hit is counted either way.
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
      })
      .end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits: () => [...seen],
    clear: () => {
      seen.length = 0;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
