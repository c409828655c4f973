import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageWatcher, observeDocument, type PageWatcher } from '../lib/content/page-watcher';
import { readPageSignals } from '../lib/match/sources';
import { sendMessage } from '../lib/messaging/send';

/** In this isolated world only (the page cannot see it): the watcher of the running copy. */
const RUNNING = Symbol.for('dossier.pageWatcher');
type Slot = { [RUNNING]?: PageWatcher };

/**
 * Reads the page the rep is on and sends its signals to the background. Holds no client data and
 * writes nothing to the page. Registered at runtime only (granted hosts) or injected on a scan;
 * `matches` is left out on purpose: WXT would turn it into required host permissions.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const slot = globalThis as Slot;
    // Injected again into a page already watched: scan now rather than start a second watcher.
    if (slot[RUNNING]?.active) return slot[RUNNING].rescan(true);
    const watcher = createPageWatcher({
      read: () => readPageSignals(document, new URL(location.href)),
      send: (signals) => sendMessage('page/signals', signals),
      // Plain timers, cleared by stop(): ctx.setTimeout keeps one abort listener per call forever.
      schedule: (run, ms) => window.setTimeout(run, ms),
      cancel: (id) => window.clearTimeout(id),
      observe: (onChange) => observeDocument(document, onChange),
      listen: (target, type, handler) => ctx.addEventListener(target, type, handler),
      isAlive: () => ctx.isValid,
    });
    slot[RUNNING] = watcher;
    ctx.onInvalidated(() => {
      watcher.stop();
      if (slot[RUNNING] === watcher) delete slot[RUNNING];
    });
    watcher.start();
  },
});
