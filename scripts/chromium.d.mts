import type { BrowserContext, Worker } from 'playwright-core';

export const EXTENSION_DIR: string;
export function chromiumPath(): string;
export function launchWithExtension(options: {
  userDataDir: string;
  headless?: boolean;
  locale?: string;
  extensionDir?: string;
  /** More Chromium switches, e.g. `--host-resolver-rules=…` for fixture sites. */
  extraArgs?: string[];
  /** An X display (Xvfb's) for a headed browser driven by xdotool. */
  display?: string;
}): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }>;
