import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The architecture rules from README.md ("Architecture"), enforced. Each rule lists the files it
 * governs and what they may not import or touch. A failure names the file and the offending line.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.(ts|tsx|mjs)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** Import specifiers resolved to repo-relative paths where relative, bare otherwise. */
function importsOf(file: string): { spec: string; target: string; typeOnly: boolean }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: { spec: string; target: string; typeOnly: boolean }[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) {
    const spec = match[3]!;
    const target = spec.startsWith('.') ? relative(ROOT, resolve(join(ROOT, file, '..'), spec)) : spec;
    found.push({ spec, target, typeOnly: Boolean(match[2]) });
  }
  return found;
}

/** Tests and their helpers (`x.test.ts`, `test-fixtures.ts`, `testActions.ts`) may use test tools. */
const isTest = (f: string) => /\.test\.tsx?$/.test(f) || /(^|\/)test[-A-Z][^/]*$/.test(f);
const code = (dir: string) => sourceFiles(dir).filter((f) => !isTest(f));

function violations(files: string[], forbidden: (target: string, typeOnly: boolean) => boolean) {
  return files.flatMap((file) =>
    importsOf(file)
      .filter(({ target, typeOnly }) => forbidden(target, typeOnly))
      .map(({ spec }) => `${file} imports ${spec}`),
  );
}

function mentions(files: string[], pattern: RegExp) {
  return files.filter((file) => pattern.test(readFileSync(join(ROOT, file), 'utf8')));
}

const PURE_DIRS = [
  'lib/model',
  'lib/detection',
  'lib/search',
  'lib/capture',
  'lib/portability/import',
  'lib/portability/export',
].filter((d) => {
  try {
    return statSync(join(ROOT, d)).isDirectory();
  } catch {
    return false;
  }
});

describe('architecture', () => {
  it('nothing imports an entrypoint (an entrypoint folder may import its own files)', () => {
    const all = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];
    const offenders = all.flatMap((file) => {
      const own = /^entrypoints\/[^/]+\//.exec(file)?.[0];
      return importsOf(file)
        .filter(({ target }) => target.startsWith('entrypoints/') && !(own && target.startsWith(own)))
        .map(({ spec }) => `${file} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('components are presentational: only preact, other components and lib/model', () => {
    const files = code('components');
    expect(
      violations(
        files,
        (t) => !(t.startsWith('components/') || t.startsWith('lib/model/') || /^preact(\/|$)/.test(t)),
      ),
    ).toEqual([]);
    expect(mentions(files, /\b(browser|chrome)\.\w+\.\w+/)).toEqual([]);
  });

  it('lib never imports components or entrypoints', () => {
    expect(violations(code('lib'), (t) => t.startsWith('components/'))).toEqual([]);
  });

  it('pure modules (model, match, search, capture, importers) use no browser, database or UI', () => {
    const files = PURE_DIRS.flatMap(code).filter((f) => !f.startsWith('lib/detection/readers/'));
    const impure = (t: string) =>
      t === 'dexie' ||
      t.startsWith('wxt') ||
      t.startsWith('preact') ||
      t.startsWith('webextension-polyfill') ||
      /^lib\/(db|ui|platform|messaging|settings)/.test(t) ||
      t.startsWith('components/');
    expect(violations(files, impure)).toEqual([]);
    expect(
      mentions(files, /\b(document|window|localStorage|indexedDB)\.|\bbrowser\.\w+\.|\bchrome\.\w+\./),
    ).toEqual([]);
  });

  it('only lib/db opens the database (plus the live-query hook that reads it)', () => {
    const all = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];
    const allowed = (f: string) => f.startsWith('lib/db/') || f === 'lib/platform/use-live-query.ts';
    const offenders = all
      .filter((f) => !allowed(f))
      .filter((f) => importsOf(f).some((i) => i.target === 'dexie'));
    expect(offenders).toEqual([]);
  });

  it('only lib/db writes tables', () => {
    const outside = [...code('lib'), ...code('entrypoints'), ...code('components')].filter(
      (f) => !f.startsWith('lib/db/'),
    );
    expect(
      mentions(outside, /\.(bulkAdd|bulkPut|bulkDelete)\(|\bdb\.\w+\.(add|put|update|delete|clear)\(/),
    ).toEqual([]);
  });

  it('content scripts never touch the database', () => {
    // Content scripts and the scripts injected on a capture gesture run inside web pages.
    const content = sourceFiles('entrypoints').filter((f) => /content|capture-/.test(f));
    expect(violations(content, (t) => t === 'dexie' || t.startsWith('lib/db'))).toEqual([]);
  });

  it('entrypoints/ holds only entrypoints (WXT builds every file there as one)', () => {
    const loose = readdirSync(join(ROOT, 'entrypoints')).filter((name) => {
      if (statSync(join(ROOT, 'entrypoints', name)).isDirectory()) return false;
      return !/^(background|content|content-reader|popup|sidepanel|options|[\w-]+\.content|capture-[\w-]+)\.tsx?$/.test(
        name,
      );
    });
    expect(loose).toEqual([]);
  });

  it('no raw HTML insertion anywhere in product code', () => {
    const files = [...code('lib'), ...code('components'), ...code('entrypoints')];
    expect(
      mentions(files, /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/),
    ).toEqual([]);
  });

  it('no network calls in product code', () => {
    const files = [...code('lib'), ...code('components'), ...code('entrypoints')];
    expect(mentions(files, /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/)).toEqual([]);
  });
});
