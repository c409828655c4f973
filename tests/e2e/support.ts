import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium.mjs';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** A throw-away Chromium profile; `cleanup` removes it. */
export function tempProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function launch(userDataDir: string, locale = 'en'): Promise<Launched> {
  return launchWithExtension({ userDataDir, locale });
}

export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

declare global {
  /** The extension API as seen inside extension pages and the service worker (page.evaluate bodies). */
  var chrome: typeof import('wxt/browser').browser;
}

/**
 * Run in a page (`page.evaluate(clippedAtWidth)`): what does not fit its width — the page scrolling
 * sideways, or a button, badge or heading whose text is cut — as short descriptions. [] when the
 * layout holds.
 */
export function clippedAtWidth(): string[] {
  const out: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
  for (const el of document.querySelectorAll('button, h1, h2, [class*="badge"], [class*="Badge"]')) {
    const box = el as HTMLElement;
    if (!box.offsetParent) continue; // not shown
    // Elements that ellipsize on purpose (a long name in a list row) say so with text-overflow.
    if (getComputedStyle(box).textOverflow === 'ellipsis') continue;
    if (box.scrollWidth > box.clientWidth + 1)
      out.push(`${box.localName} "${box.textContent?.trim().slice(0, 40)}"`);
    const rect = box.getBoundingClientRect();
    if (rect.right > root.clientWidth + 1)
      out.push(`${box.localName} "${box.textContent?.trim().slice(0, 40)}" off the edge`);
  }
  return out;
}

/**
 * Run in an extension page (`page.evaluate(prebuiltIndexes)`): what a bulk write left in the
 * derived cache's `prebuilt` slot (lib/db/fresh-indexes.ts) against the tables' revisions now —
 * whether the search index stored there is current, and the sizes of both snapshots (0: none).
 */
export async function prebuiltIndexes(): Promise<{
  current: boolean;
  matchBytes: number;
  searchBytes: number;
}> {
  const open = (name: string) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const get = (db: IDBDatabase, store: string, key: string) =>
    new Promise<{ revisions?: Record<string, string>; revision?: string; bytes?: Blob } | undefined>(
      (resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      },
    );
  const [cache, files] = await Promise.all([open('dossier-cache'), open('dossier')]);
  const match = await get(cache, 'snapshots', 'matchIndex.prebuilt');
  const search = await get(cache, 'snapshots', 'searchIndex.prebuilt');
  let current = Boolean(search?.revisions);
  for (const table of ['accounts', 'contacts', 'notes']) {
    if ((await get(files, 'revisions', table))?.revision !== search?.revisions?.[table]) current = false;
  }
  cache.close();
  files.close();
  return { current, matchBytes: match?.bytes?.size ?? 0, searchBytes: search?.bytes?.size ?? 0 };
}
