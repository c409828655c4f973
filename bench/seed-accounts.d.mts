import type { Page } from 'playwright-core';

/** Clears the tables and writes `count` synthetic accounts and one full file; resolves to that file's account id. */
export function seedInPage(page: Page, count: number): Promise<string>;
/** True once Dexie (in the background) has created the `tables`. Runs in an extension page. */
export function storesReady(tables: string[]): Promise<boolean>;
