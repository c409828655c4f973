import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startClipping } from '../lib/capture/start-clipping';
import { getDatabase } from '../lib/db/database';
import { demoHandlers } from '../lib/demo/demo-service';
import { startDetection } from '../lib/detection/start-detection';
import { dispatch, type Handlers } from '../lib/messaging/router';
import { registerPanelOpeners } from '../lib/platform/side-panel';
import { startAutoBackup } from '../lib/portability/backup/auto-backup';
import { startRecoveryCopies } from '../lib/recovery/recovery-service';
import { startReminders } from '../lib/relationship/reminders';
import { startQuickSearch } from '../lib/search/start-quick-search';

export default defineBackground(() => {
  const db = getDatabase();
  registerPanelOpeners();
  startAutoBackup(db);
  startRecoveryCopies(db);
  startReminders(db);

  const handlers: Handlers = {
    ...demoHandlers(db),
    ...startDetection(db),
    ...startQuickSearch(db),
    ...startClipping(db),
  };
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Answered through sendResponse (kept open by `true`): Chrome does not take a returned promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, sender, self).then(sendResponse);
    return true;
  });
});
