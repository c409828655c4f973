import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingLockEntries } from '../../scripts/setup/lockfile.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8'));

describe('package-lock.json', () => {
  it("holds every platform's entry of every dependency, so `npm ci` installs on any machine", () => {
    expect(missingLockEntries(lock)).toEqual([]);
  });

  it('pins the native binaries of Linux x64, Linux arm64 and macOS', () => {
    const paths = Object.keys(lock.packages);
    for (const binary of [
      '@rollup/rollup-linux-x64-gnu',
      '@rollup/rollup-linux-arm64-gnu',
      '@rollup/rollup-darwin-arm64',
      '@rollup/rollup-darwin-x64',
      '@esbuild/linux-x64',
      '@esbuild/linux-arm64',
      '@esbuild/darwin-arm64',
      '@biomejs/cli-linux-x64',
      '@biomejs/cli-linux-arm64',
      '@biomejs/cli-darwin-arm64',
    ]) {
      expect(
        paths.some((p) => p.endsWith(`node_modules/${binary}`)),
        binary,
      ).toBe(true);
    }
  });
});

describe('missingLockEntries', () => {
  const biome = {
    version: '2.6.8',
    optionalDependencies: { '@biomejs/cli-darwin-arm64': '2.6.8', '@biomejs/cli-linux-x64': '2.6.8' },
  };

  it("names an optional dependency for another platform that the lock left out (npm ci's refusal)", () => {
    const broken = {
      packages: {
        '': { devDependencies: { '@biomejs/biome': '^2.6.8' } },
        'node_modules/@biomejs/biome': biome,
        'node_modules/@biomejs/cli-linux-x64': { version: '2.6.8', optional: true },
      },
    };
    expect(missingLockEntries(broken)).toEqual([
      '@biomejs/cli-darwin-arm64 (optional dependency of @biomejs/biome)',
    ]);
  });

  it('names a dependency of the root or of a package that no entry provides', () => {
    const broken = {
      packages: {
        '': { dependencies: { dexie: '^4' }, devDependencies: { vite: '^7' } },
        'node_modules/vite': { version: '7.3.8', dependencies: { rollup: '^4' } },
      },
    };
    expect(missingLockEntries(broken)).toEqual([
      'dexie (dependency of dossier)',
      'rollup (dependency of vite)',
    ]);
  });

  it('finds a dependency nested under its parent or hoisted to any level above it', () => {
    const ok = {
      packages: {
        '': { devDependencies: { a: '1' } },
        'node_modules/a': { version: '1.0.0', dependencies: { b: '1', c: '1' } },
        'node_modules/a/node_modules/b': { version: '1.0.0', dependencies: { c: '1', d: '1' } },
        'node_modules/a/node_modules/b/node_modules/d': { version: '1.0.0' },
        'node_modules/c': { version: '1.0.0' },
      },
    };
    expect(missingLockEntries(ok)).toEqual([]);
    // A package nested under a sibling is not visible from here.
    const hidden = {
      packages: {
        '': { devDependencies: { a: '1', e: '1' } },
        'node_modules/a': { version: '1.0.0' },
        'node_modules/a/node_modules/d': { version: '1.0.0' },
        'node_modules/e': { version: '1.0.0', dependencies: { d: '1' } },
      },
    };
    expect(missingLockEntries(hidden)).toEqual(['d (dependency of e)']);
  });

  it('leaves out peers marked optional, but not required ones', () => {
    const lockWithPeers = {
      packages: {
        '': { devDependencies: { plugin: '1' } },
        'node_modules/plugin': {
          version: '1.0.0',
          peerDependencies: { vite: '*', typescript: '*' },
          peerDependenciesMeta: { typescript: { optional: true } },
        },
      },
    };
    expect(missingLockEntries(lockWithPeers)).toEqual(['vite (peer dependency of plugin)']);
  });
});
