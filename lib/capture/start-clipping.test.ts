// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { saveTabMatches, type TabMatches } from '../detection/tab-matches';
import { MENU_IDS } from './core/menu-model';
import { type PendingCapture, takePendingCapture } from './pending';
import { CAPTURE_COMMANDS, startClipping } from './start-clipping';

/** An extension event the test can fire (fakeBrowser has no commands, menus, scripting or action). */
function event<Args extends unknown[]>() {
  const listeners: ((...args: Args) => unknown)[] = [];
  return {
    addListener: (l: (...args: Args) => unknown) => void listeners.push(l),
    removeListener: () => {},
    hasListener: () => listeners.length > 0,
    fire: (...args: Args) => {
      for (const l of listeners) l(...args);
    },
  };
}

const PAGE = 'https://www.acme-logistics.com/news/suzhou-hub';
const WINDOW = 4;
let db: DossierDatabase;
let acme: string;
let tabId: number;
let selection: unknown;
type GestureTab = { id?: number; windowId?: number; url?: string; title?: string };
type MenuInfo = { menuItemId: string; frameId?: number; selectionText?: string };
let onCommand = event<[string, GestureTab?]>();
let onClicked = event<[MenuInfo, GestureTab]>();
const openPanel = vi.fn(async (_: { windowId: number }) => {});
/** The popup calls in order: `open` or the address set. */
let popupCalls: string[] = [];
const openPopup = vi.fn(async () => {
  popupCalls.push('open');
});
const setPopup = async ({ popup }: { popup: string }) => {
  popupCalls.push(popup);
};
const executeScript = vi.fn(async () => [{ result: selection }]);

beforeEach(async () => {
  fakeBrowser.reset();
  onCommand = event();
  onClicked = event();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  Object.defineProperty(fakeBrowser, 'commands', { value: { onCommand }, configurable: true });
  const menus = {
    onClicked,
    create: (_: unknown, done?: () => void) => done?.(),
    removeAll: async () => {},
    update: async () => {},
  };
  Object.defineProperty(fakeBrowser, 'contextMenus', { value: menus, configurable: true });
  Object.defineProperty(fakeBrowser, 'menus', { value: menus, configurable: true });
  Object.defineProperty(fakeBrowser, 'scripting', { value: { executeScript }, configurable: true });
  Object.defineProperty(fakeBrowser, 'action', { value: { openPopup, setPopup }, configurable: true });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    action: { default_popup: 'popup.html' },
  } as never);
  popupCalls = [];
  Object.defineProperty(fakeBrowser, 'sidePanel', { value: { open: openPanel }, configurable: true });
  openPopup.mockClear();
  openPanel.mockClear();
  executeScript.mockClear();

  db = openTestDatabase();
  acme = (await createAccount(db, accountDraft({ name: 'Acme Logistics' }))).id;
  tabId = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
  selection = {
    url: PAGE,
    title: 'Acme news',
    text: 'Acme opens a cold-chain hub in Suzhou',
    heading: 'News',
    email: null,
  };
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function matchedOn(accountIds: string[]): TabMatches {
  return {
    tabId,
    url: PAGE,
    host: 'www.acme-logistics.com',
    title: 'Acme news',
    source: 'generic',
    scannedAt: '2026-12-04T09:00:00.000Z',
    matches: accountIds.map(
      (accountId) => ({ accountId, reasons: [] }) as unknown as TabMatches['matches'][0],
    ),
    unknownSender: null,
    subject: '',
    people: [],
  };
}

/** What the gesture handed to the window's panel (or popup), once the background is done with it. */
async function handed(surface: 'panel' | 'popup' = 'panel'): Promise<PendingCapture['request']> {
  let pending: PendingCapture | null = null;
  await vi.waitFor(async () => {
    pending = await takePendingCapture(WINDOW, surface);
    expect(pending).not.toBeNull();
  });
  return pending!.request;
}

describe('startClipping', () => {
  it('the clip shortcut on the page of one client writes the selection into its file before the panel says so', async () => {
    await saveTabMatches(matchedOn([acme]));
    startClipping(db);
    onCommand.fire(CAPTURE_COMMANDS.clip, { id: tabId, windowId: WINDOW, url: PAGE });
    expect(openPanel).toHaveBeenCalledWith({ windowId: WINDOW });
    const request = await handed();
    expect(request).toMatchObject({ kind: 'clipped', target: 'note', accountId: acme });
    const [note] = await db.notes.where('accountId').equals(acme).toArray();
    expect(note).toMatchObject({ kind: 'clip', text: 'Acme opens a cold-chain hub in Suzhou' });
    expect(note?.source?.url).toBe(PAGE);
    expect(request.kind === 'clipped' && request.rowId).toBe(note?.id);
  });

  it('with no client or several, the rep picks; nothing is written', async () => {
    startClipping(db);
    onCommand.fire(CAPTURE_COMMANDS.clip, { id: tabId, windowId: WINDOW, url: PAGE });
    expect(await handed()).toMatchObject({ kind: 'pick', target: 'note', accountIds: [] });
    expect(await db.notes.count()).toBe(0);
  });

  it('nothing selected is said, not clipped', async () => {
    selection = { ...(selection as object), text: '   ' };
    await saveTabMatches(matchedOn([acme]));
    startClipping(db);
    onMenuClick(MENU_IDS.clipNote);
    expect(await handed()).toEqual({ kind: 'failed', reason: 'noSelection' });
    expect(await db.notes.count()).toBe(0);
  });

  it('“Add as a talking point” writes one for the page’s client; the pricing entry opens the prefilled form', async () => {
    await saveTabMatches(matchedOn([acme]));
    startClipping(db);
    onMenuClick(MENU_IDS.clipPoint);
    expect(await handed()).toMatchObject({ kind: 'clipped', target: 'talkingPoint', accountId: acme });
    expect(await db.talkingPoints.where('accountId').equals(acme).count()).toBe(1);
    onMenuClick(MENU_IDS.clipPrice);
    expect(await handed()).toMatchObject({ kind: 'pricingNote', accountId: acme, source: { url: PAGE } });
    expect(await db.pricingNotes.count()).toBe(0);
  });

  it('the quick-note shortcut opens the popup within the gesture and hands it the page and its clients', async () => {
    await saveTabMatches(matchedOn([acme]));
    startClipping(db);
    onCommand.fire(CAPTURE_COMMANDS.quickNote, {
      id: tabId,
      windowId: WINDOW,
      url: PAGE,
      title: 'Acme news',
    });
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await handed('popup')).toEqual({
      kind: 'quickNote',
      page: { url: PAGE, title: 'Acme news' },
      accountIds: [acme],
    });
    // Opened at the quick note's address (its first screen is the box), then the button's own again.
    expect(popupCalls).toEqual(['popup.html', 'popup.html#note', 'open', 'popup.html']);
  });

  it('a page the browser does not let us script: the menu’s own selection text still clips', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await saveTabMatches(matchedOn([acme]));
    startClipping(db);
    onClicked.fire(
      { menuItemId: MENU_IDS.clipNote, selectionText: 'Tender closes Friday' },
      { id: tabId, windowId: WINDOW, url: PAGE, title: 'Acme news' },
    );
    expect(await handed()).toMatchObject({ kind: 'clipped', accountId: acme });
    const [note] = await db.notes.toArray();
    expect(note?.text).toBe('Tender closes Friday');
  });
});

function onMenuClick(menuItemId: string) {
  onClicked.fire({ menuItemId, selectionText: '' }, { id: tabId, windowId: WINDOW });
}
