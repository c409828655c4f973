/**
 * The last step of a search: fuse.js ranks a bounded candidate set with weighted keys and says
 * what matched; the candidate index's own quality breaks ties and places the records fuse.js's
 * fuzzy match cannot see (initials-then-pinyin, phone suffixes).
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchDoc } from './fields';

/** Searched keys, most telling first. The plain fuse.js baseline in bench/search.mjs uses them too. */
export const SEARCH_KEYS = [
  { name: 'names', weight: 1 },
  { name: 'pinyin.full', weight: 0.7 },
  { name: 'pinyin.initials', weight: 0.7 },
  { name: 'domains', weight: 0.5 },
  { name: 'emails', weight: 0.5 },
  { name: 'phones', weight: 0.5 },
  { name: 'subtitle', weight: 0.3 },
  { name: 'words', weight: 0.2 },
];

/** fuse.js options for search records (candidate ranking and the plain baseline alike). */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS,
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.4,
};

/** Why a record matched: the key (`names`, `pinyin.full`, `emails`, …), the value and its ranges. */
export interface SearchMatch {
  key: string;
  value: string;
  /** Inclusive [start, end] ranges in `value`, as fuse.js reports them. */
  indices: [number, number][];
}

/** One result: lower `score` is better (0 = perfect). */
export interface SearchResult {
  doc: SearchDoc;
  score: number;
  matched: SearchMatch[];
}

/** A candidate and the index's quality for it, in [0, 1] (1 = every term hit a whole token). */
export interface Candidate {
  doc: SearchDoc;
  quality: number;
}

const TYPE_BONUS = { account: 0.03, contact: 0.01, note: 0 } as const;

/** Ranks `candidates` for the folded `query`: fuse.js score and index quality, half each. */
export function rankCandidates(candidates: Candidate[], query: string, limit: number): SearchResult[] {
  const fuse = new Fuse(
    candidates.map((c) => c.doc),
    FUSE_OPTIONS,
  );
  const byDoc = new Map<SearchDoc, { score: number; matched: SearchMatch[] }>();
  for (const r of fuse.search(query)) {
    byDoc.set(r.item, {
      score: r.score ?? 1,
      matched: (r.matches ?? []).map((m) => ({
        key: m.key ?? '',
        value: m.value ?? '',
        indices: m.indices.map(([a, b]) => [a, b] as [number, number]),
      })),
    });
  }
  const results = candidates.map(({ doc, quality }): SearchResult => {
    const hit = byDoc.get(doc);
    const score = 0.5 * (hit?.score ?? 1) + 0.5 * (1 - quality) - TYPE_BONUS[doc.type];
    return { doc, score, matched: hit?.matched.length ? hit.matched : explain(doc, query) };
  });
  results.sort((a, b) => a.score - b.score);
  return results.slice(0, limit);
}

/** A plain substring explanation for records fuse.js did not match: the first value holding a term. */
export function explain(doc: SearchDoc, query: string): SearchMatch[] {
  const terms = query.split(/\s+/).filter(Boolean);
  const fields: [string, string[]][] = [
    ['names', doc.names],
    ['pinyin.full', doc.pinyin.map((r) => r.full)],
    ['domains', doc.domains],
    ['emails', doc.emails],
    ['phones', doc.phones],
    ['words', doc.words ? [doc.words] : []],
  ];
  for (const [key, values] of fields) {
    for (const value of values) {
      const lower = value.toLowerCase();
      for (const term of terms) {
        const at = lower.indexOf(term);
        if (at >= 0) return [{ key, value, indices: [[at, at + term.length - 1]] }];
      }
    }
  }
  // Initials-then-pinyin and similar: the Chinese name itself is why.
  const han = doc.names.find((n) => /[\u3400-\u9fff]/.test(n));
  return han ? [{ key: 'names', value: han, indices: [[0, han.length - 1]] }] : [];
}
