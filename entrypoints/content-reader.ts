import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageWatcher, observeDocument, type PageWatcher } from '../lib/detection/page/page-watcher';
import { runtimeAlive, sendPageSignals } from '../lib/detection/page/runtime';
import { readPageSignals } from '../lib/detection/readers';

/** In this isolated world only (the page cannot see it): the watcher of the running copy. */
const RUNNING = Symbol.for('dossier.pageWatcher');
type Slot = { [RUNNING]?: PageWatcher };

/**
 * Reads the page the rep is on and sends its signals to the background. Holds no client data and
 * leaves no trace the page can observe: no DOM change, no global, no window message or event (an
 * unlisted script, not WXT's content-script context, which announces itself to the page with
 * window messages and stops when the page sends one back). Registered at runtime for the hosts the
 * rep granted, or injected on a scan the rep asked for.
 */
export default defineUnlistedScript(() => {
  const slot = globalThis as Slot;
  // Injected again into a page already watched: scan now rather than start a second watcher.
  if (slot[RUNNING]?.active) return slot[RUNNING].rescan(true);
  const listeners: [EventTarget, string, () => void][] = [];
  const watcher = createPageWatcher({
    read: () => readPageSignals(document, new URL(location.href)),
    send: sendPageSignals,
    schedule: (run, ms) => window.setTimeout(run, ms),
    cancel: (id) => window.clearTimeout(id),
    observe: (onChange) => observeDocument(document, onChange),
    listen: (target, type, handler) => {
      target.addEventListener(type, handler);
      listeners.push([target, type, handler]);
    },
    // An updated or removed extension leaves this copy without a runtime: it stops itself (the
    // new copy runs in a world of its own).
    isAlive: runtimeAlive,
    onStop: () => {
      for (const [target, type, handler] of listeners.splice(0)) target.removeEventListener(type, handler);
      if (slot[RUNNING] === watcher) delete slot[RUNNING];
    },
  });
  slot[RUNNING] = watcher;
  watcher.start();
});
