import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startClipping } from '../lib/capture/start-clipping';
import { getDatabase } from '../lib/db/database';
import { demoHandlers } from '../lib/demo/demo-service';
import { startDetection } from '../lib/detection/start-detection';
import { dispatch, type Handlers } from '../lib/messaging/router';
import type { MessageKey } from '../lib/model/messages';
import { registerPanelOpeners } from '../lib/platform/side-panel';
import { translate } from '../lib/platform/translate';
import { startAutoBackup } from '../lib/portability/backup/auto-backup';
import { startRecoveryCopies } from '../lib/recovery/recovery-service';
import { startReminders } from '../lib/relationship/reminders';
import { startQuickSearch } from '../lib/search/start-quick-search';
import { historyText } from '../lib/sync/core/history';
import { startTeamSync } from '../lib/sync/sync-service';

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
    ...startTeamSync(db, {
      historyText: (replaced, table) =>
        historyText((key, subs) => translate(key as MessageKey, subs), table, replaced),
    }),
  };
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Answered through sendResponse (kept open by `true`): Chrome does not take a returned promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, sender, self).then(sendResponse);
    return true;
  });
});
