// Imports one of our TypeScript modules into a benchmark's Node process: bundled with esbuild for
// Node (its dependencies included, pinyin-pro too), written to a temporary file, imported, removed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The module at `path` (absolute), as Node would load it if it were JavaScript. */
export async function importTypeScript(path) {
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-ts-'));
  try {
    const out = await build({
      entryPoints: [path],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
    });
    const file = join(tmp, 'module.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
