import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { accountRowSchema, contactRowSchema } from '../../model/schemas';
import type { ExistingData, ImportPlan } from './core/plan';
import { IMPORT_ERROR_CODES } from './core/types';
import { importFile } from './import-file';

/**
 * 1,000 mutated import files: bit flips, truncation, inserted quotes, delimiters, NULs
 * and line breaks, shuffled and duplicated lines, other encodings, random bytes. Each must give a
 * plan or a known error — never a throw — and every row a plan would write must pass the model's
 * validation (nothing invalid reaches the writer), the rows it marks as assembled (which the writer
 * checks only in the fields the plan set) included. Seeded: a failure names its case number.
 */
const DIR = resolve(import.meta.dirname, '../../../tests/fixtures/imports');
const SEEDS = readdirSync(DIR)
  .filter((name) => /\.(csv|vcf)$/.test(name))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(DIR, name))) }));

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = ReturnType<typeof random>;
const int = (r: Rng, n: number) => Math.floor(r() * n);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

const MUTATIONS: [string, (bytes: Uint8Array, r: Rng) => Uint8Array][] = [
  [
    'bit flips',
    (b, r) => {
      const out = b.slice();
      for (let i = 0, n = 1 + int(r, 8); i < n && out.length; i++) out[int(r, out.length)]! ^= 1 << int(r, 8);
      return out;
    },
  ],
  ['truncation', (b, r) => b.slice(0, int(r, b.length + 1))],
  [
    'inserted quotes, delimiters, line breaks',
    (b, r) => {
      let out = b;
      for (let i = 0, n = 1 + int(r, 6); i < n; i++) {
        const at = int(r, out.length + 1);
        const piece = encode(['"', ',', ';', '\t', '\n', '\r\n', '""', '"\n"', '=', ':', ';;;'][int(r, 11)]!);
        out = concat(out.slice(0, at), piece, out.slice(at));
      }
      return out;
    },
  ],
  [
    'inserted NULs and control bytes',
    (b, r) => {
      const at = int(r, b.length + 1);
      return concat(b.slice(0, at), new Uint8Array([0, int(r, 32), 0]), b.slice(at));
    },
  ],
  [
    'shuffled and repeated lines',
    (b, r) => {
      const lines = decode(b).split('\n');
      for (let i = lines.length - 1; i > 0; i--) {
        const j = int(r, i + 1);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      if (r() < 0.5 && lines.length) lines.push(...lines.slice(0, int(r, lines.length)));
      return encode(lines.join(r() < 0.5 ? '\n' : '\r\n'));
    },
  ],
  [
    'other encodings',
    (b, r) => {
      const text = decode(b);
      const kind = int(r, 4);
      if (kind === 0)
        return concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from(text, 'utf16le')));
      if (kind === 1) return new Uint8Array(Buffer.from(text, 'utf16le'));
      if (kind === 2)
        return concat(new Uint8Array([0xfe, 0xff]), new Uint8Array(Buffer.from(text, 'utf16le').swap16()));
      return new Uint8Array(Buffer.from(text, 'latin1'));
    },
  ],
  [
    'random bytes',
    (b, r) => {
      const out = new Uint8Array(int(r, 2048));
      for (let i = 0; i < out.length; i++) out[i] = int(r, 256);
      return r() < 0.5 ? out : concat(b.slice(0, int(r, b.length)), out);
    },
  ],
  [
    'long cells and many columns',
    (b, r) => {
      const text = decode(b);
      const at = int(r, text.length + 1);
      const filler = r() < 0.5 ? 'x'.repeat(120_000) : ','.repeat(1_200);
      return encode(text.slice(0, at) + filler + text.slice(at));
    },
  ],
];

/** Every row to write is a valid stored row (schema v5's row schemas, `externalIds` included). */
const rowIssues = (schema: v.GenericSchema, row: unknown) =>
  v.safeParse(schema, row).issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? [];

/**
 * Checks a plan; returns how many of its rows it assembled (rows the writer checks only in the
 * fields the plan set: the whole-row check here is what keeps that honest).
 */
function checkPlan(plan: ImportPlan): number {
  for (const row of plan.put.accounts) expect(rowIssues(accountRowSchema, row)).toEqual([]);
  for (const row of plan.put.contacts) expect(rowIssues(contactRowSchema, row)).toEqual([]);
  const written = new Set([...plan.put.accounts.map((a) => a.id), ...EXISTING.accounts.map((a) => a.id)]);
  for (const row of plan.put.contacts) expect(written.has(row.accountId)).toBe(true);
  const { accounts, contacts } = plan.counts;
  expect(accounts.create + accounts.update).toBe(plan.put.accounts.length);
  expect(contacts.create + contacts.update).toBe(plan.put.contacts.length);
  expect(() => structuredClone(plan)).not.toThrow();
  const put = new Set([...plan.put.accounts, ...plan.put.contacts].map((row) => row.id));
  const assembled = [...plan.assembled.accounts, ...plan.assembled.contacts];
  for (const id of assembled) expect(put.has(id)).toBe(true);
  return assembled.length;
}

const seedPlan = importFile(SEEDS.find((s) => s.name === 'hubspot-companies.csv')!.bytes, {
  accounts: [],
  contacts: [],
});
const EXISTING: ExistingData = {
  accounts: seedPlan.ok ? seedPlan.value.put.accounts : [],
  contacts: [],
};

describe('fuzz: 1,000 mutated import files', () => {
  const CASES = 1_000;
  const r = random(20260101);
  const cases = Array.from({ length: CASES }, (_, n) => {
    const seed = SEEDS[int(r, SEEDS.length)]!;
    const [mutation, mutate] = MUTATIONS[n % MUTATIONS.length]!;
    return { n, seed: seed.name, mutation, bytes: mutate(seed.bytes, random(n)) };
  });

  it('never throws; gives a plan whose rows are all valid, or a known error', () => {
    const outcomes = { plans: 0, assembled: 0, errors: new Map<string, number>() };
    for (const c of cases) {
      let result: ReturnType<typeof importFile>;
      try {
        result = importFile(c.bytes, c.n % 2 ? EXISTING : { accounts: [], contacts: [] }, {
          fileName: c.n % 3 ? c.seed : '',
        });
      } catch (error) {
        throw new Error(`case ${c.n} (${c.mutation} of ${c.seed}) threw: ${(error as Error).stack}`);
      }
      if (result.ok) {
        outcomes.plans++;
        try {
          outcomes.assembled += checkPlan(result.value);
        } catch (error) {
          throw new Error(`case ${c.n} (${c.mutation} of ${c.seed}): ${error}`);
        }
      } else {
        expect(IMPORT_ERROR_CODES).toContain(result.error.code);
        outcomes.errors.set(result.error.code, (outcomes.errors.get(result.error.code) ?? 0) + 1);
      }
    }
    expect(outcomes.plans + [...outcomes.errors.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
    // Most mutated files still import: the reader is lenient, not brittle.
    expect(outcomes.plans).toBeGreaterThan(CASES / 2);
    expect(outcomes.errors.get('binary') ?? 0).toBeGreaterThan(0);
    // …and most of their rows are assembled, each of which passed the whole-row schema above.
    expect(outcomes.assembled).toBeGreaterThan(CASES);
  });
});
