import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAutoBackup } from '../lib/backup/auto-backup';
import { startClipping } from '../lib/clipping/start-clipping';
import { getDatabase } from '../lib/db/database';
import { loadDemoData } from '../lib/db/demo';
import { startDetection } from '../lib/detection/start-detection';
import { dispatch, type Handlers } from '../lib/messaging/router';
import { registerPanelOpeners } from '../lib/platform/side-panel';
import { startQuickSearch } from '../lib/quick-search/start-quick-search';
import { firstRunDone } from '../lib/settings';

export default defineBackground(() => {
  const db = getDatabase();
  registerPanelOpeners();
  startAutoBackup(db);

  const handlers: Handlers = {
    'demo/load': async () => {
      const accounts = await loadDemoData(db);
      await firstRunDone.setValue(true);
      return { accounts };
    },
    ...startDetection(db),
    ...startQuickSearch(db),
    ...startClipping(db),
  };
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, sender, self));
});
