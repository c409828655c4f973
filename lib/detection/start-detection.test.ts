import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import { OPEN_PANEL_COMMAND } from '../platform/side-panel';
import type { PageSignals } from './core/signals';
import { startDetection } from './start-detection';

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  await createAccount(db, accountDraft({ name: 'Acme Logistics', websiteDomains: ['acme-logistics.com'] }));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const URL_ = 'https://www.acme-logistics.com/about';
const signals: PageSignals = {
  source: 'generic',
  url: URL_,
  host: 'www.acme-logistics.com',
  title: 'About Acme Logistics',
  subject: '',
  people: [],
  selfEmail: '',
  mailtos: [],
  organizations: [],
  text: 'Acme Logistics moves freight.',
};

/** Our content script in the tab's top frame, as the browser names it. */
const senderOf = (tab: { id?: number }): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  tab: { ...(tab as Browser.tabs.Tab), url: URL_ },
  frameId: 0,
  url: URL_,
});

/** A browser event for what fakeBrowser lacks (permission changes, commands); `trigger` fires it. */
function browserEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (listener: (...args: A) => unknown) => void listeners.push(listener),
    removeListener: () => {},
    hasListener: () => false,
    trigger: async (...args: A) => {
      for (const listener of listeners) await listener(...args);
    },
  };
}

/**
 * A tab on Acme's site that no host permission covers, whose injected script sends the page's
 * signals before `executeScript` returns — as the real one does. Resolves what the background
 * answered those signals.
 */
async function setUp() {
  const tab = await fakeBrowser.tabs.create({ url: URL_ });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  const onCommand = browserEvent<[string, typeof tab]>();
  Object.assign(fakeBrowser.permissions, { onAdded: browserEvent(), onRemoved: browserEvent() });
  Object.assign(fakeBrowser, { commands: { onCommand } });
  const handlers = startDetection(db);
  const answers: number[] = [];
  const sender = senderOf(tab);
  const executeScript = vi.fn(async () => {
    answers.push((await handlers['page/signals'](signals, sender)).matched);
    return [];
  });
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript,
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => {},
      updateContentScripts: async () => {},
      unregisterContentScripts: async () => {},
    },
  });
  return { tab, handlers, answers, executeScript, onCommand };
}

describe('a scan the rep asks for on a page no host permission covers (activeTab)', () => {
  it('matches the signals the injected script sends before the injection returns', async () => {
    const { tab, handlers, answers } = await setUp();
    expect(await handlers['tab/scan']({ tabId: tab.id! }, {})).toEqual({ status: 'scanned' });
    expect(answers).toEqual([1]);
  });

  it('is what the panel shortcut does too, on the page it was pressed on', async () => {
    const { tab, answers, executeScript, onCommand } = await setUp();
    await onCommand.trigger(OPEN_PANEL_COMMAND, tab);
    await vi.waitFor(() => expect(answers).toEqual([1]));
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: tab.id },
      files: ['/content-reader.js'],
    });
  });

  it('refuses signals from a page neither asked for nor granted', async () => {
    const { tab, handlers } = await setUp();
    expect(await handlers['page/signals'](signals, senderOf(tab))).toEqual({ matched: 0 });
  });
});
