import { Fragment } from 'preact';
import { lazy } from '../../../components/Lazy/lazy';
import type { CaptureRequest } from '../../../lib/capture/pending';
import type { useCaptureLayer } from '../../../lib/capture/use-capture-layer';
import type { ShownCapture } from '../../../lib/capture/use-capture-requests';
import type { Route } from '../../../lib/platform/route';

// The screens load on their gesture (and when the panel is idle): the first paint stays small.
export const ClipPickScreen = lazy(() => import('./ClipPickScreen').then((m) => m.ClipPickScreen));
export const QuickNoteScreen = lazy(() => import('./QuickNoteScreen').then((m) => m.QuickNoteScreen));
const PeopleScreen = lazy(() => import('./PeopleScreen').then((m) => m.PeopleScreen));
const PricingClipScreen = lazy(() => import('./PricingClipScreen').then((m) => m.PricingClipScreen));
const SiteCaptureScreen = lazy(() => import('./SiteCaptureScreen').then((m) => m.SiteCaptureScreen));

interface CaptureScreenProps {
  shown: ShownCapture | null;
  open(request: CaptureRequest): void;
  close(): void;
  navigate(route: Route): void;
  /** The client picked for a clip (lib/capture/use-capture-layer.ts decides what follows). */
  onPicked: ReturnType<typeof useCaptureLayer>['picked'];
}

/** The capture shown, keyed by it: a second gesture opens a fresh screen, not the last one's. */
export function CaptureScreen({ shown, open, close, navigate, onPicked }: CaptureScreenProps) {
  if (!shown) return null;
  return <Fragment key={shown.id}>{screenOf(shown.request, { open, close, navigate, onPicked })}</Fragment>;
}

function screenOf(
  request: CaptureRequest,
  { open, close, navigate, onPicked }: Omit<CaptureScreenProps, 'shown'>,
) {
  switch (request.kind) {
    case 'quickNote':
      return (
        <QuickNoteScreen
          page={request.page}
          accountIds={request.accountIds}
          onSaved={(accountId) => navigate({ name: 'account', id: accountId })}
          onClose={close}
        />
      );
    case 'pick':
      return (
        <ClipPickScreen
          target={request.target}
          source={request.source}
          accountIds={request.accountIds}
          onCancel={close}
          onPick={(accountId) => onPicked(accountId, request, open)}
        />
      );
    case 'pricingNote':
      return (
        <PricingClipScreen
          accountId={request.accountId}
          source={request.source}
          onSaved={close}
          onCancel={close}
        />
      );
    case 'site':
      return (
        <SiteCaptureScreen
          page={request.page}
          extract={request.extract}
          accountId={request.accountId}
          onDone={(accountId) => {
            close();
            if (accountId) navigate({ name: 'account', id: accountId });
          }}
        />
      );
    case 'people':
      return <PeopleScreen tabId={request.tabId} accountId={request.accountId} onDone={close} />;
    default:
      return null;
  }
}
