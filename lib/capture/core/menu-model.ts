import type { MessageKey } from '../../model/messages';
/**
 * The context-menu entries Dossier adds, as data: which exist, their titles and when they show.
 * Pure, so the wording and the visibility rules are unit-tested; `menus.ts` applies them.
 */

export const MENU_IDS = {
  clipNote: 'dossier-clip-note',
  clipNotePick: 'dossier-clip-note-pick',
  clipPoint: 'dossier-clip-point',
  clipPrice: 'dossier-clip-price',
  site: 'dossier-site',
  people: 'dossier-people',
  quickNote: 'dossier-quick-note',
} as const;
export type MenuId = (typeof MENU_IDS)[keyof typeof MENU_IDS];

export type MenuContext = 'selection' | 'page';

export interface MenuItem {
  id: MenuId;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
  visible: boolean;
}

/** What the menus depend on: the active tab's best-matched client, and what kind of page it is. */
export interface MenuState {
  /** The client the page is about (the first match), or null. */
  client: { id: string; name: string } | null;
  /** The page is an open webmail message with people on it. */
  webmailMessage: boolean;
}

type Translate = (key: MessageKey, subs?: string[]) => string;

/** Names in a menu title stay short: a long legal name would make the menu as wide as the screen. */
function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

export function menuItems(state: MenuState, t: Translate): MenuItem[] {
  const name = state.client ? shortName(state.client.name) : '';
  const has = state.client !== null;
  return [
    { id: MENU_IDS.clipNote, title: t('menu.clipTo', [name]), contexts: ['selection'], visible: has },
    { id: MENU_IDS.clipNotePick, title: t('menu.clipPick'), contexts: ['selection'], visible: true },
    {
      id: MENU_IDS.clipPoint,
      title: has ? t('menu.pointFor', [name]) : t('menu.pointPick'),
      contexts: ['selection'],
      visible: true,
    },
    {
      id: MENU_IDS.clipPrice,
      title: has ? t('menu.priceFor', [name]) : t('menu.pricePick'),
      contexts: ['selection'],
      visible: true,
    },
    {
      id: MENU_IDS.people,
      title: t('menu.people', [name]),
      contexts: ['page'],
      visible: has && state.webmailMessage,
    },
    {
      id: MENU_IDS.site,
      title: has ? t('menu.siteUpdate', [name]) : t('menu.siteCreate'),
      contexts: ['page'],
      visible: !state.webmailMessage,
    },
    { id: MENU_IDS.quickNote, title: t('menu.quickNote'), contexts: ['page'], visible: true },
  ];
}

/** Escapes `&` so Chrome does not read it as an access-key marker in a client's name. */
export function menuTitle(title: string): string {
  return title.replace(/&/g, '&&');
}
