// Benchmark of the import core (lib/portability/import): decode + parse + map + validate + plan for
// 50,000 HubSpot company rows, then 50,000 HubSpot contact rows linked to them, as the options page
// will run it — in headless Chromium (a page, the way a Web Worker would run it) and in Node.
//   node bench/import-core.mjs            both
//   node bench/import-core.mjs --node     Node only (no browser needed)
// Data is synthetic and seeded. The budget is 15 s for parse + validate + write; this
// part should take under ~5 s, leaving the rest for the IndexedDB write.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { hubspotExports } from './import/data.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ROWS = Number(process.env.IMPORT_ROWS ?? 50_000);
const nodeOnly = process.argv.includes('--node');

/** Runs in the page (or Node): the two imports one after the other, timed per phase. */
async function runImports(files, Core) {
  const encoder = new TextEncoder();
  const now = () => performance.now();
  const heap = () =>
    globalThis.performance?.memory?.usedJSHeapSize ?? globalThis.process?.memoryUsage?.().heapUsed ?? 0;
  const out = { heapStart: heap() };
  const yieldNow = () => new Promise((r) => setTimeout(r, 0));
  const run = async (bytes, existing, name) => {
    const t0 = now();
    const prepared = Core.prepareImport(bytes);
    if (!prepared.ok) throw new Error(prepared.error.code);
    const t1 = now();
    // about:blank is no secure context, so no crypto.randomUUID there (the options page has it).
    let n = 0;
    const newId = globalThis.crypto?.randomUUID
      ? undefined
      : () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const steps = Core.runImport(prepared.value, prepared.value.mapping, existing, {
      now: new Date('2026-01-01T00:00:00Z'),
      newId,
    });
    let longestStep = 0;
    let steps_ = 0;
    for (;;) {
      const s0 = now();
      const step = steps.next();
      longestStep = Math.max(longestStep, now() - s0);
      steps_++;
      if (step.done) {
        const t2 = now();
        out[name] = {
          bytes: bytes.length,
          prepareMs: Math.round(t1 - t0),
          planMs: Math.round(t2 - t1),
          totalMs: Math.round(t2 - t0),
          steps: steps_,
          longestStepMs: Math.round(longestStep),
          counts: step.value.counts,
        };
        return step.value;
      }
      await yieldNow();
    }
  };
  const companies = encoder.encode(files.companies);
  const contacts = encoder.encode(files.contacts);
  const t = now();
  const first = await run(companies, { accounts: [], contacts: [] }, 'companies');
  out.heapAfterCompanies = heap();
  const second = await run(contacts, { accounts: first.put.accounts, contacts: [] }, 'contacts');
  out.heapAfterContacts = heap();
  out.totalMs = Math.round(now() - t);
  // The same companies file again: every row matches its account by id, nothing to write.
  await run(companies, { accounts: first.put.accounts, contacts: [] }, 'again');
  out.plannedRows = first.put.accounts.length + second.put.contacts.length + second.put.accounts.length;
  return out;
}

const started = performance.now();
// The same seeded HubSpot pair the options-page benchmark (bench/import.mjs) imports.
const files = hubspotExports(ROWS);
console.log(
  `${ROWS} companies (${(files.companies.length / 1e6).toFixed(1)} M chars) + ${ROWS} contacts (${(files.contacts.length / 1e6).toFixed(1)} M chars) generated in ${Math.round(performance.now() - started)} ms`,
);

const bundle = await build({
  stdin: {
    contents: "export { prepareImport, runImport } from './lib/portability/import/import-file';",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'DossierImport',
  target: 'es2022',
  write: false,
});
const code = bundle.outputFiles[0].text;
console.log(`bundle: ${(code.length / 1024).toFixed(0)} KiB`);

const report = (where, r) => {
  const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `\n${where}: companies + contacts planned in ${r.totalMs} ms (target < 5000 ms); then the companies again`,
  );
  for (const name of ['companies', 'contacts', 'again']) {
    const x = r[name];
    console.log(
      `  ${name}: ${(x.bytes / 1e6).toFixed(1)} MB, prepare ${x.prepareMs} ms, plan ${x.planMs} ms in ${x.steps} steps (longest ${x.longestStepMs} ms); ` +
        `accounts ${JSON.stringify(x.counts.accounts)}, contacts ${JSON.stringify(x.counts.contacts)}`,
    );
  }
  console.log(
    `  JS heap: start ${mb(r.heapStart)}, after companies ${mb(r.heapAfterCompanies)}, after contacts ${mb(r.heapAfterContacts)}`,
  );
};

// Node: the same bundle, evaluated in this process.
{
  const Core = new Function(`${code}; return DossierImport;`)();
  globalThis.gc?.();
  report('Node', await runImports(files, Core));
}

if (!nodeOnly) {
  const { chromium } = await import('playwright-core');
  const { chromiumPath } = await import('../scripts/chromium.mjs');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>import bench</title>');
    await page.addScriptTag({ content: code });
    const r = await page.evaluate(
      async ({ files, runSource }) => {
        const run = new Function(`return (${runSource})`)();
        return run(files, globalThis.DossierImport);
      },
      { files, runSource: runImports.toString() },
    );
    report('Chromium (headless, one page)', r);
  } finally {
    await browser.close();
  }
}
