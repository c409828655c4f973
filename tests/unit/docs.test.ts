// The README and docs/ name files a newcomer opens next: each must exist, or the page has drifted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** `lib/…`, `components/…` and the like in backticks; globs and rule-table patterns are not files. */
function namedPaths(markdown: string): string[] {
  return [
    ...markdown.matchAll(/`((?:lib|components|entrypoints|tests|bench|scripts|docs|locales)\/[\w./-]+)`/g),
  ]
    .map((m) => m[1]!)
    .filter((p) => !p.includes('*'));
}

/** An entrypoint is named without its extension (`entrypoints/background`). */
const exists = (path: string) =>
  ['', '.ts', '.tsx', '.mjs'].some((ext) => existsSync(join(root, `${path.replace(/\/$/, '')}${ext}`)));

describe('README and docs/', () => {
  it.each(pages)('%s names only paths that exist', (page) => {
    const missing = namedPaths(readFileSync(join(root, page), 'utf8')).filter((p) => !exists(p));
    expect(missing).toEqual([]);
  });

  it('the check sees a path that does not exist', () => {
    expect(namedPaths('see `lib/nowhere/gone.ts` and `lib/**/core`')).toEqual(['lib/nowhere/gone.ts']);
    expect(exists('lib/nowhere/gone.ts')).toBe(false);
    expect(exists('entrypoints/background')).toBe(true);
  });
});
