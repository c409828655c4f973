import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Import, importsOf, isTestFile, sourceFiles } from './graph';
import { coveredPrefix, type Rule, readRules, ruleOf } from './rules';

/**
 * The architecture rules, each a function of a repository root that lists what breaks it (empty
 * when it holds). The test runs each on this repository and on a fixture tree built to break it.
 */
export interface Repo {
  root: string;
  rules: Rule[];
  /** Product code: every source file of lib/, components/ and entrypoints/ but tests. */
  product: string[];
  /** Test helpers no product file imports (any other `test-*` file is product code). */
  testOnly: Set<string>;
  imports: Map<string, Import[]>;
}

export function openRepo(root: string): Repo {
  const rules = readRules(root);
  const all = sourceFiles(root, ['lib', 'components', 'entrypoints']);
  const imports = new Map(all.map((file) => [file, importsOf(root, file)]));
  const importedByProduct = new Set(
    all.filter((f) => !isTestFile(f)).flatMap((f) => imports.get(f)!.map((i) => i.target)),
  );
  const testOnly = new Set(all.filter((f) => isTestFile(f) && !importedByProduct.has(f)));
  const product = all.filter((f) => !testOnly.has(f));
  return { root, rules, product, testOnly, imports };
}

const BUILTIN_PACKAGES = new Set(['preact']); // JSX compiles to preact/jsx-runtime wherever JSX is

/** Every product file is governed by a row, and imports only what its row allows. */
export function dependencyViolations(repo: Repo): string[] {
  const out: string[] = [];
  for (const file of repo.product) {
    const governed = ruleOf(repo.rules, file);
    if (!governed) {
      out.push(`${file} is in no row of the rules table`);
      continue;
    }
    const { rule, unit } = governed;
    for (const { spec, target, kind } of repo.imports.get(file)!) {
      if (target === '(computed)') {
        out.push(`${file} imports a computed path: ${spec}`);
        continue;
      }
      // A relative specifier names a file of the repository; anything else is a package (`@wxt-dev/i18n` too).
      if (!spec.startsWith('.')) {
        const jsx = file.endsWith('.tsx') && BUILTIN_PACKAGES.has(target);
        if (!jsx && !rule.packages.includes(target)) out.push(`${file} imports package ${spec} (${kind})`);
        continue;
      }
      if (target.startsWith(unit)) continue;
      if (repo.testOnly.has(target)) {
        out.push(`${file} imports the test helper ${spec}`);
        continue;
      }
      if (!rule.mayImport.some((pattern) => coveredPrefix(pattern, target))) {
        out.push(`${file} imports ${spec} (${kind})`);
      }
    }
  }
  return out;
}

/** No cycle between folders (each `core` folder is a folder of its own). */
export function folderCycles(repo: Repo): string[] {
  const edges = new Map<string, Set<string>>();
  for (const file of repo.product) {
    const from = ruleOf(repo.rules, file)?.unit;
    if (!from) continue;
    for (const { target } of repo.imports.get(file)!) {
      const to = ruleOf(repo.rules, target)?.unit;
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) walk(next, [...path, next]);
    }
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) walk(node, [node]);
  return cycles;
}

/**
 * Pure rows type-check without the DOM library and without any ambient types: a `Document`
 * parameter, `document`, `browser` or `chrome` anywhere in them is a type error, whatever it is
 * called and however it arrived.
 */
