// Loads the fixture company sites of tests/fixtures/sites into a happy-dom window at their URLs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LoadedPage, loadPage } from '../detection/readers/test-pages';

export const SITES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/sites');

/** Fixture site → the URL it is shown at (its golden file is `<name>.company.json`). */
export const SITE_URLS: Record<string, string> = {
  'en-jsonld': 'https://www.northwind-freight.example/contact',
  'zh-contact-block': 'https://www.jnzhiyun.com.cn/about/lxwm.html',
  'microdata-localbusiness': 'https://blueharbour-print.example/shop/contact',
  hostile: 'https://www.hostile-corp.example/about',
};

/** The hostile page's bulk, made here rather than kept in the repository. */
function inflate(html: string): string {
  const junk = JSON.stringify({
    '@type': 'Organization',
    name: 'Junk Ltd',
    junk: 'x'.repeat(5 * 1024 * 1024),
  });
  const deep = `${'['.repeat(20_000)}{"@type":"Organization","name":"Deep Ltd"}${']'.repeat(20_000)}`;
  return html.replace('"__JUNK_5MB__"', junk).replace('"__DEEP_JSON__"', deep);
}

/** A fixture site loaded at its URL (page scripts are not run). */
export function loadSite(name: string): LoadedPage {
  const url = SITE_URLS[name];
  if (!url) throw new Error(`No URL for site ${name}`);
  return loadPage(inflate(readFileSync(join(SITES_DIR, `${name}.html`), 'utf8')), url);
}
