import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanSelection } from '../../lib/capture/core/clip';
import { SHORT_TEXT_MAX } from '../../lib/model/limits';
import { payloadOfHit, payloads } from '../fixtures/xss/payloads';
import { type Beacon, start as startBeacon } from './beacon-server';
import { type Desktop, startDesktop } from './desktop';
import { startFixtureServer } from './fixture-server';
import { openRestoredPanel } from './restored-panel';
import { type Launched, SCREENSHOTS, tempProfile } from './support';
import { SECRETS } from './test-backup';

/**
 * The XSS corpus clipped end to end, as a rep clips: a headed Chromium on a virtual
 * screen, every payload selected on a page of Acme's site and clipped with Alt+Shift+S, some
 * through the real context menu (as notes, through the client picker, as talking points), then
 * the timeline rendered again from IndexedDB; and a hostile company site captured into a new
 * account. A beacon server counts every request a payload would make if it ever ran or loaded;
 * the panel also reports dialogs, CSP violations, requests leaving the extension and
 * DOM-clobbered globals. All must stay at zero.
 */

/**
 * Payloads that leave a mark in the panel itself instead of hitting the beacon: a global set by
 * script, a dialog, a global made by DOM clobbering (an element with an id).
 */
const MARKS = [
  `<img src=x onerror="window.__xss=1">`,
  `<svg onload="alert('xss')">`,
  `<script>window.__xss=1</script>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<a id="__xss" href="javascript:alert('xss')">clobber</a>`,
  `<form id="__xss"><input name="x"></form>`,
];

/**
 * Elements a clip may render as: the timeline's and the talking points' own markup (their
 * suggested points: a heading and a list), nothing a payload brings.
 */
const TIMELINE_TAGS = new Set([
  'section',
  'header',
  'h2',
  'h3',
  'ul',
  'span',
  'button',
  'ol',
  'li',
  'article',
  'div',
  'p',
  'time',
  'a',
]);
/** Attributes the timeline's own markup uses. */
const SAFE_ATTRIBUTE =
  /^(class|id|href|target|rel|type|role|title|datetime|disabled|tabindex|data-kind|aria-[a-z]+)$/;
/** Elements that never belong in the panel's body, whatever screen it shows. */
const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, img, picture, source, video, audio, track, svg, math, portal, template, noscript, marquee, xmp, [srcdoc]';

let desktop: Desktop;
let beacon: Beacon;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let launched: Launched;
let cdp: Browser;
let panel: Page;
let corpus: string[];
const profile = tempProfile();
/** What the panel did that it must never do. */
const seen = { dialogs: [] as string[], requests: [] as string[], console: [] as string[] };
/** Dialogs the visited pages opened: none on the corpus page (the hostile site opens its own). */
const pageDialogs: string[] = [];

beforeAll(async () => {
  desktop = await startDesktop();
  beacon = await startBeacon();
  corpus = [...payloads(beacon.origin), ...MARKS];
  server = await startFixtureServer({ xssPayloads: corpus });
  ({ launched, cdp, panel } = await openRestoredPanel(profile.dir, desktop));
  await watchPanel(panel);
}, 60_000);

afterAll(async () => {
  await cdp?.close();
  await launched?.context.close();
  await server?.close();
  await beacon?.close();
  desktop?.stop();
  profile.cleanup();
});

/** Records the panel's dialogs, requests leaving the extension and CSP reports, now and after reloads. */
async function watchPanel(page: Page) {
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => {}); // gone with its page
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('chrome-extension://')) seen.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.console.push(message.text());
  });
  const listen = () => {
    const w = window as unknown as { __violations?: string[] };
    w.__violations ??= [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations?.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  };
  await page.addInitScript(listen);
  await page.evaluate(listen);
}

