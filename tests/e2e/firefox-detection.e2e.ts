import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseFiles,
  FIREFOX_E2E_DIR,
  gotoExtensionPage,
  launchFirefoxWithExtension,
  waitInPage,
} from '../../scripts/firefox.mjs';
import { FIXTURE_HOSTS, startFixtureServer } from './fixture-server';
import { detectionBackup, SECRETS } from './test-backup';

/**
 * Detection in Firefox ESR: the e2e build of the Firefox add-on (its hosts granted at install), the
 * fixture pages served under their real host names, a webmail message and a company's own site.
 * The side panel page runs in a tab of the same window: it follows the window's active tab as the
 * sidebar does, so the page opened after it is the one it shows.
 */
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let browser: Browser;
let panel: Page;
let baseUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  ({ browser, baseUrl } = await launchFirefoxWithExtension({
    extensionDir: FIREFOX_E2E_DIR,
    hosts: FIXTURE_HOSTS,
  }));
  // Three clients, restored through the options page as a rep would.
  const options = await browser.newPage();
  await gotoExtensionPage(options, `${baseUrl}/options.html`);
  await chooseFiles(
    options,
    [{ name: 'detection-backup.json', text: detectionBackup({ withFoods: true }), type: 'application/json' }],
    { multiple: false },
  );
  await waitInPage(
    options,
    () => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Replace with the backup',
      );
      button?.click();
      return Boolean(button);
    },
    null,
    { what: 'the restore’s confirmation' },
  );
  await waitInPage(options, () => /Restored 3/.test(document.body.textContent ?? ''), null, {
    what: 'the restore',
  });
  await options.close();
  panel = await browser.newPage();
  await gotoExtensionPage(panel, `${baseUrl}/sidepanel.html`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The h1 of the panel once it reads `name`: the panel opened that client's file. */
function panelShowsFile(name: string) {
  return waitInPage(panel, (name) => document.querySelector('h1')?.textContent === name, name, {
    what: `the panel to show the file of ${name}`,
  });
}

/** What the background stored for the tab at `url`, read from an extension page. */
function tabMatchesAt(url: string) {
  return waitInPage(
    panel,
    async (url) => {
      type BadgeApi = { getBadgeText(details: { tabId: number }): Promise<string> };
      const api = (globalThis as unknown as { browser: typeof chrome & { browserAction: BadgeApi } }).browser;
      // By address: a match pattern cannot name the fixture server's port.
      const tab = (await api.tabs.query({})).find((t) => t.url?.split('#')[0] === url.split('#')[0]);
      if (tab?.id === undefined) return null;
      const key = `tabMatches:${tab.id}`;
      const stored = (await api.storage.session.get(key))[key] as
        | { source: string; matches: { accountId: string; reasons: { kind: string }[] }[] }
        | undefined;
      if (!stored?.matches.length) return null;
      const badge = await api.browserAction.getBadgeText({ tabId: tab.id });
      return { source: stored.source, top: stored.matches[0]!, badge };
    },
    url,
    { what: `the matches of ${url}` },
  );
}

/** Nothing reached the page: no window message, no framework event, no client's name in its DOM. */
async function pageObserved(page: Page) {
  return page.evaluate(async () => {
    const seen = await (
      window as unknown as { __observed(): Promise<{ messages: string[]; mutations: string[] }> }
    ).__observed();
    return { messages: seen.messages, mutations: seen.mutations.join('\n') };
  });
}

describe('page detection in real Firefox ESR', () => {
  it('a NetEase message: the sender’s client file opens, and the page sees nothing', async () => {
    const url = `${server.url('mail.163.com', '/js6/main.jsp')}?sid=WAxBcDeFgHiJkLmN&df=mail163_letter#module=read.ReadModule%7C%7B%22id%22%3A%22123%22%7D`;
    const mail = await browser.newPage();
    await mail.goto(url);
    const found = await tabMatchesAt(url);
    expect(found.source).toBe('netease');
    expect(found.top.accountId).toBe('lvyuan');
    expect(found.top.reasons.map((r) => r.kind)).toContain('emailDomain');
    expect(found.badge).toMatch(/^[1-9]$/);
    await panelShowsFile(SECRETS.foodsName);

    const observed = await pageObserved(mail);
    expect(observed.messages).toEqual([]);
    for (const secret of Object.values(SECRETS)) expect(observed.mutations).not.toContain(secret);
    await mail.close();
  });

  it('a company’s own site: its file opens, “this is their website” first', async () => {
    const url = server.url('www.acme-logistics.com', '/about');
    const site = await browser.newPage();
    await site.goto(url);
    const found = await tabMatchesAt(url);
    expect(found.top.accountId).toBe('acme');
    expect(found.top.reasons[0]?.kind).toBe('siteDomain');
    await panelShowsFile(SECRETS.acmeName);
    expect((await pageObserved(site)).messages).toEqual([]);
    await site.close();
  });
});
