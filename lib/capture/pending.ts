import { isQuotaError } from '../db/errors';
import type { CompanyExtract } from '../model/capture';
import { isObject, storageItem } from '../model/storage-items';
import type { Provenance } from '../model/types';
import { getItem, removeItem, setItem, watchItem } from '../platform/storage';
import type { ClipTarget } from './core/clip';

/**
 * What a capture gesture handled in the background (context menu, shortcut) asks the side panel
 * of one window to show: a quick-note box, a client picker for a clip, the prefilled pricing form,
 * the "clipped" confirmation, the company preview. Kept in `storage.session` — memory only,
 * readable by this extension's own pages and never by content scripts — so a panel that is just
 * opening still finds it.
 */
export type CaptureRequest =
  | { kind: 'quickNote'; page: PageRef | null; accountIds: string[] }
  | { kind: 'pick'; target: ClipTarget; source: Provenance; accountIds: string[] }
  | { kind: 'pricingNote'; accountId: string; source: Provenance }
  | { kind: 'clipped'; target: 'note' | 'talkingPoint'; accountId: string; rowId: string }
  | { kind: 'site'; page: PageRef; extract: CompanyExtract; accountId: string | null }
  | { kind: 'people'; tabId: number; accountId: string }
  | { kind: 'failed'; reason: CaptureFailure };

/**
 * `noSelection`: nothing was selected; `noAccess`: the browser did not let us read the page;
 * `storageFull`: the browser refused the write for quota (nothing was stored).
 */
export type CaptureFailure = 'noSelection' | 'noAccess' | 'unsupported' | 'saveFailed' | 'storageFull';

/** Why a capture's write failed, as the panel says it. */
export const writeFailure = (error: unknown): CaptureFailure =>
  isQuotaError(error) ? 'storageFull' : 'saveFailed';

export interface PageRef {
  url: string;
  title: string;
}

export interface PendingCapture {
  /** Distinguishes two identical gestures in a row. */
  id: string;
  windowId: number;
  at: string;
  request: CaptureRequest;
}

/**
 * Which page shows it: the side panel, or the toolbar popup (the quick-note shortcut opens the
 * popup, which takes the keyboard from the page at once; a side panel that is open already does
 * not). Each has its own slot, so an open panel never takes the popup's request.
 */
export type CaptureSurface = 'panel' | 'popup';

/** Each surface's slot in `storage.session`: the request, or null for none (or one of the wrong shape). */
const slotOf = (surface: CaptureSurface) =>
  storageItem('session', `pendingCapture:${surface}`, (stored): PendingCapture | null =>
    isObject(stored) &&
    typeof stored.windowId === 'number' &&
    typeof stored.at === 'string' &&
    isObject(stored.request)
      ? (stored as unknown as PendingCapture)
      : null,
  );

/** A request older than this is a gesture whose page never opened: dropped, not shown later. */
export const PENDING_TTL_MS = 30_000;

const fresh = (pending: PendingCapture, now = Date.now()) => now - Date.parse(pending.at) < PENDING_TTL_MS;

export async function publishCapture(
  windowId: number,
  request: CaptureRequest,
  surface: CaptureSurface = 'panel',
): Promise<PendingCapture> {
  const pending: PendingCapture = {
    id: crypto.randomUUID(),
    windowId,
    at: new Date().toISOString(),
    request,
  };
  await setItem(slotOf(surface), pending);
  return pending;
}

export async function takePendingCapture(
  windowId: number,
  surface: CaptureSurface = 'panel',
): Promise<PendingCapture | null> {
  const slot = slotOf(surface);
  const stored = await getItem(slot);
  if (!stored || stored.windowId !== windowId) return null;
  await removeItem(slot);
  return fresh(stored) ? stored : null;
}

/** Calls back with each capture published for `windowId` while the page is open. */
export function watchPendingCaptures(
  windowId: number,
  onCapture: (pending: PendingCapture) => void,
  surface: CaptureSurface = 'panel',
): () => void {
  const slot = slotOf(surface);
  return watchItem(slot, (pending) => {
    if (!pending || pending.windowId !== windowId) return;
    void removeItem(slot);
    onCapture(pending);
  });
}
