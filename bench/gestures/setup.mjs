// Setup of bench/gestures.mjs: the TypeScript helpers bundled for Node, the backup of a dataset,
// the two pages, the probed copy of the e2e build, the connection to the side panel.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { makeBook } from '../detection/book.mjs';
import { watchFocus } from './probes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_BUILD = resolve(ROOT, '.output/chrome-mv3-e2e');
export const PLAIN_HOST = 'plain.bench-gestures.example';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The TypeScript pieces the bench reuses (the virtual desktop, the demo data, row defaults), bundled for Node. */
export async function loadHelpers(dir) {
  const out = await build({
    stdin: {
      contents:
        "export { startDesktop } from './tests/e2e/desktop';" +
        "export { buildDemoDataset, DEMO_SEEDS } from './lib/demo/core';" +
        "export { emptyAccountDraft, emptyContactDraft } from './lib/model/defaults';" +
        "export { CURRENT_SCHEMA_VERSION } from './lib/db/schema';" +
        "export { BACKUP_FORMAT_VERSION } from './lib/portability/import/core/backup-file';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
  });
  const file = join(dir, 'helpers.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/** A backup of the demo data, plus synthetic accounts (~2 contacts each) up to `total`. */
export function backupOf(helpers, total) {
  const at = new Date().toISOString();
  let n = 0;
  const data = helpers.buildDemoDataset(helpers.DEMO_SEEDS, new Date(), () => `demo-${n++}`);
  const tables = {
    accounts: [...data.accounts],
    contacts: [...data.contacts],
    talkingPoints: data.talkingPoints,
    pricingNotes: data.pricingNotes,
    notes: data.notes,
    matchCorrections: [],
    agendaMarks: data.agendaMarks ?? [],
  };
  const extra = Math.max(0, total - data.accounts.length);
  const book = makeBook(extra, { contactsPerAccount: 2, seed: 4 });
  for (const a of book.accounts) {
    const { id, name, aliases, websiteDomains, emailDomains } = a;
    tables.accounts.push({
      ...helpers.emptyAccountDraft(),
      ...{ id, createdAt: at, updatedAt: at, name, aliases, websiteDomains, emailDomains },
    });
  }
  for (const c of book.contacts) {
    tables.contacts.push({
      ...helpers.emptyContactDraft(c.accountId),
      ...{ id: c.id, createdAt: at, updatedAt: at, name: c.name, emails: c.emails },
    });
  }
  const client = data.accounts.find((a) => a.websiteDomains.length > 0);
  return {
    client,
    notes: data.notes.filter((x) => x.accountId === client.id).length,
    accounts: tables.accounts.length,
    json: JSON.stringify({
      format: 'dossier-backup',
      formatVersion: helpers.BACKUP_FORMAT_VERSION,
      schemaVersion: helpers.CURRENT_SCHEMA_VERSION,
      exportedAt: at,
      tables,
    }),
  };
}

/** The two pages: a page of the client's website (nothing on it but its host), and a plain page. */
export function startPages(clientHost) {
  const pages = {
    [clientHost]:
      '<!doctype html><title>Bench gestures client page</title><h1>News</h1><p>Quarterly update.</p><script>globalThis.__keys = []; addEventListener("keydown", (e) => __keys.push(e.key), true)</script>',
    [PLAIN_HOST]:
      '<!doctype html><title>Bench gestures plain page</title><h1>Plain page</h1><textarea id="t"></textarea><ol id="list"></ol>',
  };
  const server = createServer((req, res) => {
    const html = pages[(req.headers.host ?? '').split(':')[0]];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ url: (host) => `http://${host}:${port}/`, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}

/**
 * Connects over the DevTools protocol and finds the side panel. A connection lists only the side
 * panels open when it was made, so a panel opened later needs a new connection.
 */
export async function connectToPanel(profile) {
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  for (let i = 0; i < 200; i++) {
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const panel = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().includes('/sidepanel.html'));
    if (panel) return { cdp, panel };
    await cdp.close();
    await sleep(20);
  }
  throw new Error('The side panel did not open');
}

/**
 * A copy of the e2e build whose side panel loads `watchFocus` first (a classic script before the
 * app's module), so a panel the shortcut opens is timed from its first moment without the bench
 * attaching to it early. Nothing else changes.
 */
export function probedBuild(dir) {
  cpSync(E2E_BUILD, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-probe.js'), `(${watchFocus})();\n`);
  for (const page of ['sidepanel.html', 'popup.html']) {
    const html = join(dir, page);
    const source = readFileSync(html, 'utf8');
    if (!source.includes('<head>')) throw new Error(`No <head> in ${html}`);
    writeFileSync(html, source.replace('<head>', '<head><script src="/bench-probe.js"></script>'));
  }
  return dir;
}

/** The toolbar popup the shortcut opened, over a connection made after it opened. */
export async function connectToPopup(profile) {
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  for (let i = 0; i < 200; i++) {
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => /\/popup\.html(#.*)?$/.test(p.url()));
    if (popup) return { cdp, popup };
    await cdp.close();
    await sleep(20);
  }
  throw new Error('The popup did not open');
}
