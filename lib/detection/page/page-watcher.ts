import type { PageSignals } from '../core/signals';

/** Quiet time after the last DOM change before the page is read again (trailing debounce). */
export const DEBOUNCE_MS = 150;
/** A page that never stops changing (a ticker, a live feed) is still read this often at most. */
export const MAX_WAIT_MS = 2_000;

/** Everything the watcher touches outside itself, passed in so tests need no browser. */
export interface PageWatcherHost {
  /** Reads the page as it is now: `readPageSignals(document, new URL(location.href))`. */
  read(): PageSignals;
  /** Sends signals to the background: `sendMessage('page/signals', signals)`. */
  send(signals: PageSignals): Promise<unknown>;
  schedule(run: () => void, ms: number): number;
  cancel(id: number): void;
  /** Starts watching the DOM for changes; returns the disconnect. */
  observe(onChange: () => void): () => void;
  /** Adds an event listener for the life of the watcher (removed by `onStop`). */
  listen(target: EventTarget, type: string, handler: () => void): void;
  /** False once the extension was updated or removed under the page (no runtime any more). */
  isAlive(): boolean;
  /** Called once the watcher stopped: remove the listeners, forget the running copy. */
  onStop?(): void;
}

export interface PageWatcher {
  /** Reads and sends the page now, then follows navigation, DOM changes and visibility. */
  start(): void;
  /** Reads the page now; sends only if it changed, or always when `force` (a second injection). */
  rescan(force?: boolean): void;
  /** Disconnects the observer and cancels the timer; nothing is read or sent afterwards. */
  stop(): void;
  readonly active: boolean;
}

/**
 * Back/forward and in-page anchors. A single-page app's own navigation (`pushState`) changes the
 * DOM as it shows the new view, which the observer sees; the URL is part of what is compared.
 */
const NAVIGATION_EVENTS = ['popstate', 'hashchange'] as const;

/**
 * Watches the top frame and sends its signals whenever what the rep sees changes. One
 * MutationObserver whose callback only stamps the time; one timer at most; nothing runs while the
 * tab is hidden or after the page settles (no polling). Writes nothing to the page.
 */
export function createPageWatcher(host: PageWatcherHost): PageWatcher {
  let active = false;
  let lastSent = '';
  let timer: number | undefined;
  let firstChange = 0;
  let lastChange = 0;
  let disconnect: (() => void) | undefined;

  const isHidden = () => document.visibilityState === 'hidden';

  // The MutationObserver callback: two assignments and a comparison, whatever the batch size.
  const onChange = () => {
    lastChange = Date.now();
    if (timer !== undefined) return;
    firstChange = lastChange;
    timer = host.schedule(flush, DEBOUNCE_MS);
  };

  function flush() {
    timer = undefined;
    const now = Date.now();
    const quiet = now - lastChange;
    if (quiet < DEBOUNCE_MS && now - firstChange < MAX_WAIT_MS) {
      timer = host.schedule(flush, DEBOUNCE_MS - quiet);
      return;
    }
    rescan();
  }

  function rescan(force = false) {
    if (!active) return;
    if (!host.isAlive()) return stop();
    let signals: PageSignals;
    try {
      signals = host.read();
    } catch {
      return; // a page mid-rewrite; the next change reads it again
    }
    const print = fingerprint(signals);
    if (!force && print === lastSent) return;
    lastSent = print;
    host.send(signals).catch(() => {
      // The extension was updated or removed: this copy of the script has no one to talk to.
      // Any other refusal (a payload the background rejects) is not retried until the page changes.
      if (!host.isAlive()) stop();
    });
  }

  function watchDom() {
    disconnect ??= host.observe(onChange);
  }

  function unwatchDom() {
    disconnect?.();
    disconnect = undefined;
    if (timer !== undefined) host.cancel(timer);
    timer = undefined;
  }

  // The new view renders after the URL changes: read it once the DOM settles, like any change.
  function onNavigate() {
    if (active && !isHidden()) onChange();
  }

  function onVisibility() {
    if (!active) return;
    if (isHidden()) return unwatchDom();
    watchDom();
    rescan();
  }

  function stop() {
    if (!active) return;
    active = false;
    unwatchDom();
    host.onStop?.();
  }

  return {
    start() {
      if (active) return;
      active = true;
      for (const type of NAVIGATION_EVENTS) host.listen(window, type, onNavigate);
      host.listen(document, 'visibilitychange', onVisibility);
      if (isHidden()) return; // a background tab: read it when the rep looks at it
      watchDom();
      rescan();
    },
    rescan,
    stop,
    get active() {
      return active;
    },
  };
}

/** Watches the whole document for added, removed and edited nodes; returns the disconnect. */
export function observeDocument(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

/** What decides "the page changed": the URL, the open message, and a hash of the text. */
export function fingerprint(s: PageSignals): string {
  return JSON.stringify([
    s.url,
    s.title,
    s.subject,
    s.selfEmail,
    s.people,
    s.mailtos,
    s.organizations,
    s.text.length,
    hashText(s.text),
  ]);
}

/** FNV-1a over UTF-16 code units: ~2 ms for the 1 MB text cap, and no allocation. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
