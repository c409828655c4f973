import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from './fixture-server';
import { openRestoredPanel } from './restored-panel';
import { type Launched, SCREENSHOTS, tempProfile } from './support';
import { SECRETS } from './test-backup';

/**
 * Detection end to end: the e2e build (host permissions required, as an unpacked install grants
 * them) in Chromium, the fixture pages served under their real host names, and the REAL side
 * panel, reached over the DevTools protocol.
 */
const PAGES = join(import.meta.dirname, '../fixtures/pages');

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let launched: Launched;
let cdp: Browser;
let panel: Page;
const profile = tempProfile();

beforeAll(async () => {
  server = await startFixtureServer();
  ({ launched, cdp, panel } = await openRestoredPanel(profile.dir));
});

afterAll(async () => {
  await cdp?.close();
  await launched?.context.close();
  await server?.close();
  profile.cleanup();
});

async function visit(url: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

const clientHeading = (name: string) => panel.getByRole('heading', { level: 1, name, exact: true });

/**
 * Nothing Dossier knows may reach the page: not its DOM, CSS highlights, window messages or the
 * databases it can list. `fixtures` are what the page itself showed (a secret it shows is fine).
 */
async function expectNothingLeaked(page: Page, ...fixtures: string[]) {
  const own = fixtures.map((f) => readFileSync(join(PAGES, f), 'utf8')).join('\n');
  const observed = await page.evaluate(() =>
    (
      window as unknown as {
        __observed(): Promise<{
          mutations: string[];
          messages: string[];
          highlights: number;
          databases: string[];
        }>;
      }
    ).__observed(),
  );
  const seen = JSON.stringify([observed.mutations, observed.messages]);
  for (const secret of Object.values(SECRETS)) {
    if (!own.includes(secret)) expect(seen, `the page must not see ${secret}`).not.toContain(secret);
  }
  // Not a single window message or framework event: the page cannot even tell Dossier is there.
  expect(observed.messages).toEqual([]);
  expect(observed.highlights).toBe(0);
  expect(observed.databases.filter((name) => /dossier/i.test(name))).toEqual([]);
}

async function tabIdOf(page: Page): Promise<number> {
  const url = page.url().split('#')[0]!;
  return launched.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
}

async function tabMatchesOf(page: Page) {
  const tabId = await tabIdOf(page);
  return launched.worker.evaluate(
    async (id) =>
      (await chrome.storage.session.get(`tabMatches:${id}`))[`tabMatches:${id}`] as {
        matches: { accountId: string; reasons: { kind: string; value: string }[] }[];
      },
    tabId,
  );
}

async function badgeOf(page: Page): Promise<string> {
  const url = page.url();
  return launched.worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u.split('#')[0] });
    return tab?.id === undefined ? '?' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

describe('page detection in real Chromium', () => {
  it('Gmail: the sender’s client file opens, and follows in-page navigation to the next thread', async () => {
    const mail = await visit(`${server.url('mail.google.com', '/mail/u/0/')}#inbox/FMfcgz1`);
    await clientHeading(SECRETS.acmeName).waitFor({ timeout: 10_000 });
    await panel
      .getByText(/li\.wei@acme-logistics\.com/)
      .first()
      .waitFor();
    expect(await badgeOf(mail)).toMatch(/^[1-9]$/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-detected-gmail.png') });

    // Gmail is a single-page app: the next thread replaces the reading pane, no page load.
    await mail.evaluate(async () => {
      const html = await (await fetch('/thread-2')).text();
      const next = new DOMParser().parseFromString(html, 'text/html').querySelector('[role="main"]');
      document.querySelector('[role="main"]')?.replaceWith(document.importNode(next!, true));
      history.pushState({}, '', '#inbox/FMfcgz2');
    });
    await clientHeading(SECRETS.telecomName).waitFor({ timeout: 10_000 });
    await expectNothingLeaked(mail, 'gmail-thread.html', 'gmail-thread-2.html');
  });

  it('a company’s own site shows its file; a news page lists the clients it mentions', async () => {
    const site = await visit(server.url('www.acme-logistics.com', '/about'));
    await clientHeading(SECRETS.acmeName).waitFor({ timeout: 10_000 });
    // Its addresses and mailto links are the site speaking: "this is their website" leads.
    const [top] = (await tabMatchesOf(site)).matches;
    expect(top?.accountId).toBe('acme');
    expect(top?.reasons.map((r) => r.kind)).toEqual(['siteDomain', 'organization']);
    await expectNothingLeaked(site, 'company-jsonld.html');

    const news = await visit(server.url('news.example.cn', '/tender'));
    await clientHeading(SECRETS.telecomName).waitFor({ timeout: 10_000 });
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-detected-news.png') });
    await expectNothingLeaked(news, 'news-zh.html');
  });

  it('reads a same-origin frame and an open shadow root: the clients they name are found', async () => {
    const page = await visit(server.url('frames.example.org', '/'));
    await expect
      .poll(async () => (await tabMatchesOf(page))?.matches.map((m) => m.accountId).sort(), {
        timeout: 10_000,
      })
      .toEqual(['acme', 'jst']);
    await expectNothingLeaked(page, 'frames-shadow.html');
  });

  it('switching to a tab about no client leaves no client on screen', async () => {
    await visit(server.url('www.acme-logistics.com', '/about'));
    await clientHeading(SECRETS.acmeName).waitFor({ timeout: 10_000 });
    const plain = await visit(server.url('plain.example.org', '/'));
    await panel.getByRole('heading', { level: 1, name: /^Accounts/ }).waitFor({ timeout: 10_000 });
    expect(await clientHeading(SECRETS.acmeName).count()).toBe(0);
    expect(await badgeOf(plain)).toBe('');
  });

  it('traps: hidden, scripted and look-alike mentions count for nothing; only the real address does', async () => {
    const traps = await visit(server.url('traps.example.org', '/'));
    await clientHeading(SECRETS.acmeName).waitFor({ timeout: 10_000 });
    const result = await tabMatchesOf(traps);
    // The page's one real signal is an (encoded) mailto: to a contact (and so to its domain); "Acme Logistics" in CSS,
    // script, JSON-LD of a person, noscript, hidden elements and "Acmeville" add nothing.
    expect(result.matches.map((m) => m.accountId)).toEqual(['acme']);
    expect(result.matches[0]?.reasons.map((r) => `${r.kind}:${r.value}`)).toEqual([
      'contactEmail:li.wei@acme-logistics.com',
      'emailDomain:acme-logistics.com',
    ]);
    expect(await badgeOf(traps)).toBe('1');
    await expectNothingLeaked(traps, 'traps.html');
  });
});
