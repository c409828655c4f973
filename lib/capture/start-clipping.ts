import { browser } from 'wxt/browser';
import { getAccount } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import { createNote } from '../db/notes';
import { createTalkingPoint } from '../db/talking-points';
import { getTabMatches, watchTabMatches } from '../detection/tab-matches';
import type { Handlers } from '../messaging/router';
import { openPopupInGesture, restoreDefaultPopup } from '../platform/popup';
import { openPanelInGesture } from '../platform/side-panel';
import { type ClipTarget, clipNoteDraft, clipTalkingPointDraft, provenanceOf } from './core/clip';
import { extractCompany } from './core/company';
import { MENU_IDS } from './core/menu-model';
import { capturedPageSchema } from './core/page-schema';
import { capturedSelectionSchema } from './core/selection-schema';
import { CAPTURE_SCRIPTS, runCaptureScript } from './inject';
import { createMenus, menusApi, type NameOf, refreshMenus } from './menus';
import { type CaptureRequest, type CaptureSurface, publishCapture, writeFailure } from './pending';

/** Keyboard commands of the capture gestures (declared in wxt.config.ts). */
export const CAPTURE_COMMANDS = { quickNote: 'quick-note', clip: 'clip-selection' } as const;

type ClippingHandlers = Pick<Handlers, 'capture/site'>;

/** A tab as the gesture's event gives it. */
interface GestureTab {
  id?: number;
  windowId?: number;
  url?: string;
  title?: string;
}

/**
 * Capture in the background: the context-menu entries (retitled for the active tab's client),
 * the quick-note and clip shortcuts, and the site capture the side panel asks for. Each gesture
 * opens the panel (the quick note: the popup) at once, while the gesture lasts; reads the page with
 * an injected script (allowed by the gesture's `activeTab`); writes what needs no decision; and
 * hands the rest to that window's panel or popup.
 */
