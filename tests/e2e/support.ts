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
