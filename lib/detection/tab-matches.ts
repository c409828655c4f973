import { browser } from 'wxt/browser';
import { isObject, storageItem } from '../model/storage-items';
import { getItem, removeItem, setItem } from '../platform/storage';
import type { AccountMatch } from './core/matcher';
import type { MessagePerson, SignalSource } from './core/signals';

/**
 * What the background found on one tab, kept in `storage.session`: in memory, readable only by
 * this extension's own pages (never by content scripts), cleared when the browser closes, and
 * still there when the service worker restarts.
 */
export interface TabMatches {
  tabId: number;
  url: string;
  host: string;
  title: string;
  source: SignalSource;
  scannedAt: string;
  /** Most relevant first. */
  matches: AccountMatch[];
  /**
   * The sender of the open message when no client file knows them (not the rep, not a colleague,
   * not a known contact): the side panel offers to create an account or add them as a contact.
   */
  unknownSender: UnknownSenderDetails | null;
  /** Webmail: the open message's subject ('' elsewhere). */
  subject: string;
  /** Webmail: the people on the open message other than the rep (to add them as contacts). */
  people: MessagePerson[];
}

/** An unknown sender, with what their email signature says (empty fields when it says nothing). */
export interface UnknownSenderDetails {
  email: string;
  name: string;
  title: string;
  company: string;
  phones: string[];
}

const PREFIX = 'tabMatches:';
/** A tab's slot in `storage.session`: its result, or null for none (or one of the wrong shape). */
const slotOf = (tabId: number) => storageItem('session', `${PREFIX}${tabId}`, readTabMatches);

function readTabMatches(stored: unknown): TabMatches | null {
  return isObject(stored) && typeof stored.tabId === 'number' && Array.isArray(stored.matches)
    ? (stored as unknown as TabMatches)
    : null;
}

export async function saveTabMatches(result: TabMatches): Promise<void> {
  await setItem(slotOf(result.tabId), result);
}

export function getTabMatches(tabId: number): Promise<TabMatches | null> {
  return getItem(slotOf(tabId));
}

export async function clearTabMatches(tabId: number): Promise<void> {
  await removeItem(slotOf(tabId));
}

/** Calls back with a tab's new result (or null when cleared) whenever the background changes it. */
export function watchTabMatches(onChange: (tabId: number, result: TabMatches | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(PREFIX)) continue;
      onChange(Number(key.slice(PREFIX.length)), readTabMatches(change.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
