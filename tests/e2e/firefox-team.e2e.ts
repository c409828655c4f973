// Team files in Firefox ESR (the Firefox build's background is an event page, not a service
// worker): a rep connects from the options page, an account created in the panel reaches the
// team's server, and a teammate's edit on the server reaches the open file.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_E2E_DIR,
  gotoExtensionPage,
  launchFirefoxWithExtension,
  waitInPage,
} from '../../scripts/firefox.mjs';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/serve.mjs';
import { setUpTeam, teamDatabase } from '../../scripts/team-server/setup.mjs';

const TEAM = 'east-sales';
const NAME = '华东精密制造';

let server: TeamServer;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startTeamServer();
  await setUpTeam({
    server: server.origin,
    admin: server.admin,
    team: TEAM,
    managers: [],
    reps: [
      { name: 'bob', password: 'bob-pw' },
      { name: 'carol', password: 'carol-pw' },
    ],
    remove: [],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Types into the field labelled `label`, as a rep's keystrokes end (one input event). */
function fill(page: Page, label: string, value: string) {
  return page.evaluate(
    ({ label, value }) => {
      const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
      const input = found?.control as HTMLInputElement | null | undefined;
      if (!input) throw new Error(`no field labelled ${label}`);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { label, value },
  );
}

async function click(page: Page, name: string) {
  const button = await page.waitForSelector(`::-p-xpath(//button[normalize-space()="${name}"])`, {
    timeout: 30_000,
  });
  await button!.click();
}

const textShown = (page: Page, text: string) =>
  waitInPage(page, (text) => document.body.textContent?.includes(text), text, {
    what: `“${text}” on the page`,
    timeout: 30_000,
  });

/** A document of the team's database, read as a teammate (carol) reads it. */
async function teamDoc(id: string): Promise<Record<string, unknown> | null> {
  const answer = await fetch(`${server.origin}/${teamDatabase(TEAM)}/${encodeURIComponent(id)}`, {
    headers: { authorization: `Basic ${btoa('carol:carol-pw')}` },
  });
  return answer.ok ? ((await answer.json()) as Record<string, unknown>) : null;
}

describe('team files in real Firefox ESR', () => {
  it('connects, sends a new account to the team, and takes a teammate’s edit into the open file', async () => {
    const launched = await launchFirefoxWithExtension({ extensionDir: FIREFOX_E2E_DIR });
    browser = launched.browser;
    const options = await browser.newPage();
    await gotoExtensionPage(options, `${launched.baseUrl}/options.html`);
    await fill(options, 'Team server address', server.origin);
    await fill(options, 'Login', 'bob');
    await fill(options, 'Password', 'bob-pw');
    await click(options, 'Sign in');
    await click(options, 'Connect to the team');
    await textShown(options, 'Up to date');

    const panel = await browser.newPage();
    await panel.setViewport({ width: 400, height: 860 });
    await gotoExtensionPage(panel, `${launched.baseUrl}/sidepanel.html#/`);
    await click(panel, 'New account');
    await fill(panel, 'Name', NAME);
    await click(panel, 'Save');
    await waitInPage(panel, (name) => document.querySelector('h1')?.textContent === name, NAME, {
      what: `the new file of ${NAME}`,
    });
    const id = decodeURIComponent(
      /^#\/account\/([^/?]+)/.exec(await panel.evaluate(() => location.hash))![1]!,
    );

    // The account reaches the team's server, in bob's name.
    let doc: Record<string, unknown> | null = null;
    await expect
      .poll(async () => (doc = await teamDoc(`account:${id}`)), { timeout: 30_000 })
      .toMatchObject({ owner: 'bob', editedBy: 'bob', row: { name: NAME } });

    // Carol renames it on the server; bob's open file follows.
    const renamed = `${NAME}（集团）`;
    const edited = {
      ...doc!,
      editedBy: 'carol',
      edits: { ...(doc!.edits as object), name: { at: new Date().toISOString(), by: 'carol' } },
      row: { ...(doc!.row as object), name: renamed },
    };
    const put = await fetch(`${server.origin}/${teamDatabase(TEAM)}/${encodeURIComponent(`account:${id}`)}`, {
      method: 'PUT',
      headers: { authorization: `Basic ${btoa('carol:carol-pw')}`, 'content-type': 'application/json' },
      body: JSON.stringify(edited),
    });
    expect(put.status).toBe(201);
    await waitInPage(panel, (name) => document.querySelector('h1')?.textContent === name, renamed, {
      what: `the file renamed to ${renamed}`,
      timeout: 30_000,
    });
    await textShown(panel, 'Team · owner bob');
  }, 120_000);
});
