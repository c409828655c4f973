import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelPage } from './pages/sidepanel';
import { type Launched, launch, tempProfile } from './support';

/**
 * axe-core on every screen a rep meets, in both languages: no critical, serious or even moderate
 * violation (landmarks, one h1 a page). The
 * WCAG 2.1 A/AA rules and axe's best practices, and `label-content-name-mismatch` (a control's
 * accessible name must contain its visible label), which axe leaves off by default.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/imports');
const HUBSPOT_PAIR = [join(FIXTURES, 'hubspot-companies.csv'), join(FIXTURES, 'hubspot-contacts.csv')];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let running: Launched | undefined;
let cleanup: (() => void) | undefined;
afterEach(async () => {
  await running?.context.close();
  running = undefined;
  cleanup?.();
});

interface Violation {
  id: string;
  impact: string;
  nodes: string[];
}

/** The violations on the page as it is now, but for minor ones. */
async function audit(page: Page): Promise<Violation[]> {
  // Through DevTools, so the extension page's CSP (script-src 'self') does not stand in the way.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ...args: unknown[]
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations
      .filter((v) => v.impact !== 'minor')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
  });
}

describe.each(['en', 'zh-CN'])('accessibility (%s)', (locale) => {
  it('first run, account list, client file, options and popup: no critical, serious or moderate violation', async () => {
    const profile = tempProfile();
    cleanup = profile.cleanup;
    running = await launch(profile.dir, locale);
    const { context, extensionId } = running;
    const panel = new SidePanelPage(await context.newPage(), extensionId);
    await panel.page.setViewportSize({ width: 400, height: 860 });
    const found: Record<string, Violation[]> = {};

    await panel.open();
    await panel.page.getByRole('heading', { level: 1 }).waitFor();
    found.firstRun = await audit(panel.page);
    await panel.page.evaluate(() =>
      chrome.runtime.sendMessage({ dossier: 1, type: 'demo/load', payload: {} }),
    );
    await panel.open();
    await panel.accountRows().first().waitFor();
    found.accountList = await audit(panel.page);
    await panel.accountRows().first().click();
    await panel.page.getByRole('heading', { level: 1 }).waitFor();
    found.clientFile = await audit(panel.page);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('h1').waitFor();
    found.options = await audit(options);
    // The import's review: its counts, problems by row and column, the first rows' fate.
    await options
      .getByLabel(locale === 'en' ? 'Choose CSV or vCard files…' : /选择/)
      .setInputFiles(HUBSPOT_PAIR);
    await options.locator('table').first().waitFor({ timeout: 60_000 });
    found.importReview = await audit(options);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('input').first().waitFor();
    found.popup = await audit(popup);

    expect(found).toEqual({
      firstRun: [],
      accountList: [],
      clientFile: [],
      options: [],
      importReview: [],
      popup: [],
    });
  }, 120_000);
});

describe('keyboard', () => {
  it('a rep works the list and a file without the mouse: one Tab stop, focus where the work is, Esc closes', async () => {
    const profile = tempProfile();
    cleanup = profile.cleanup;
    running = await launch(profile.dir);
    const { context, extensionId } = running;
    const panel = new SidePanelPage(await context.newPage(), extensionId);
    const { page } = panel;
    await panel.open();
    await panel.loadDemoData();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', label: el?.id ?? '' };
      });

    // Sort select, then the rows: one Tab reaches the list, the next leaves it.
    await page.getByLabel('Sort by').focus();
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.tag).toBe('BUTTON');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = (await focused()).text;
    expect(third).not.toBe(first.text);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('ul') ?? null)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).text).toBe(third);

    // Enter opens the file with focus on its name.
    await page.keyboard.press('Enter');
    await panel.heading(third).waitFor();
    await expect.poll(async () => (await focused()).tag).toBe('H1');
    expect((await focused()).text).toBe(third);

    // Add contact: the caret is in the form; Esc closes it and focus is back on the button.
    await panel.contacts().getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(async () => (await focused()).tag).toBe('INPUT');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused()).text).toBe('Add contact');
    expect(await panel.contacts().locator('form').count()).toBe(0);

    // Typed text is not lost to an Esc: asked first, kept on "Keep editing".
    await panel.timeline().getByRole('button', { name: 'Add note' }).click();
    await expect.poll(async () => (await focused()).tag).not.toBe('BODY');
    await panel.timeline().getByRole('textbox', { name: 'Note' }).fill('Called about the renewal');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard your changes?' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await panel.timeline().getByRole('textbox', { name: 'Note' }).inputValue()).toBe(
      'Called about the renewal',
    );

    // Back lands on the row of the client the rep came from.
    await page.getByRole('button', { name: 'Back to accounts' }).click();
    await expect.poll(async () => (await focused()).text).toBe(third);
  }, 120_000);
});
