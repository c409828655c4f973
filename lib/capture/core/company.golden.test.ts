// @vitest-environment happy-dom
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPage } from '../readers/collect-page';
import { loadSite, SITE_URLS, SITES_DIR } from '../test-sites';
import { extractCompany } from './company';

// Golden files: tests/fixtures/sites/<name>.company.json (collectPage → extractCompany). To
// regenerate after an intended change, run with UPDATE_GOLDEN=1, then read the diff by hand.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden company extracts', () => {
  it.each(Object.keys(SITE_URLS))('%s', async (name) => {
    const page = loadSite(name);
    try {
      const extract = extractCompany(collectPage(page.doc, page.url));
      const golden = join(SITES_DIR, `${name}.company.json`);
      if (UPDATE) writeFileSync(golden, `${JSON.stringify(extract, null, 2)}\n`);
      // A missing golden fails: written on first run, it would compare the code with itself.
      expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1 and read it`).toBe(true);
      expect(extract).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    } finally {
      await page.close();
    }
  });
});
