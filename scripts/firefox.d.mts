import type { Browser, Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR: string;
export const FIREFOX_E2E_DIR: string;
export const GECKO_ID: string;
export const EXTENSION_UUID: string;
export function firefoxPath(): string;
export function launchFirefoxWithExtension(options?: {
  profileDir?: string;
  extensionDir?: string;
  headless?: boolean;
  hosts?: readonly string[];
}): Promise<{ browser: Browser; baseUrl: string }>;
export function waitInPage<A, R>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  options: { what: string; timeout?: number },
): Promise<NonNullable<R>>;
export function gotoExtensionPage(page: Page, url: string, options?: { timeout?: number }): Promise<void>;
export function reloadExtensionPage(page: Page, options?: { timeout?: number }): Promise<void>;
export function chooseFiles(
  page: Page,
  files: { name: string; text: string; type: string }[],
  options: { multiple: boolean },
): Promise<void>;