/** Opens `url` in a tab of its own; `focus`: gives its window the keyboard (xdotool finds it by title). */
async function visit(url: string, focus = true): Promise<Page> {
  const page = await launched.context.newPage();
  page.on('dialog', (dialog) => {
    pageDialogs.push(`${url}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {}); // gone with its page
  });
  await page.goto(url);
  await page.bringToFront();
  if (focus) await desktop.focus(page);
  return page;
}

async function select(page: Page, selector: string) {
  await page.evaluate((s) => {
    const el = document.querySelector(s)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selector);
}

/** The text each payload's paragraph gives as a selection (what the capture script reads). */
function selectionTexts(page: Page): Promise<string[]> {
  return page.evaluate((count) => {
    const texts: string[] = [];
    for (let n = 0; n < count; n++) {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(`p${n}`)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      texts.push(getSelection()!.toString());
    }
    getSelection()!.removeAllRanges();
    return texts;
  }, corpus.length);
}

const clientHeading = (name: string) => panel.getByRole('heading', { level: 1, name, exact: true });
const timeline = () => panel.getByRole('region', { name: /^Timeline/ });
const talkingPoints = () => panel.getByRole('region', { name: /^Talking points/ });
const clipCount = () => panel.locator('article[data-kind="clip"]').count();

async function waitForCount(locator: () => Locator, count: number) {
  await expect.poll(() => locator().count(), { timeout: 10_000, interval: 50 }).toBeGreaterThanOrEqual(count);
}

/** Every payload that reached the beacon, by its index and template. */
function beaconReport(): string[] {
  return beacon.hits().map((path) => {
    const n = payloadOfHit(path);
    return n === null ? path : `${path} ← payload ${n}: ${corpus[n]}`;
  });
}

/** No request, no dialog, no script ran, no CSP report: the whole trail of a payload running. */
async function expectNothingRan(where: string) {
  // Give a late load (an image, a refresh, a timer) its chance to reach the beacon.
  await panel.waitForTimeout(300);
  expect(beaconReport(), `${where}: beacon hits`).toEqual([]);
  expect(seen.dialogs, `${where}: dialogs`).toEqual([]);
  expect(seen.requests, `${where}: requests leaving the extension`).toEqual([]);
  expect(seen.console, `${where}: CSP reports in the console`).toEqual([]);
  const state = await panel.evaluate(() => ({
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
    flag: typeof (window as unknown as { __xss?: unknown }).__xss,
  }));
  expect(state.violations, `${where}: securitypolicyviolation events`).toEqual([]);
  expect(state.flag, `${where}: window.__xss`).toBe('undefined');
}

/**
 * The panel's body holds no element a payload could bring, and every link leaves for http(s) in a
 * new tab without an opener; within `scope` (the timeline) only the expected tags and attributes.
 */
async function expectInertDom(where: string, scope?: Locator) {
  const body = await panel.evaluate((forbidden) => {
    const links = [...document.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }));
    const handlers = [...document.body.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name) || (a.name === 'style' && /url\(|expression/i.test(a.value)))
        .map((a) => `${el.localName}[${a.name}]`),
    );
    return {
      forbidden: [...document.body.querySelectorAll(forbidden)].map((el) => el.outerHTML.slice(0, 200)),
      links,
      handlers,
    };
  }, FORBIDDEN);
  expect(body.forbidden, `${where}: forbidden elements`).toEqual([]);
  expect(body.handlers, `${where}: event-handler or url() attributes`).toEqual([]);
  for (const link of body.links) {
    if (link.href === null) continue;
    // The panel's own contact links write an email or call; every other link is a web page.
    expect(link.href, `${where}: link`).toMatch(/^(https?:\/\/|mailto:|tel:)/);
    if (!/^https?:/.test(link.href)) continue;
    expect(link.target, `${where}: ${link.href}`).toBe('_blank');
    expect(link.rel?.split(/\s+/).sort(), `${where}: ${link.href}`).toEqual(['noopener', 'noreferrer']);
  }
  if (!scope) return;
  const shape = await scope.evaluate((root) => {
    const all = [root, ...root.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((el) => el.localName))],
      attributes: [...new Set(all.flatMap((el) => [...el.attributes].map((a) => a.name)))],
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
    };
  });
  expect(
    shape.links.filter((href) => !/^https?:\/\//.test(href)),
    `${where}: links`,
  ).toEqual([]);
  expect(
    shape.tags.filter((tag) => !TIMELINE_TAGS.has(tag)),
    `${where}: unexpected elements`,
  ).toEqual([]);
  expect(
    shape.attributes.filter((name) => !SAFE_ATTRIBUTE.test(name)),
    `${where}: unexpected attributes`,
  ).toEqual([]);
}

/** The text each clip note shows, in the order the timeline lists them. */
function clipTexts(): Promise<string[]> {
  return panel
    .locator('article[data-kind="clip"]')
    .evaluateAll((articles) => articles.map((a) => a.querySelector(':scope > p')?.textContent ?? ''));
}

describe('the XSS corpus clipped end to end', () => {
  let page: Page;
  let selections: string[];

  it('counts a payload that runs: the same payloads as live HTML in a plain page reach the beacon', async () => {
    // Without this, "zero hits" below could mean a beacon that cannot count.
    const control = await launched.context.newPage();
    await control.setContent(`<!doctype html><body>${corpus[1]}${corpus[3]}</body>`);
    await expect.poll(() => beaconReport().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(beaconReport().some((hit) => hit.includes('← payload 1:'))).toBe(true);
    expect(beaconReport().some((hit) => hit.includes('← payload 3:'))).toBe(true);
    await control.close();
    beacon.clear();
  });

  it('shows the payloads on a page of the client’s site as text, running none', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100 + MARKS.length);
    page = await visit(server.url('blog.acme-logistics.com', '/xss'));
    await page.waitForLoadState('networkidle');
    await clientHeading(SECRETS.acmeName).waitFor();
    selections = await selectionTexts(page);
    // The page shows each payload literally (NUL is dropped by the HTML parser itself).
    expect(selections.map((s) => cleanSelection(s))).toEqual(
      corpus.map((p) => cleanSelection(p.replace(/\0/g, ''))),
    );
    expect(await page.evaluate(() => typeof (window as unknown as { __xss?: unknown }).__xss)).toBe(
      'undefined',
    );
    expect(pageDialogs).toEqual([]);
    await expectNothingRan('the page');
  }, 30_000);

  it('clips every payload with Alt+Shift+S into the open panel’s timeline, running none', async () => {
    const started = await clipCount();
    for (let n = 0; n < corpus.length; n++) {
      await select(page, `#p${n}`);
      desktop.key('alt+shift+s');
      await waitForCount(() => panel.locator('article[data-kind="clip"]'), started + n + 1);
    }
    await expectNothingRan('after the shortcut clips');
    const shown = await clipTexts();
    for (const [n, text] of selections.entries()) {
      expect(shown, `payload ${n} shown as text`).toContain(cleanSelection(text));
    }
    // The provenance line reads the heading above the selection, as text too.
    await timeline()
      .getByText(`under “Payload 16: ${cleanSelection(corpus[16]!)}”`)
      .first()
      .waitFor();
    await expectInertDom('timeline, after the shortcut clips', timeline());
    await timeline().locator('article').nth(3).scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(SCREENSHOTS, 'xss-timeline.png') });
  }, 90_000);

  it('clips through the real context menu: to the client’s file, through the picker, as talking points', async () => {
    const byMenu = async (n: number, keys: string[]) => {
      await select(page, `#p${n}`);
      await desktop.contextMenu(page, `#p${n}`);
      // Inspect is last, Dossier's submenu above it: "Add to <client>'s file", "Add to a
      // client's file…", "Add as a talking point for <client>", "Add as a pricing note for …".
      desktop.key('Up', 'Up', 'Right', ...keys, 'Return');
    };
    // As notes of the client's file.
    for (const n of [15, 26, 56]) {
      const before = await clipCount();
      await byMenu(n, []);
      await waitForCount(() => panel.locator('article[data-kind="clip"]'), before + 1);
    }
    // "Add to a client's file…": the picker quotes the payload in its label.
    const picked = 86;
    const before = await clipCount();
    await byMenu(picked, ['Down']);
    const option = panel.getByRole('option', { name: new RegExp(SECRETS.acmeName.replace(/[()]/g, '\\$&')) });
    await option.first().waitFor();
    const clipped = cleanSelection(selections[picked]!);
    const quoted = clipped.length > 80 ? `${clipped.slice(0, 79)}…` : clipped;
    await panel.getByText(`Which client's file should “${quoted}” go to?`, { exact: true }).first().waitFor();
    await expectNothingRan('the client picker quoting a payload');
    await expectInertDom('the client picker');
    await option.first().click();
    await waitForCount(() => panel.locator('article[data-kind="clip"]'), before + 1);
    // Talking points.
    const points = [26, 27, 56, 86, 119, corpus.length - 2];
    for (const [i, n] of points.entries()) {
      await byMenu(n, ['Down', 'Down']);
      await waitForCount(() => talkingPoints().locator(':scope > ol > li'), 1 + i + 1);
    }
    await expectNothingRan('after the context-menu clips');
    for (const n of points) {
      const text = cleanSelection(selections[n]!.replace(/\s*\n\s*/g, ' '), SHORT_TEXT_MAX);
      await talkingPoints().getByText(text, { exact: true }).first().waitFor();
    }
    await expectInertDom('talking points', talkingPoints());
    await expectInertDom('timeline', timeline());
  }, 90_000);

  it('renders them again from IndexedDB after a reload, running none', async () => {
    const total = await clipCount();
    await panel.reload();
    await clientHeading(SECRETS.acmeName).waitFor();
    await waitForCount(() => panel.locator('article[data-kind="clip"]'), total);
    expect(await clipCount()).toBe(total);
    await expectNothingRan('after the reload');
    await expectInertDom('timeline, after the reload', timeline());
    await expectInertDom('talking points, after the reload', talkingPoints());
    const shown = await clipTexts();
    for (const [n, text] of selections.entries()) {
      expect(shown, `payload ${n} shown as text after the reload`).toContain(cleanSelection(text));
    }
    await page.close();
  }, 60_000);

  it('creates an account from a hostile company site, running none', async () => {
    // Its title is not one xdotool can search windows by; the panel's button needs no keyboard.
    const site = await visit(server.url('www.hostile-corp.example', '/about'), false);
    await panel.getByRole('button', { name: 'Create account from this site' }).click();
    await panel.getByRole('heading', { name: 'Create an account from this site' }).waitFor();
    await panel.getByText('Hostile Corp Ltd.').first().waitFor();
    await expectNothingRan('the site preview');
    await expectInertDom('the site preview');
    await panel.getByRole('button', { name: 'Create account', exact: true }).click();
    await clientHeading('Hostile Corp').waitFor();
    await expectNothingRan('the new account’s file');
    await expectInertDom('the new account’s file');
    await panel.reload();
    await clientHeading('Hostile Corp').waitFor();
    await expectNothingRan('the new account’s file, reloaded');
    await expectInertDom('the new account’s file, reloaded');
    await site.close();
  }, 60_000);
});
