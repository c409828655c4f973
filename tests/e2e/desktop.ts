import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import type { Page } from 'playwright-core';

/**
 * A virtual desktop for the end-to-end tests that need what only a real, headed browser does:
 * extension keyboard shortcuts (handled by the browser, not the page) and native context menus.
 * Xvfb provides the screen; xdotool presses keys and clicks like a rep would. Both are Debian
 * packages (`xvfb`, `xdotool`), installed by `.ci/run`.
 */
export interface Desktop {
  display: string;
  /** Presses keys (xdotool names: `alt+shift+n`, `Up`, `Return`). */
  key(...keys: string[]): void;
  /** Types text into whatever has focus. */
  type(text: string): void;
  /** Gives the browser window showing `page` the keyboard focus. */
  focus(page: Page): Promise<void>;
  /** Right-clicks the element at `selector` and waits for the native menu to show. */
  contextMenu(page: Page, selector: string): Promise<void>;
  /**
   * In an open context menu, chooses entry `index` (0-based, visible entries only) of Dossier's
   * submenu: Chromium groups an extension's entries under its name, just above "Inspect".
   */
  chooseExtensionEntry(index: number): Promise<void>;
  stop(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startDesktop(): Promise<Desktop> {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3.
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1400x1050x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    xvfb.stdio[3]?.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n')) resolve(`:${buffer.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const xdo = (...args: string[]) =>
    execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' }).trim();
  const windows = () => {
    try {
      return xdo('search', '--onlyvisible', '--name', '').split('\n');
    } catch {
      return [];
    }
  };
  let menu: string | null = null;
  return {
    display,
    key: (...keys) => void xdo('key', '--clearmodifiers', ...keys),
    type: (text) => void xdo('type', '--delay', '5', text),
    async focus(page) {
      const title = await page.title();
      const id = xdo('search', '--sync', '--onlyvisible', '--name', title).split('\n').at(-1);
      // No window manager: windowactivate is unsupported, windowfocus works.
      if (id) xdo('windowfocus', '--sync', id);
    },
    async contextMenu(page, selector) {
      const before = new Set(windows());
      await page.click(selector, { button: 'right' });
      for (let i = 0; i < 50; i++) {
        menu = windows().find((w) => !before.has(w)) ?? null;
        if (menu) {
          await sleep(250); // the menu takes input only once it has finished showing
          return;
        }
        await sleep(100);
      }
      throw new Error('The context menu did not open');
    },
    async chooseExtensionEntry(index) {
      if (!menu) throw new Error('No context menu is open');
      // Point at the submenu: the last entry but one ("Inspect" is last, a separator between).
      // Pointing, not arrow keys from the end: the pointer may already be over an entry.
      const geometry = xdo('getwindowgeometry', '--shell', menu);
      const value = (key: string) => Number(new RegExp(`${key}=(\\d+)`).exec(geometry)?.[1] ?? 0);
      xdo('mousemove', '--sync', String(value('X') + 60), String(value('Y') + value('HEIGHT') - 66));
      await sleep(200);
      xdo('key', 'Right'); // opens the submenu with its first entry selected
      await sleep(300);
      if (index > 0) xdo('key', ...Array.from({ length: index }, () => 'Down'));
      xdo('key', 'Return');
      menu = null;
    },
    stop: () => void xvfb.kill(),
  };
}
