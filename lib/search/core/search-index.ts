/**
 * The toolbar quick search: a candidate index in front of fuse.js. Plain fuse.js over
 * every record costs hundreds of ms per keystroke at 50,000 accounts; here a token table
 * (token-table.ts) finds the few hundred records a query could mean, by prefix, Han pairs, pinyin,
 * initials, addresses, phone digits and a typo fallback (candidates.ts), and fuse.js ranks only
 * those (rank.ts). Kept warm and updated per record; `toData`/`fromData` store and restore it.
 * Pure: takes pinyin readings as data and never imports pinyin-pro.
 */
import { foldText } from '../../detection/core/fold';
import { type CandidateSource, intersect, queryTerms, type TermHits, termHits } from './candidates';
import type { SearchDoc } from './fields';
import { packDoc, unpackDoc } from './packed-doc';
import { type Candidate, rankCandidates, type SearchResult } from './rank';
import { TokenTable, type TokenTableData } from './token-table';
import { docTokens, NS } from './tokens';
import { TypoVocabulary } from './typos';

export type { SearchMatch, SearchResult } from './rank';

/**
 * A stored index: typed arrays and two strings, so structured cloning (IndexedDB, postMessage)
 * copies a few flat values instead of 100,000s of objects. Records stay packed as UTF-8 JSON and
 * are parsed one by one when a search first touches them.
 */
export interface SearchIndexData {
  version: typeof DATA_VERSION;
  /** Record i is the packed JSON (packed-doc.ts), UTF-8, in records[recordOffsets[i] .. recordOffsets[i + 1]); its slot is i. */
  records: Uint8Array;
  recordOffsets: Uint32Array;
  /** Record ids in slot order, joined with U+0000. */
  ids: string;
  table: TokenTableData;
}

/** Options of `SearchIndex#search`. */
export interface SearchOptions {
  /** Most results returned; 20 by default. */
  limit?: number;
}

const DATA_VERSION = 4;
const decoder = new TextDecoder();
/** How many candidates fuse.js ranks per query. */
const CANDIDATES = 150;

export class SearchIndex {
  /** Slot → record; undefined = still packed, null = removed. */
  private docs: (SearchDoc | null | undefined)[] = [];
  private packed: { records: Uint8Array; offsets: Uint32Array; ids: string } | undefined;
  private slots: Map<string, number> | undefined;
  private live = 0;
  private dead = 0;
  private table: TokenTable;
  private typos: TypoVocabulary | undefined;
  private readonly source: CandidateSource;

  private constructor(table: TokenTable) {
    this.table = table;
    this.source = {
      table,
      doc: (slot) => this.doc(slot),
      alive: (slot) => slot < this.docs.length && this.docs[slot] !== null,
      similarWords: (word) => this.vocabulary().similar(word),
    };
  }

  /** An index over `docs` (a later record with the same id replaces an earlier one). */
  static build(docs: Iterable<SearchDoc>): SearchIndex {
    const byId = new Map<string, SearchDoc>();
    for (const doc of docs) byId.set(doc.id, doc);
    const live = [...byId.values()];
    const postings = new Map<string, number[]>();
    live.forEach((doc, slot) => {
      for (const token of docTokens(doc)) {
        const list = postings.get(token);
        if (list) list.push(slot);
        else postings.set(token, [slot]);
      }
    });
    const index = new SearchIndex(TokenTable.build(postings));
    index.docs = live;
    index.live = live.length;
    return index;
  }

  /** Restores an index from `toData()` output (no copy: the data belongs to the index now). */
  static fromData(data: SearchIndexData): SearchIndex {
    if (
      data?.version !== DATA_VERSION ||
      !(data.recordOffsets instanceof Uint32Array) ||
      !(data.table?.bytes instanceof Uint8Array)
    ) {
      throw new Error('SearchIndex.fromData: unknown data version');
    }
    const index = new SearchIndex(TokenTable.fromData(data.table));
    const count = data.recordOffsets.length - 1;
    index.docs = new Array(count);
    index.packed = { records: data.records, offsets: data.recordOffsets, ids: data.ids };
    index.live = count;
    return index;
  }

  /** Number of live records. */
  get size(): number {
    return this.live;
  }

  /** The record with this id, if indexed. */
  get(id: string): SearchDoc | undefined {
    const slot = this.slotOf().get(id);
    return slot === undefined ? undefined : this.doc(slot);
  }

