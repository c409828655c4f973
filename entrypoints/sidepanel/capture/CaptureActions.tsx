import { CaptureBar } from '../../../components/CaptureBar/CaptureBar';
import type { CaptureRequest } from '../../../lib/capture/pending';
import { useCaptureActions } from '../../../lib/capture/use-capture-actions';
import type { TabMatches } from '../../../lib/detection/tab-matches';
import type { ActiveTab } from '../../../lib/detection/use-active-tab';

interface CaptureActionsProps {
  tab: ActiveTab | null;
  result: TabMatches | null;
  /** The tab's clients, most relevant first. */
  matchedIds: string[];
  onCapture(request: CaptureRequest): void;
}

/** The panel's capture buttons for the active tab (lib/capture/use-capture-actions.ts decides). */
export function CaptureActions({ tab, result, matchedIds, onCapture }: CaptureActionsProps) {
  const actions = useCaptureActions(tab, result, matchedIds, onCapture);
  if (!actions) return null;
  return (
    <CaptureBar
      site={actions.site}
      people={actions.people}
      onQuickNote={() => void actions.quickNote()}
      onSite={() => void actions.captureSite()}
      onPeople={actions.addPeople}
    />
  );
}
