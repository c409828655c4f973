import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LazyAccountPicker } from '../../components/AccountPicker/lazy';
import { useT } from '../../components/i18n';
import { preloadWhenIdle } from '../../components/Lazy/lazy';
import { LazyPageMatches } from '../../components/PageMatches/lazy';
import type { PickRequest } from '../../components/PageMatches/PageMatches';
import type { CaptureRequest } from '../../lib/capture/pending';
import { listAccountSummaries } from '../../lib/db/account-lookup';
import { getDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-error';
import { panelPageMatchesIo, usePageMatches } from '../../lib/detection/use-page-matches';
import { sendMessage } from '../../lib/messaging/send';
import { sortAccounts } from '../../lib/model/derive';
import type { Route } from '../../lib/platform/route';
import { useLiveQuery } from '../../lib/platform/use-live-query';
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
  const quiet = !page.matches.length && !page.unknownSender && page.scan === 'none';
  if (quiet && !page.error && !page.undo) return captureBar;
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
  const accounts = useLiveQuery(
    async () => sortAccounts(await listAccountSummaries(getDatabase()), 'name'),
    [],
  );
  return accounts.status === 'ready' ? <LazyAccountPicker {...request} accounts={accounts.value} /> : null;
}
