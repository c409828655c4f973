import * as v from 'valibot';
import { browser } from 'wxt/browser';

/** The scripts a capture gesture injects (entrypoints/capture-*.ts, built as unlisted scripts). */
export const CAPTURE_SCRIPTS = {
  selection: '/capture-selection.js',
  site: '/capture-site.js',
} as const;

export type InjectResult<T> = { status: 'ok'; value: T } | { status: 'noAccess' | 'unsupported' };

/**
 * Runs a capture script in one frame of a tab and returns what it read, validated: the page is
 * untrusted, so its answer passes the schema or is treated as unreadable. Allowed by the gesture's
 * `activeTab` grant or a granted host; `noAccess` when the browser refuses (no permission, or a
 * page no extension may touch), `unsupported` when the tab is not a web page or is gone.
 */
export async function runCaptureScript<T>(
  tabId: number,
  frameId: number | undefined,
  file: (typeof CAPTURE_SCRIPTS)[keyof typeof CAPTURE_SCRIPTS],
  schema: v.GenericSchema<unknown, T>,
): Promise<InjectResult<T>> {
  let url: string | undefined;
  try {
    ({ url } = await browser.tabs.get(tabId));
  } catch {
    return { status: 'unsupported' };
  }
  if (url !== undefined && !/^https?:\/\//i.test(url)) return { status: 'unsupported' };
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({
      target: frameId ? { tabId, frameIds: [frameId] } : { tabId },
      files: [file],
    });
  } catch {
    return { status: 'noAccess' };
  }
  const parsed = v.safeParse(schema, results[0]?.result);
  return parsed.success ? { status: 'ok', value: parsed.output } : { status: 'noAccess' };
}
