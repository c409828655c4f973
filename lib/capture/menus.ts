import { browser } from 'wxt/browser';
import { getTabMatches } from '../detection/tab-matches';
import { translate } from '../platform/translate';
import { type MenuItem, type MenuState, menuItems, menuTitle } from './core/menu-model';

/** Chrome's `contextMenus`; Firefox's `menus` (the same API, with the `menus` permission). */
export function menusApi(): typeof browser.contextMenus {
  const firefox = (browser as unknown as { menus?: typeof browser.contextMenus }).menus;
  return firefox ?? browser.contextMenus;
}

/** An account's name by id (null when it no longer exists). */
export type NameOf = (accountId: string) => Promise<string | null>;

let created: Promise<void> | null = null;

/** Creates the entries once per background start (Firefox forgets them; Chrome keeps ids unique). */
export function createMenus(): Promise<void> {
  created ??= (async () => {
    const api = menusApi();
    await api.removeAll();
    for (const item of menuItems({ client: null, webmailMessage: false }, translate)) {
      await new Promise<void>((resolve) => {
        api.create(toProperties(item), () => {
          void browser.runtime.lastError; // read, so Chrome does not log it as unchecked
          resolve();
        });
      });
    }
  })();
  return created;
}

/** What the menus should say for a tab: its best-matched client, and whether it is a message. */
export async function menuStateOf(tabId: number, nameOf: NameOf): Promise<MenuState> {
  const result = await getTabMatches(tabId);
  const top = result?.matches[0];
  const name = top ? await nameOf(top.accountId) : null;
  return {
    client: top && name ? { id: top.accountId, name } : null,
    webmailMessage: result !== null && result.source !== 'generic' && result.people.length > 0,
  };
}

/** Retitles and shows/hides the entries for the tab the rep is looking at. */
export async function refreshMenus(tabId: number, nameOf: NameOf): Promise<void> {
  await createMenus();
  const api = menusApi();
  const state = await menuStateOf(tabId, nameOf);
  for (const item of menuItems(state, translate)) {
    const { id, ...properties } = toProperties(item);
    try {
      await api.update(id as string, properties);
    } catch {
      // removed meanwhile (extension reload); the next refresh recreates
    }
  }
}

function toProperties(item: MenuItem) {
  return {
    id: item.id,
    title: menuTitle(item.title),
    contexts: item.contexts,
    visible: item.visible,
  };
}
