/**
 * The site adapters, in priority order, and the one entry a content script calls:
 * `readPageSignals(document, new URL(location.href))`.
 */
import { fitSignals, type PageSignals } from '../core/signals';
import type { SiteAdapter } from './adapter';
import { exmail } from './exmail';
import { generic } from './generic';
import { gmail } from './gmail';
import { netease } from './netease';
import { outlook } from './outlook';
import { qqmail } from './qqmail';

/** Webmail adapters by host first; `generic` last, as it matches every page. */
export const ADAPTERS: readonly SiteAdapter[] = [gmail, outlook, exmail, qqmail, netease, generic];

/** The first adapter that claims `url` (host and path only); `generic` when no webmail does. */
export function pickAdapter(url: URL): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? generic;
}

/**
 * The signals of `doc`, shown at `url`, read by the adapter for that URL and fitted to what the
 * background accepts (`fitSignals`). When a webmail adapter throws (markup it does not expect),
 * or finds no message where the URL says one is open, the page is read as a generic page instead.
 */
export function readPageSignals(doc: Document, url: URL): PageSignals {
  return fitSignals(readWithAdapter(doc, url));
}

function readWithAdapter(doc: Document, url: URL): PageSignals {
  const adapter = pickAdapter(url);
  if (adapter === generic) return generic.read(doc, url);
  let signals: PageSignals;
  try {
    signals = adapter.read(doc, url);
  } catch {
    return generic.read(doc, url);
  }
  // No message found where one is open (a layout the adapter does not know yet): read it as any
  // page is read — addresses, mailto links, text — rather than not at all. An inbox list stays unread.
  const found = signals.people.length > 0 || signals.text !== '';
  if (!found && (adapter.showsMessage?.(url) ?? true)) return generic.read(doc, url);
  return signals;
}
