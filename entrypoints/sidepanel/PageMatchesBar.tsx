import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LazyAccountPicker } from '../../components/AccountPicker/lazy';
import { useT } from '../../components/i18n';
import { preloadWhenIdle } from '../../components/Lazy/lazy';
import { LazyPageMatches } from '../../components/PageMatches/lazy';
import type { PickRequest } from '../../components/PageMatches/PageMatches';
import type { CaptureRequest } from '../../lib/capture/pending';
import { useAccountsByName } from '../../lib/client-file/use-accounts-by-name';
import { getDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-error';
import { panelPageMatchesIo, usePageMatches } from '../../lib/detection/use-page-matches';
import { sendMessage } from '../../lib/messaging/send';
import type { Route } from '../../lib/platform/route';
import { CaptureActions } from './capture/CaptureActions';

/** The active tab's clients above the current screen (lib/detection/use-page-matches.ts decides). */
export function PageMatchesBar({
  route,
  navigate,
  onCapture,
}: {
  route: Route;
  navigate(route: Route): void;
  onCapture(request: CaptureRequest): void;
}) {
  const t = useT();
  const io = useMemo(
    () =>
      panelPageMatchesIo(getDatabase(), async (tabId) => (await sendMessage('tab/scan', { tabId })).status),
    [],
  );
  const page = usePageMatches(
    route,
    navigate,
    (e) => describeStorageError(e, t, (detail) => t('pageMatches.failed', detail)),
    io,
  );
  useEffect(() => preloadWhenIdle([LazyPageMatches]), []);

  const captureBar = (
    <CaptureActions tab={page.tab} result={page.result} matchedIds={page.matchedIds} onCapture={onCapture} />
  );
  if (page.quiet) return captureBar;
  return (
    <>
      <LazyPageMatches
        matches={page.matches}
        unknownSender={page.unknownSender}
        scan={page.scan}
        error={page.error}
        onOpen={page.open}
        onNotThis={page.notThis}
        onBelongsTo={page.belongsTo}
        undo={page.undo}
        onUndo={page.undoCorrection}
        onCreateAccount={page.createAccount}
        onAddContact={page.addContact}
        onScan={page.rescan}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        renderPicker={(request) => <AccountPickerHost {...request} />}
      />
      {captureBar}
    </>
  );
}

/** Every account, by name, for the picker — read only while a picker is open. */
function AccountPickerHost(request: PickRequest) {
  const accounts = useAccountsByName(getDatabase());
  return accounts ? <LazyAccountPicker {...request} accounts={accounts} /> : null;
}
