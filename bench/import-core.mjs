// Benchmark of the import core (lib/importers, issue 6): decode + parse + map + validate + plan for
// 50,000 HubSpot company rows, then 50,000 HubSpot contact rows linked to them, as the options page
// will run it — in headless Chromium (a page, the way a Web Worker would run it) and in Node.
//   node bench/import-core.mjs            both
//   node bench/import-core.mjs --node     Node only (no browser needed)
// Data is synthetic and seeded. The budget of issue 6 is 15 s for parse + validate + write; this
// part should take under ~5 s, leaving the rest for the IndexedDB write.
import { resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const ROWS = Number(process.env.IMPORT_ROWS ?? 50_000);
const nodeOnly = process.argv.includes('--node');

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = '华东 精密 云帆 智联 鸿达 西湖 海天 星河 远航 金桥 东方 宏图 正泰 新元 博信 恒通'.split(' ');
const CN_KIND = '物流 制造 软件 贸易 银行 医疗 电子 科技 建设 能源'.split(' ');
const EN =
  'Acme Northwind Contoso Fabrikam Blue Harbor Summit Redwood Lakeside Meridian Granite Silver Oak Pioneer'.split(
    ' ',
  );
const EN_KIND = 'Logistics Software Bank Hotels Foods Energy Health Systems Partners Manufacturing'.split(
  ' ',
);
const INDUSTRIES = [
  'Logistics and Supply Chain',
  'COMPUTER_SOFTWARE',
  'Banking',
  'Hospitality',
  'MACHINERY',
  'Retail',
  'Telecommunications',
  'Biotechnology',
  'Real Estate',
  'Renewables & Environment',
];
const FIRST = 'Maria Tom Ana Peter Olivia Marcus David Elena Chen Sam'.split(' ');
const LAST = 'Gonzalez Becker Silva Novak Chen Lee Okafor Rossi Wang Li'.split(' ');
const CN_FAMILY = '王李张刘陈杨赵黄周吴'.split('');
const CN_GIVEN = '芳伟娜敏静磊洋艳勇军'.split('');

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const line = (cells) => cells.map(quote).join(',');

function makeFiles(n) {
  const r = random(6);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const companies = [
    line([
      'Record ID',
      'Company name',
      'Company Domain Name',
      'Website URL',
      'Phone Number',
      'City',
      'Country/Region',
      'Industry',
      'Company owner',
      'Create Date',
      'Lifecycle Stage',
    ]),
  ];
  const names = [];
  for (let i = 0; i < n; i++) {
    const chinese = i % 3 === 0;
    const name = chinese
      ? `${pick(CN)}${pick(CN)}${pick(CN_KIND)}有限公司${i}`
      : `${pick(EN)} ${pick(EN_KIND)} ${i}`;
    const domain = `company-${i}.${chinese ? 'com.cn' : 'com'}`;
    names.push([name, domain]);
    companies.push(
      line([
        String(1_000_000 + i),
        name,
        domain,
        `https://www.${domain}`,
        chinese
          ? `021-${5000 + (i % 4000)} ${1000 + (i % 9000)}`
          : `+1 415 555 ${String(i % 10000).padStart(4, '0')}`,
        chinese ? '上海' : 'San Francisco',
        chinese ? '中国' : 'United States',
        pick(INDUSTRIES),
        'Jane Rep',
        `2024-0${1 + (i % 9)}-1${i % 10} 09:14`,
        pick(['Customer', 'Lead', 'Opportunity', 'Evangelist']),
      ]),
    );
  }
  const contacts = [
    line([
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Mobile Phone Number',
      'Job Title',
      'Associated Company',
      'Contact owner',
      'Create Date',
    ]),
  ];
  for (let i = 0; i < n; i++) {
    const [company, domain] = names[Math.floor(r() * n)];
    const chinese = i % 3 === 0;
    const first = chinese ? pick(CN_GIVEN) : pick(FIRST);
    const last = chinese ? pick(CN_FAMILY) : pick(LAST);
    contacts.push(
      line([
        String(5_000_000 + i),
        first,
        last,
        `person.${i}@${domain}`,
        `+1 650 555 ${String(i % 10000).padStart(4, '0')}`,
        i % 2 ? `138 ${String(i % 10000).padStart(4, '0')} 8000` : '',
        pick(['VP Operations', 'Head of IT', '采购经理', 'CFO', 'Buyer']),
        company,
        'Jane Rep',
        `3/${1 + (i % 28)}/2024 2:30 PM`,
      ]),
    );
  }
  return { companies: `${companies.join('\r\n')}\r\n`, contacts: `${contacts.join('\r\n')}\r\n` };
}

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
const files = makeFiles(ROWS);
console.log(
  `${ROWS} companies (${(files.companies.length / 1e6).toFixed(1)} M chars) + ${ROWS} contacts (${(files.contacts.length / 1e6).toFixed(1)} M chars) generated in ${Math.round(performance.now() - started)} ms`,
);

const bundle = await build({
  stdin: {
    contents: "export { prepareImport, runImport } from './lib/importers/import-file';",
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
