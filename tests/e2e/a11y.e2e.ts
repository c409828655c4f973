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
