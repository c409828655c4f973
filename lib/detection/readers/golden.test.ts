// @vitest-environment happy-dom
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageSignals } from './index';
import { FIXTURE_URLS, loadFixture, PAGES_DIR } from './test-pages';

// Golden files: tests/fixtures/pages/<name>.signals.json. To regenerate after an intended change,
// run with UPDATE_GOLDEN=1, then read the diff by hand before keeping it.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden page signals', () => {
  it.each(Object.keys(FIXTURE_URLS))('%s', async (name) => {
    const page = loadFixture(name);
    try {
      const signals = readPageSignals(page.doc, page.url);
      const golden = join(PAGES_DIR, `${name}.signals.json`);
      if (UPDATE) writeFileSync(golden, `${JSON.stringify(signals, null, 2)}\n`);
      // A missing golden fails: written on first run, it would compare the code with itself.
      expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1 and read it`).toBe(true);
      expect(signals).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    } finally {
      await page.close();
    }
  });
});

describe('adapters only read', () => {
  it.each(Object.keys(FIXTURE_URLS))('%s is unchanged after reading', async (name) => {
    const page = loadFixture(name);
    try {
      const frame = page.doc.querySelector('iframe') as HTMLIFrameElement | null;
      const snapshot = () => [
        page.doc.documentElement.outerHTML,
        frame?.contentDocument?.documentElement.outerHTML,
      ];
      const before = snapshot();
      readPageSignals(page.doc, page.url);
      readPageSignals(page.doc, page.url);
      expect(snapshot()).toEqual(before);
    } finally {
      await page.close();
    }
  });
});