  /** Adds a record, or replaces the one with the same id. */
  add(doc: SearchDoc): void {
    this.remove(doc.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotOf().set(doc.id, slot);
    this.live++;
    for (const token of docTokens(doc)) {
      this.table.add(token, slot);
      if (this.typos && token[0] === NS.nameWord) this.typos.learn(token.slice(1));
    }
    this.compactIfWorthIt();
  }

  /** Replaces the record with `doc.id` (same as `add`). */
  update(doc: SearchDoc): void {
    this.add(doc);
  }

  /** Removes the record with this id; false when there was none. */
  remove(id: string): boolean {
    const slots = this.slotOf();
    const slot = slots.get(id);
    if (slot === undefined) return false;
    slots.delete(id);
    this.docs[slot] = null;
    this.live--;
    this.dead++;
    this.compactIfWorthIt();
    return true;
  }

  /** Records for what the rep typed, best first. An empty query finds nothing. */
  search(query: string, { limit = 20 }: SearchOptions = {}): SearchResult[] {
    const terms = queryTerms(foldText(query).trim().toLowerCase());
    if (!terms.length) return [];
    return rankCandidates(this.candidates(terms), terms.join(' '), limit);
  }

  /** The live records and the token table as plain data, compacted first. */
  toData(): SearchIndexData {
    if (this.dead || this.table.deltaSize) this.compact();
    const docs = this.liveDocs();
    const offsets = new Uint32Array(docs.length + 1);
    const encoder = new TextEncoder();
    const parts = docs.map((doc, i) => {
      const bytes = encoder.encode(packDoc(doc));
      offsets[i + 1] = offsets[i]! + bytes.length;
      return bytes;
    });
    // Bytes, not one huge string: IndexedDB and postMessage move an ArrayBuffer as it is.
    const records = new Uint8Array(offsets[docs.length]!);
    parts.forEach((bytes, i) => {
      records.set(bytes, offsets[i]!);
    });
    return {
      version: DATA_VERSION,
      records,
      recordOffsets: offsets,
      ids: docs.map((d) => d.id).join('\u0000'),
      table: this.table.toData(),
    };
  }

  /** Rebuilds the token table from the live records: drops removed slots and folds the delta in. */
  compact(): void {
    const fresh = SearchIndex.build(this.liveDocs());
    this.docs = fresh.docs;
    this.packed = undefined;
    this.slots = undefined;
    this.table = fresh.table;
    this.source.table = fresh.table;
    this.live = fresh.live;
    this.dead = 0;
  }

  /** The record in a slot, parsed from the packed data on first use; undefined when removed. */
  private doc(slot: number): SearchDoc | undefined {
    let doc = this.docs[slot];
    if (doc === undefined && this.packed && slot < this.packed.offsets.length - 1) {
      const { records, offsets } = this.packed;
      doc = unpackDoc(decoder.decode(records.subarray(offsets[slot]!, offsets[slot + 1]!)));
      this.docs[slot] = doc;
    }
    return doc ?? undefined;
  }

  private liveDocs(): SearchDoc[] {
    const out: SearchDoc[] = [];
    for (let slot = 0; slot < this.docs.length; slot++) {
      const doc = this.doc(slot);
      if (doc) out.push(doc);
    }
    return out;
  }

  /** id → slot, built on first add, remove or get (a search alone never needs it). */
  private slotOf(): Map<string, number> {
    if (this.slots) return this.slots;
    const slots = new Map<string, number>();
    const packedIds = this.packed?.ids.split('\u0000') ?? [];
    for (let slot = 0; slot < this.docs.length; slot++) {
      const doc = this.docs[slot];
      if (doc) slots.set(doc.id, slot);
      else if (doc === undefined && slot < packedIds.length) slots.set(packedIds[slot]!, slot);
    }
    this.slots = slots;
    return slots;
  }

  /** The records fuse.js will rank for `terms`, with the index's quality for each. */
  private candidates(terms: string[]): Candidate[] {
    const perTerm: TermHits[] = terms.map((t) => termHits(this.source, t));
    let hits = intersect(perTerm);
    let coverage = 1;
    if (!hits.size && perTerm.length > 1) {
      // No record has every term: rank the records with the most of them.
      hits = new Map();
      for (const term of perTerm) for (const [slot, q] of term) hits.set(slot, (hits.get(slot) ?? 0) + q);
      coverage = 1 / perTerm.length;
    }
    return topCandidates(hits, CANDIDATES).map(([slot, q]) => ({
      doc: this.doc(slot)!,
      quality: Math.min(1, q * coverage),
    }));
  }

  /** Removed records and added tokens slow look-ups down a little; past a quarter, rebuild. */
  private compactIfWorthIt(): void {
    if (this.dead > Math.max(1000, this.live / 4) || this.table.deltaSize > Math.max(20000, this.live)) {
      this.compact();
    }
  }

  private vocabulary(): TypoVocabulary {
    if (!this.typos) {
      this.typos = new TypoVocabulary();
      for (const token of this.table.tokens(NS.nameWord)) this.typos.learn(token.slice(1));
    }
    return this.typos;
  }
}

/** The `n` best hits by quality (ties by slot, older first), without sorting all of them. */
function topCandidates(hits: TermHits, n: number): [number, number][] {
  let entries = [...hits];
  if (entries.length > n * 4) {
    // Histogram of qualities → the cut that keeps about n, then sort only those.
    const bins = new Uint32Array(65);
    let max = 0;
    for (const [, q] of entries) max = Math.max(max, q);
    const bin = (q: number) => Math.min(64, Math.floor((q / (max || 1)) * 64));
    for (const [, q] of entries) bins[bin(q)]!++;
    let cut = 64;
    for (let kept = bins[64]!; cut > 0 && kept < n; ) kept += bins[--cut]!;
    entries = entries.filter(([, q]) => bin(q) >= cut);
  }
  return entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n);
}