export function pureViolations(repo: Repo): string[] {
  const pure = repo.product.filter((f) => ruleOf(repo.rules, f)?.rule.pure && !f.endsWith('.mjs'));
  if (pure.length === 0) return ['no file is governed by a pure row'];
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pure-'));
  try {
    const config = join(dir, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          resolveJsonModule: true,
        },
        files: pure.map((f) => join(repo.root, f)),
      }),
    );
    const tsc = join(import.meta.dirname, '../../../node_modules/.bin/tsc');
    try {
      execFileSync(tsc, ['-p', config, '--pretty', 'false'], { cwd: repo.root, encoding: 'utf8' });
      return [];
    } catch (error) {
      const output = String((error as { stdout?: string }).stdout ?? error);
      return output
        .split('\n')
        .filter((line) => /error TS\d+/.test(line))
        .map((line) => line.replace(`${repo.root}/`, ''));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WRITE = 'add|put|update|delete|clear|bulkAdd|bulkPut|bulkDelete|bulkUpdate|modify';

/**
 * Only lib/db writes tables: a write on any table, however the database was reached (a `this.`
 * field named like a table is a collection of the code's own, not the database's).
 */
export function tableWriteViolations(repo: Repo): string[] {
  const schema = readFileSync(join(repo.root, 'lib/model/tables.ts'), 'utf8');
  const names = /TABLE_NAMES\s*=\s*\[([^\]]*)\]/.exec(schema)?.[1]?.match(/[A-Za-z]+/g) ?? [];
  if (names.length === 0) return ['lib/model/tables.ts declares no TABLE_NAMES'];
  const write = new RegExp(
    `(?<!\\bthis)\\.(?:${names.join('|')})\\s*(?:\\.\\s*\\w+\\s*\\([^)]*\\)\\s*)*\\.\\s*(?:${WRITE})\\s*\\(|\\.table\\s*\\([^)]*\\)\\s*(?:\\.\\s*\\w+\\s*\\([^)]*\\)\\s*)*\\.\\s*(?:${WRITE})\\s*\\(`,
  );
  return repo.product
    .filter((f) => !f.startsWith('lib/db/'))
    .filter((f) => write.test(readFileSync(join(repo.root, f), 'utf8')))
    .map((f) => `${f} writes a table`);
}

/** What the scripts that run inside web pages reach, through every import: never client data or UI. */
export function contentScriptViolations(repo: Repo): string[] {
  const entries = repo.product.filter((f) => /^entrypoints\/(content[\w-]*|capture-[\w-]+)\.ts$/.test(f));
  if (entries.length === 0) return ['no content script found'];
  const forbidden = (target: string) =>
    target.startsWith('lib/db/') ||
    target.startsWith('components/') ||
    target === 'dexie' ||
    target === 'preact';
  return entries.flatMap((entry) => importChains(repo, entry, forbidden));
}

/** Every chain of imports from `entry` to a target `stops` names (which it does not follow further). */
function importChains(repo: Repo, entry: string, stops: (target: string) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { target } of repo.imports.get(file) ?? []) {
      if (stops(target)) out.push(`${[...chain, file].join(' → ')} → ${target}`);
      else if (repo.imports.has(target)) visit(target, [...chain, file]);
    }
  };
  visit(entry, []);
  return out;
}

function mentions(repo: Repo, pattern: RegExp): string[] {
  return repo.product.filter((f) => pattern.test(readFileSync(join(repo.root, f), 'utf8')));
}

/** No raw HTML insertion anywhere in product code. */
export const rawHtmlViolations = (repo: Repo) =>
  mentions(
    repo,
    /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/,
  );

/** The one module that reaches the network: the team server's client. */
export const NETWORK_MODULE = 'lib/sync/server/http.ts';

/**
 * No network call in product code but the team server's client, and nothing but the background
 * reaches that: no page, popup or content script, through any chain of imports.
 */
export function networkViolations(repo: Repo): string[] {
  const calls = mentions(repo, /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|EventSource\s*\(/)
    .filter((f) => f !== NETWORK_MODULE)
    .map((f) => `${f} calls the network`);
  const entries = repo.product.filter(
    (f) => f.startsWith('entrypoints/') && f !== 'entrypoints/background.ts',
  );
  const reached = entries.flatMap((entry) =>
    importChains(repo, entry, (target) => target === NETWORK_MODULE),
  );
  return [...calls, ...reached];
}
