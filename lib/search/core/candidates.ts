/**
 * Query → candidate records, from the token table: each query term is looked up in every field it
 * could mean (name words, Han characters, pinyin, initials, initials-then-pinyin, addresses, phone
 * digits, note words), with a trigram fallback over name words for typos. Each hit gets a quality in
 * (0, 1]: the field's weight, times how much of the token the term covers.
 */
import type { SearchDoc } from './fields';
import type { TokenTable } from './token-table';
import { hanGrams, hanRuns, INITIALS_MAX, latinWords, NS, PINYIN_MAX } from './tokens';

/** Slot → best quality of one term. */
export type TermHits = Map<number, number>;

/** What the term look-ups need from the index. */
export interface CandidateSource {
  table: TokenTable;
  /** The live record in a slot, or undefined for a removed one (may parse it: use `alive` to filter). */
  doc(slot: number): SearchDoc | undefined;
  /** Whether a slot holds a live record, without reading the record. */
  alive(slot: number): boolean;
  /** Name words close to `word` (typos), most similar first, with their similarity in (0, 1]. */
  similarWords(word: string): [string, number][];
}

const WEIGHT: Record<string, number> = {
  [NS.nameWord]: 1,
  [NS.nameHan]: 1,
  [NS.pinyin]: 0.9,
  [NS.initials]: 0.85,
  [NS.address]: 0.75,
  [NS.phone]: 0.75,
  [NS.phoneTail]: 0.7,
  [NS.noteWord]: 0.4,
  [NS.noteHan]: 0.4,
};
/** Below this many hits, a letters-only term is also tried as initials followed by pinyin. */
const MIXED_BELOW = 150;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_WORD = /^[a-z0-9\u00df-\u024f]+$/;

/** The terms of a folded query: whitespace-separated, Han and non-Han runs apart; a phone number whole. */
export function queryTerms(folded: string): string[] {
  const q = folded.trim();
  if (/^[+\d\s()\-.]+$/.test(q) && q.replace(/\D/g, '').length >= 4) return [q.replace(/\D/g, '')];
  return q
    .split(/\s+/)
    .flatMap((chunk) => chunk.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g) ?? []);
}

/** Every record a term could mean, with the quality of its best hit. */
export function termHits(src: CandidateSource, term: string): TermHits {
  const hits: TermHits = new Map();
  if (HAN.test(term)) {
    hanHits(src, term, NS.nameHan, true, hits);
    hanHits(src, term, NS.noteHan, false, hits);
    return hits;
  }
  if (!LATIN_WORD.test(term)) {
    // A domain, an address or a hyphenated name: whole first, then word by word.
    lookup(src, NS.address, term, hits, true);
    if (hits.size) return hits;
    const words = latinWords(term);
    if (!words.length) return hits;
    return intersect(words.map((w) => termHits(src, w)));
  }
  const budget = term.length <= 2 ? 3000 : 30000;
  for (const ns of [NS.nameWord, NS.pinyin, NS.initials, NS.address])
    lookup(src, ns, term, hits, true, budget);
  if (/^\d+$/.test(term)) phoneHits(src, term, hits, budget);
  // Initials-then-pinyin only when plain look-ups found little: it checks every record it visits.
  if (/^[a-z]{3,}$/.test(term) && hits.size < MIXED_BELOW) mixedPinyinHits(src, term, hits);
  if (!hits.size && term.length >= 4) {
    for (const [word, similarity] of src.similarWords(term)) {
      src.table.exact(NS.nameWord + word, (slot) => keep(src, hits, slot, 0.8 * similarity));
    }
  }
  if (term.length >= 2) lookup(src, NS.noteWord, term, hits, true, budget);
  return hits;
}

/** Records that hit every term: slot → summed quality. */
export function intersect(all: TermHits[]): TermHits {
  if (!all.length) return new Map();
  const sorted = [...all].sort((a, b) => a.size - b.size);
  const out: TermHits = new Map();
  for (const [slot, q] of sorted[0]!) {
    let sum = q;
    let ok = true;
    for (let i = 1; i < sorted.length && ok; i++) {
      const other = sorted[i]!.get(slot);
      if (other === undefined) ok = false;
      else sum += other;
    }
    if (ok) out.set(slot, sum / sorted.length);
  }
  return out;
}

function keep(src: CandidateSource, hits: TermHits, slot: number, quality: number): void {
  if (!src.alive(slot)) return;
  const old = hits.get(slot);
  if (old === undefined || old < quality) hits.set(slot, quality);
}

function lookup(
  src: CandidateSource,
  ns: string,
  term: string,
  hits: TermHits,
  prefix: boolean,
  budget?: number,
): void {
  const weight = WEIGHT[ns]!;
  // Long pinyin is stored truncated: look up its stored length.
  const max = ns === NS.pinyin ? PINYIN_MAX : ns === NS.initials ? INITIALS_MAX : term.length;
  if (term.length > max) term = term.slice(0, max);
  const visit = (slot: number, tokenLength: number) =>
    keep(src, hits, slot, weight * (0.6 + (0.4 * term.length) / (tokenLength - 1)));
  if (prefix) src.table.prefix(ns + term, visit, budget);
  else src.table.exact(ns + term, visit);
}

/** A Han term: its character (one) or all its character pairs, in names or in notes. */
function hanHits(src: CandidateSource, term: string, ns: string, singles: boolean, hits: TermHits): void {
  const grams = term.length === 1 ? (singles ? [term] : []) : hanGrams(term, false);
  if (!grams.length || hanRuns(term).length !== 1) return;
  const sets = [...new Set(grams)].map((gram) => {
    const set: TermHits = new Map();
    src.table.exact(ns + gram, (slot) => keep(src, set, slot, WEIGHT[ns]!));
    return set;
  });
  for (const [slot, q] of intersect(sets)) keep(src, hits, slot, q);
}

/** Digits: a phone's start (prefix look-up) or its end (last four digits, then the whole suffix). */
function phoneHits(src: CandidateSource, digits: string, hits: TermHits, budget: number): void {
  lookup(src, NS.phone, digits, hits, true, budget);
  if (digits.length < 4) return;
  src.table.exact(NS.phoneTail + digits.slice(-4), (slot) => {
    const doc = src.doc(slot);
    if (doc?.phones.some((p) => p.endsWith(digits))) keep(src, hits, slot, WEIGHT[NS.phoneTail]!);
  });
}

/**
 * Initials, then full pinyin (`zgdianxin` → 中国电信): for each split into a head of initials and a
 * rest, look the rest up as pinyin and keep the records where the syllables before it have those
 * initials.
 */
function mixedPinyinHits(src: CandidateSource, term: string, hits: TermHits): void {
  for (let k = 1; k <= Math.min(5, term.length - 2); k++) {
    const head = term.slice(0, k);
    const rest = term.slice(k);
    src.table.prefix(
      NS.pinyin + rest,
      (slot) => {
        const doc = src.doc(slot);
        if (doc && hasMixedReading(doc, head, rest)) keep(src, hits, slot, WEIGHT[NS.initials]!);
      },
      20000,
    );
  }
}

/** True when some reading of `doc` has syllables with initials `head` followed by pinyin starting `rest`. */
export function hasMixedReading(doc: SearchDoc, head: string, rest: string): boolean {
  for (const r of doc.pinyin) {
    for (let j = head.length; j < r.syllables.length; j++) {
      if (r.initials.slice(j - head.length, j) !== head) continue;
      if (r.syllables.slice(j).join('').startsWith(rest)) return true;
    }
  }
  return false;
}
