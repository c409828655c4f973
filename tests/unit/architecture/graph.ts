import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import { transformSync } from 'esbuild';

initSync();

/** One import of a file: what it names, and the repo path or package it reaches. */
export interface Import {
  spec: string;
  /** A repo-relative file path, or a package name (`wxt`, `@wxt-dev/i18n`, `#i18n`). */
  target: string;
  kind: 'static' | 'dynamic' | 'type';
}

/** Tests and their helpers: `x.test.ts(x)`, `test-*.ts`, `testX.ts`. */
export const isTestFile = (file: string) => /\.test\.tsx?$/.test(file) || /(^|\/)test[-A-Z][^/]*$/.test(file);

/** Every .ts/.tsx/.mjs file under `dirs` of `root`, repo-relative. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const walk = (dir: string): string[] => {
    const abs = join(root, dir);
    if (!existsSync(abs)) throw new Error(`${dir} does not exist`);
    return readdirSync(abs).flatMap((name) => {
      const path = join(dir, name);
      if (name === 'fixtures' || name === 'node_modules') return [];
      if (statSync(join(root, path)).isDirectory()) return walk(path);
      return /\.(ts|tsx|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
  };
  return dirs.flatMap(walk);
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '/index.ts', '/index.tsx'];

function resolveSpec(root: string, from: string, spec: string): string {
  if (!spec.startsWith('.')) {
    if (spec.startsWith('#')) return spec;
    const parts = spec.split('/');
    return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  }
  const base = normalize(join(dirname(from), spec.split('?')[0]!));
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return candidate;
  }
  return base;
}

const TYPE_IMPORT = /^\s*(?:import|export)\s+type\s[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gms;

/**
 * The imports of `file`: static ones, re-exports and `import()` as the module lexer finds them in
 * the code esbuild compiles (comments and strings cannot fool it; every import statement is kept),
 * and `import type` / `export type` statements from the source. A computed `import()` is reported
 * with target `(computed)`.
 */
export function importsOf(root: string, file: string): Import[] {
  const source = readFileSync(join(root, file), 'utf8');
  const loader = file.endsWith('.tsx') ? 'tsx' : file.endsWith('.mjs') ? 'js' : 'ts';
  const { code } = transformSync(source, {
    loader,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  const found: Import[] = [];
  const [imports] = parse(code);
  for (const entry of imports) {
    const dynamic = entry.d > -1;
    if (entry.n === undefined) {
      if (dynamic)
        found.push({ spec: code.slice(entry.ss, entry.se), target: '(computed)', kind: 'dynamic' });
      continue;
    }
    if (entry.n === 'preact/jsx-runtime' && !source.includes('preact/jsx-runtime')) {
      found.push({ spec: 'preact/jsx-runtime', target: 'preact', kind: 'static' });
      continue;
    }
    found.push({
      spec: entry.n,
      target: resolveSpec(root, file, entry.n),
      kind: dynamic ? 'dynamic' : 'static',
    });
  }
  for (const match of source.matchAll(TYPE_IMPORT)) {
    found.push({ spec: match[1]!, target: resolveSpec(root, file, match[1]!), kind: 'type' });
  }
  return found;
}
