/**
 * A search result as the popup and the omnibox show it: title, subtitle, badges, and the fragment
 * that matched with its highlighted spans. The spans are where a typed term occurs in the value;
 * for a typo (no exact occurrence) fuse.js's own longest matched span; for pinyin, the Chinese
 * characters the matched syllables read.
 */
import { foldText } from '../../detection/core/fold';
import type { Hits, QuickResult } from '../../model/quick-search';
import { hasHan, type Readings, type SearchDoc } from './fields';
import type { SearchMatch, SearchResult } from './rank';

/** How telling a matched field is, for choosing the one a result shows (lower = shown first). */
const KEY_ORDER = [
  'names',
  'pinyin.full',
  'pinyin.initials',
  'emails',
  'domains',
  'phones',
  'words',
  'subtitle',
];
/** Characters of a note shown around its first hit. */
const SNIPPET_BEFORE = 24;
const SNIPPET_LENGTH = 90;

/** `result` for `query` (as typed) as one line of the popup. */
export function presentResult(result: SearchResult, query: string): QuickResult {
  const { doc } = result;
  const terms = foldText(query).toLowerCase().split(/\s+/).filter(Boolean);
  const base: QuickResult = {
    id: doc.id,
    kind: doc.type,
    accountId: doc.accountId,
    title: doc.title,
    titleHits: [],
    subtitle: doc.subtitle,
    tier: doc.tier ?? null,
    portfolioQuadrant: doc.portfolioQuadrant ?? null,
    reason: 'match',
    fragment: null,
  };
  const titleHits = termHits(doc.title, terms);
  // The value holding most of what was typed, as typed; then the most telling field.
  const covered = (value: string) => {
    const folded = foldText(value).toLowerCase();
    return terms.reduce((sum, term) => sum + (folded.includes(term) ? term.length : 0), 0);
  };
  const best = result.matched
    .map((m) => ({ m, covered: covered(m.value), order: KEY_ORDER.indexOf(m.key) }))
    .sort((a, b) => b.covered - a.covered || a.order - b.order)[0];
  const titleCovered = covered(doc.title);
  // The title says it best when it holds as much of the query as any field.
  if (!best || (titleCovered > 0 && titleCovered >= best.covered)) return { ...base, titleHits };
  const match = best.m;
  const shown = showMatch(doc, match, terms);
  if (shown && shown.text === doc.title)
    return { ...base, titleHits: shown.hits.length ? shown.hits : titleHits };
  return { ...base, titleHits, fragment: shown };
}

function showMatch(doc: SearchDoc, match: SearchMatch, terms: string[]): QuickResult['fragment'] {
  if (match.key === 'pinyin.full' || match.key === 'pinyin.initials') {
    const index = doc.pinyin.findIndex(
      (r) => (match.key === 'pinyin.full' ? r.full : r.initials) === match.value,
    );
    const name = doc.names.filter(hasHan)[index];
    const reading = doc.pinyin[index];
    if (name && reading) {
      const hits = hanHits(name, reading, match, terms);
      if (hits) return { text: name, hits };
    }
  }
  const hits = termHits(match.value, terms);
  const spans = hits.length ? hits : longestSpan(match);
  if (match.key === 'words') return snippet(match.value, spans);
  return { text: match.value, hits: spans };
}

/** Where each term occurs in `text` (folded and lower-cased the same way), merged. */
export function termHits(text: string, terms: readonly string[]): Hits {
  const folded = foldText(text).toLowerCase();
  if (folded.length !== text.length) return [];
  const hits: Hits = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0 && term; at = folded.indexOf(term, at + term.length)) {
      hits.push([at, at + term.length]);
    }
  }
  return merge(hits);
}

/** fuse.js's longest matched span (inclusive ranges → [start, end)), for a typo. */
function longestSpan(match: SearchMatch): Hits {
  let best: [number, number] | null = null;
  for (const [a, b] of match.indices) if (!best || b - a > best[1] - best[0]) best = [a, b];
  return best ? [[best[0], best[1] + 1]] : [];
}

/** The Chinese characters read by the syllables that matched; null when the name does not line up. */
function hanHits(name: string, reading: Readings, match: SearchMatch, terms: string[]): Hits | null {
  // Syllable units of the name: one per Han character, one per Latin word or number.
  const units: [number, number][] = [];
  const folded = foldText(name).toLowerCase();
  if (folded.length !== name.length) return null;
  for (const m of folded.matchAll(/[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+/g))
    units.push([m.index, m.index + m[0].length]);
  if (units.length !== reading.syllables.length) return null;
  // Which syllable each character of the matched value belongs to.
  const syllableOf: number[] = [];
  reading.syllables.forEach((syllable, i) => {
    const width = match.key === 'pinyin.full' ? syllable.length : 1;
    for (let k = 0; k < width; k++) syllableOf.push(i);
  });
  const spans = termHits(match.value, terms);
  const hit = new Set<number>();
  for (const [a, b] of spans.length ? spans : longestSpan(match))
    for (let k = a; k < b; k++) if (syllableOf[k] !== undefined) hit.add(syllableOf[k]!);
  if (!hit.size) return [[0, name.length]];
  return merge([...hit].map((i) => units[i]!));
}

/** A window of a note around its first hit, with the hits moved into it. */
function snippet(text: string, hits: Hits): QuickResult['fragment'] {
  const first = hits[0]?.[0] ?? 0;
  const start = Math.max(0, first - SNIPPET_BEFORE);
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? '…' : '';
  // Line breaks become spaces one for one, so the offsets still line up.
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const moved: Hits = hits
    .map(([a, b]): [number, number] => [
      Math.max(a, start) - start + prefix.length,
      Math.min(b, end) - start + prefix.length,
    ])
    .filter(([a, b]) => b > a);
  return { text: `${prefix}${body}${end < text.length ? '…' : ''}`, hits: moved };
}

function merge(hits: Hits): Hits {
  const sorted = [...hits].sort((a, b) => a[0] - b[0]);
  const out: Hits = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