export function startClipping(db: DossierDatabase): ClippingHandlers {
  const nameOf: NameOf = async (id) => (await getAccount(db, id))?.name ?? null;
  restoreDefaultPopup();
  void createMenus().catch(() => {});

  const refreshActive = async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined) await refreshMenus(tab.id, nameOf);
  };
  browser.tabs.onActivated.addListener(({ tabId }) => void refreshMenus(tabId, nameOf).catch(() => {}));
  watchTabMatches(() => void refreshActive().catch(() => {}));

  /** The quick note goes to the popup: it takes the keyboard at once (an open panel leaves it in the page). */
  const quickNoteInGesture = (tab: GestureTab | undefined) => {
    const popup = openPopupInGesture(tab?.windowId, () => void quickNote(tab ?? {}, 'panel'), true);
    if (!popup) openPanelInGesture(tab?.windowId);
    void quickNote(tab ?? {}, popup ? 'popup' : 'panel').catch(() => {});
  };

  menusApi().onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_IDS.quickNote) return quickNoteInGesture(tab);
    openPanelInGesture(tab?.windowId);
    void onMenu(String(info.menuItemId), tab ?? {}, info.frameId, info.selectionText ?? '').catch(() => {});
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== CAPTURE_COMMANDS.quickNote && command !== CAPTURE_COMMANDS.clip) return;
    if (command === CAPTURE_COMMANDS.quickNote) return quickNoteInGesture(tab);
    openPanelInGesture(tab?.windowId);
    // Older Firefox passes no tab with a command: then it is the active one.
    const target = tab
      ? Promise.resolve(tab)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active ?? {});
    void target.then((t) => clipShortcut(t)).catch(() => {});
  });

  async function topMatches(tabId: number | undefined): Promise<string[]> {
    if (tabId === undefined) return [];
    return (await getTabMatches(tabId))?.matches.map((m) => m.accountId) ?? [];
  }

  async function onMenu(id: string, tab: GestureTab, frameId: number | undefined, selectionText: string) {
    const windowId = tab.windowId ?? browser.windows.WINDOW_ID_CURRENT;
    const matched = await topMatches(tab.id);
    switch (id) {
      case MENU_IDS.clipNote:
        return clip(tab, frameId, selectionText, 'note', matched[0] ?? null, matched);
      case MENU_IDS.clipNotePick:
        return clip(tab, frameId, selectionText, 'note', null, matched);
      case MENU_IDS.clipPoint:
        return clip(tab, frameId, selectionText, 'talkingPoint', matched[0] ?? null, matched);
      case MENU_IDS.clipPrice:
        return clip(tab, frameId, selectionText, 'pricingNote', matched[0] ?? null, matched);
      case MENU_IDS.people:
        if (tab.id !== undefined && matched[0])
          await publishCapture(windowId, { kind: 'people', tabId: tab.id, accountId: matched[0] });
        return;
      case MENU_IDS.site:
        return captureSite(tab, matched[0] ?? null);
    }
  }

  /** The quick note for a tab's page, shown by the popup or, where it cannot open, the panel. */
  async function quickNote(tab: GestureTab, surface: CaptureSurface) {
    const windowId = tab.windowId ?? (await browser.windows.getCurrent()).id ?? -1;
    const matched = await topMatches(tab.id);
    await publishCapture(windowId, { kind: 'quickNote', page: pageOf(tab), accountIds: matched }, surface);
  }

  async function clipShortcut(tab: GestureTab) {
    const matched = await topMatches(tab.id);
    // The clip shortcut clips to the page's one client; with none or several the rep picks.
    await clip(tab, undefined, '', 'note', matched.length === 1 ? matched[0]! : null, matched);
  }

  async function clip(
    tab: GestureTab,
    frameId: number | undefined,
    selectionText: string,
    target: ClipTarget,
    accountId: string | null,
    matched: string[],
  ) {
    const windowId = tab.windowId ?? browser.windows.WINDOW_ID_CURRENT;
    const read =
      tab.id === undefined
        ? null
        : await runCaptureScript(tab.id, frameId, CAPTURE_SCRIPTS.selection, capturedSelectionSchema);
    // A page we may not script (a PDF, another extension's page): the menu's own text still counts.
    const captured =
      read?.status === 'ok' && read.value.text.trim()
        ? read.value
        : { url: tab.url ?? '', title: tab.title ?? '', text: selectionText, heading: '', email: null };
    if (!captured.text.trim()) return publishCapture(windowId, { kind: 'failed', reason: 'noSelection' });
    if (!/^https?:\/\//i.test(captured.url))
      return publishCapture(windowId, { kind: 'failed', reason: 'unsupported' });
    const source = provenanceOf(captured, new Date());
    if (accountId === null)
      return publishCapture(windowId, { kind: 'pick', target, source, accountIds: matched });
    if (target === 'pricingNote') return publishCapture(windowId, { kind: 'pricingNote', accountId, source });
    try {
      // Written here, before the panel says anything: the clip is in IndexedDB first.
      const row =
        target === 'note'
          ? await createNote(db, clipNoteDraft(accountId, source))
          : await createTalkingPoint(db, clipTalkingPointDraft(accountId, source));
      await publishCapture(windowId, { kind: 'clipped', target, accountId, rowId: row.id });
    } catch (error) {
      // The one write was refused whole: nothing is stored, and the panel says why.
      await publishCapture(windowId, { kind: 'failed', reason: writeFailure(error) });
    }
  }

  async function readSite(tabId: number) {
    const read = await runCaptureScript(tabId, undefined, CAPTURE_SCRIPTS.site, capturedPageSchema);
    if (read.status !== 'ok') return read;
    const page = read.value;
    return {
      status: 'ok' as const,
      page: { url: page.url, title: page.title },
      extract: extractCompany(page),
    };
  }

  async function captureSite(tab: GestureTab, accountId: string | null) {
    const windowId = tab.windowId ?? browser.windows.WINDOW_ID_CURRENT;
    if (tab.id === undefined) return;
    const site = await readSite(tab.id);
    const request: CaptureRequest =
      site.status === 'ok'
        ? { kind: 'site', page: site.page, extract: site.extract, accountId }
        : { kind: 'failed', reason: site.status };
    await publishCapture(windowId, request);
  }

  return {
    'capture/site': async ({ tabId }) => readSite(tabId),
  };
}

function pageOf(tab: GestureTab) {
  return tab.url && /^https?:\/\//i.test(tab.url) ? { url: tab.url, title: tab.title ?? '' } : null;
}
