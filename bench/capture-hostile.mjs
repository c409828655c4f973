// Capture on hostile input: what extracting a company from a page of a megabyte of labels, @s,
// address-like characters, digits or tags costs (lib/capture/core/company.ts), and reading contact
// lines out of a megabyte of colons and labels (lib/capture/core/contact-text.ts), in Node. Each is
// printed with its ratio to a bare pass over the same text (a charCodeAt walk) measured in the same
// run: linear work stays within a small multiple of it, a quadratic one shows as thousands.
import { resolve } from 'node:path';
import { median, ms, ratio, table } from './report.mjs';
import { importTypeScript } from './ts-import.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 5;

const { extractCompany } = await importTypeScript(resolve(ROOT, 'lib/capture/core/company.ts'));
const { contactLinesOf } = await importTypeScript(resolve(ROOT, 'lib/capture/core/contact-text.ts'));

const page = (text) => ({
  url: 'https://www.acme.example/about',
  title: text.slice(0, 500),
  lang: 'en',
  jsonLd: [],
  meta: [],
  microdata: [],
  links: [],
  icons: [],
  contactBlocks: [text.slice(0, 4_000)],
  text,
});

function time(fn) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    fn();
    runs.push(performance.now() - started);
  }
  return median(runs);
}

function walk(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

const cases = [
  ['company: a megabyte of labels', '电话：'.repeat(180_000), (t) => extractCompany(page(t))],
  ['company: a megabyte of @', '@'.repeat(1_048_576), (t) => extractCompany(page(t))],
  [
    'company: address-like characters',
    `${'a.'.repeat(300_000)}@${'b-'.repeat(200_000)}`,
    (t) => extractCompany(page(t)),
  ],
  ['company: digits after a label', `电话：${'1 '.repeat(500_000)}`, (t) => extractCompany(page(t))],
  ['company: a megabyte of tags', '<a'.repeat(500_000), (t) => extractCompany(page(t))],
  ['contact lines: a megabyte of colons', '：'.repeat(1_048_576), (t) => contactLinesOf(t)],
  ['contact lines: labels', '电话：1 Tel: x：'.repeat(80_000), (t) => contactLinesOf(t)],
];

const rows = [];
for (const [name, text, run] of cases) {
  const base = time(() => walk(text));
  const took = time(() => run(text));
  rows.push([name, `${(text.length / 1e6).toFixed(2)} M`, ms(took), ms(base), ratio(took, base)]);
}
table(
  `Capture on hostile input (Node, median of ${RUNS})`,
  ['input', 'chars', 'ms', 'bare walk ms', 'ratio'],
  rows,
);
