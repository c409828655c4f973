import { browser } from 'wxt/browser';
import { Shell } from '../../components/App/Shell';
import { lazy } from '../../components/Lazy/lazy';
import { PageMatchesFrame } from '../../components/PageMatches/PageMatchesFrame';
import { useCaptureRequests } from '../../lib/capture/use-capture-requests';
import { useHashRoute } from '../../lib/platform/use-hash-route';
import { useRecordOpened } from '../../lib/search/use-record-opened';
import { CaptureLayer } from './capture/CaptureLayer';
import { PageMatchesBar } from './PageMatchesBar';
import { Screen } from './Screen';

/** The backup reminder, loaded after the first paint: the panel's JS budget is tight. */
const BackupReminderBar = lazy(() => import('./BackupReminderBar').then((m) => m.BackupReminderBar));
/** The notice when the browser emptied the database, loaded after the first paint too. */
const RecoveryNoticeBar = lazy(() => import('./RecoveryNoticeBar').then((m) => m.RecoveryNoticeBar));

/**
 * Side panel wiring: the frame with its link to backup & settings, the clients of the active tab
 * (which also steer the route), and the current screen.
 */
export function SidePanelApp() {
  const [route, navigate] = useHashRoute();
  useRecordOpened(route.name === 'account' ? route.id : null);
  const capture = useCaptureRequests();
  return (
    <Shell onOpenSettings={() => void browser.runtime.openOptionsPage()}>
      <PageMatchesFrame
        bar={
          <>
            <RecoveryNoticeBar />
            <BackupReminderBar />
            <PageMatchesBar route={route} navigate={navigate} onCapture={capture.open} />
          </>
        }
      >
        <CaptureLayer shown={capture.shown} open={capture.open} close={capture.close} navigate={navigate} />
        <Screen route={route} navigate={navigate} />
      </PageMatchesFrame>
    </Shell>
  );
}
