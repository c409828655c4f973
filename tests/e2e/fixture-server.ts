import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

/** Which fixture each (host, path) serves: the real sites' host names, mapped to this server. */
const ROUTES: Record<string, Record<string, string>> = {
  'mail.google.com': { '/mail/u/0/': 'gmail-thread.html', '/thread-2': 'gmail-thread-2.html' },
  'mail.163.com': { '/js6/main.jsp': 'netease-read.html' },
  'www.acme-logistics.com': { '/about': 'company-jsonld.html' },
  'news.example.cn': { '/tender': 'news-zh.html' },
  'traps.example.org': { '/': 'traps.html' },
  'plain.example.org': { '/': 'plain' },
  'frames.example.org': { '/': 'frames-shadow.html' },
  // Company websites (tests/fixtures/sites) for the site capture.
  'www.northwind-freight.example': { '/contact': '../sites/en-jsonld.html' },
  'www.jnzhiyun.com.cn': { '/about/lxwm.html': '../sites/zh-contact-block.html' },
  'www.hostile-corp.example': { '/about': '../sites/hostile.html' },
  // The XSS corpus shown as text, on a site of Acme's (a subdomain of its website domain).
  'blog.acme-logistics.com': { '/xss': 'xss' },
};

export const FIXTURE_HOSTS = Object.keys(ROUTES);

/**
 * Records what the page itself can observe — DOM mutations, CSS highlights, window messages, the
 * IndexedDB databases of its origin — so a test can show that no client data reached the page.
 */
const OBSERVER = `<script>
(() => {
  const seen = { mutations: [], messages: [] };
  new MutationObserver((records) => {
    for (const r of records) {
      seen.mutations.push(r.type + ':' + (r.attributeName || '') + ':' + (r.target.textContent || '').slice(0, 200));
      for (const n of r.addedNodes) seen.mutations.push('added:' + (n.textContent || ''));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Every window message from the page's start, and the events a content script framework might
  // dispatch on the window (WXT's context announced itself with both): there must be none.
  addEventListener('message', (e) => seen.messages.push(JSON.stringify(e.data)));
  for (const type of ['wxt:content-script-started', 'wxt:locationchange']) {
    addEventListener(type, (e) => seen.messages.push(type + ' ' + JSON.stringify(e.detail ?? null)));
  }
  window.__observed = async () => ({
    mutations: seen.mutations,
    messages: seen.messages,
    highlights: typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.size : 0,
    databases: (await indexedDB.databases()).map((d) => d.name),
    html: document.documentElement.outerHTML,
  });
})();
</script>`;

/** What a test passes to the server: the strings the XSS page shows (tests/e2e/xss.e2e.ts). */
export interface FixtureOptions {
  xssPayloads?: readonly string[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Every payload as text, HTML-escaped, one `<p id="p<n>">` each under a heading of its own: the
 * page itself runs none of them. `pre-wrap` keeps the payloads' tabs and spaces in the selection.
 */
function xssPage(payloads: readonly string[]): string {
  // The heading (a clip's "under …") carries the payload too.
  const items = payloads.map(
    (text, n) => `<h2>Payload ${n}: ${escapeHtml(text)}</h2>\n<p id="p${n}">${escapeHtml(text)}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Logistics blog: payloads</title>
<style>p { white-space: pre-wrap; width: fit-content; max-width: 1000px; font-family: monospace; }</style>
</head><body><main><h1>Acme Logistics blog</h1>\n${items.join('\n')}</main></body></html>`;
}

function page(file: string, options: FixtureOptions): string {
  if (file === 'plain') return `<!doctype html><title>Plain</title><p>Nothing about anyone here.</p>`;
  if (file === 'xss') return xssPage(options.xssPayloads ?? []);
  const html = readFileSync(join(PAGES, file), 'utf8');
  return html.includes('<head>') ? html.replace('<head>', `<head>${OBSERVER}`) : OBSERVER + html;
}

/**
 * Served over HTTPS: Google's hosts are HSTS-preloaded (Chromium only ever asks them over HTTPS),
 * and Dossier's webmail permissions are for https:// only.
 */
const HTTPS_HOSTS = new Set(['mail.google.com', 'mail.163.com']);

/** A throw-away self-signed certificate (Chromium runs with --ignore-certificate-errors). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=dossier-fixtures',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function handle(req: IncomingMessage, res: ServerResponse, options: FixtureOptions) {
  const host = (req.headers.host ?? '').split(':')[0] ?? '';
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const file = ROUTES[host]?.[path];
  if (!file) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(file, options));
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/**
 * Serves the fixture pages on free ports of 127.0.0.1: over HTTPS for the HSTS-preloaded hosts,
 * over HTTP for the others. `url()` gives the address a test visits.
 */
export async function startFixtureServer(options: FixtureOptions = {}): Promise<{
  url(host: string, path: string): string;
  close(): Promise<void>;
}> {
  const serve = (req: IncomingMessage, res: ServerResponse) => handle(req, res, options);
  const http = createHttpServer(serve);
  const https = createHttpsServer(selfSignedCertificate(), serve);
  const [httpPort, httpsPort] = [await listen(http), await listen(https)];
  const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));
  return {
    url: (host, path) =>
      HTTPS_HOSTS.has(host) ? `https://${host}:${httpsPort}${path}` : `http://${host}:${httpPort}${path}`,
    close: async () => {
      await Promise.all([close(http), close(https)]);
    },
  };
}

/** Chromium switch sending the fixture hosts to this machine. */
export function hostResolverRules(): string[] {
  return [
    `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    '--ignore-certificate-errors',
  ];
}
