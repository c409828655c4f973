/**
 * Aho–Corasick multi-pattern search over folded text (fold.ts): finds every occurrence of every
 * client name, alias, domain and email of the whole book (150,000 patterns) in one pass over a page,
 * in time linear in the text. Everything lives in typed arrays, so the automaton builds in a
 * fraction of a second, scans a megabyte in milliseconds, and can be stored in IndexedDB as it is
 * (structured clone) and restored by a restarted service worker without rebuilding.
 *
 * Layout (why it is fast):
 * - states are numbered in depth-first order of the sorted patterns, so a state's first child is
 *   always the next state: the common single-child case is one compare (`firstChar[s] === c`),
 *   no hashing;
 * - the other children live in one open-addressing hash table keyed by (state, char);
 * - the root has a dense 65,536-entry table, since most characters of a page start at the root; it
 *   also marks chars that are in no pattern, which end any partial match at once;
 * - the root and the shallowest ASCII states have full 128-entry rows with failure links already
 *   followed (a DFA on ASCII), so English text rarely follows a failure link;
 * - outputs follow "dictionary suffix links": `report[s]` names the deepest output node reachable
 *   by failure links, each output node holds its pattern ids (CSR) and the next output node, so a
 *   character without a match costs one array read.
 */
import { foldTable, foldText } from './fold';

/**
 * The automaton as plain numbers and typed arrays: structured-clonable, for IndexedDB. Restore it
 * with `automatonFromData`. `version` changes whenever the layout does; older data is refused.
 */
export interface AutomatonData {
  version: 1;
  patternCount: number;
  stateCount: number;
  /** Root transitions by folded char: 0 = stay at the root, -1 = the char is in no pattern. Length 65,536. */
  rootNext: Int32Array;
  /** Rows of 128: the next state on each ASCII char, failure links already followed. */
  asciiNext: Int32Array;
  /**
   * Per state: the char of its first child (whose state is s + 1), or -1 for a leaf, or, for the
   * states with an ASCII row, -2 - the row's offset in asciiNext (their children are all hashed).
   */
  firstChar: Int32Array;
  /** Per state: 1 when (more of) its children are in the hash table. */
  branchy: Uint8Array;
  /** Per state: failure link. */
  fail: Int32Array;
  /** Per state: 1 + the output node reported on reaching it (its own or via failure links), or 0. */
  report: Int32Array;
  /** Hash table of non-first child transitions; size is a power of two, hashState 0 = empty slot. */
  hashState: Int32Array;
  hashChar: Uint16Array;
  hashNext: Int32Array;
  /** Per output node k: its ids are outIds[outOffsets[k] .. outOffsets[k + 1]). */
  outOffsets: Int32Array;
  outIds: Int32Array;
  /** Per output node: length of its patterns (they all end at the same state, so share it). */
  outLength: Int32Array;
  /** Per output node: 1 + the next, shorter output node on the dictionary suffix chain, or 0. */
  outNext: Int32Array;
}

/** Called for each occurrence: pattern index, start (inclusive), end (exclusive) in the text. */
export type OnMatch = (patternId: number, start: number, end: number) => void;

// Multiplicative hashing of (state, char); the high bits of the product are the best mixed.
const HASH_MUL = 0x9e3779b1;
const CHAR_MUL = 0x85ebca77;
// States with a full ASCII row (128 × 4 bytes each): 2,048 rows = 1 MB, the shallow states where
// scanning English spends its time; 1,024 to 16,384 rows scanned about as fast on the bench.
const ASCII_ROWS = 2048;

export class Automaton {
  private readonly d: AutomatonData;
  private readonly shift: number;

  private constructor(data: AutomatonData) {
    this.d = data;
    this.shift = 32 - Math.log2(data.hashState.length);
  }

  /** Restores an automaton from `toData()` output (for example read back from IndexedDB). */
  static fromData(data: AutomatonData): Automaton {
    checkData(data);
    return new Automaton(data);
  }

  get patternCount(): number {
    return this.d.patternCount;
  }

  get stateCount(): number {
    return this.d.stateCount;
  }

  /** The automaton as structured-clonable data (shared, not copied: do not mutate it). */
  toData(): AutomatonData {
    return this.d;
  }

  /**
   * Reports every occurrence of every pattern in `text`, overlapping ones included, in order of
   * end position (longest first for one end). The text is folded as it is read, so positions are
   * the original text's. Empty patterns never match.
   */
  scan(text: string, onMatch: OnMatch): void {
    const { rootNext, asciiNext, firstChar, branchy, fail, report } = this.d;
    const { hashState, hashChar, hashNext } = this.d;
    const { outOffsets, outIds, outLength, outNext } = this.d;
    const fold = foldTable();
    const shift = this.shift;
    const n = text.length;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = fold[text.charCodeAt(i)]!;
      // Follow failure links until some state has a transition on c. Two loops, so that each
      // tests one kind of character: ASCII goes through the full rows of the shallow states (the
      // root among them) and rarely follows a failure link; other chars start from rootNext.
      if (c < 128) {
        for (;;) {
          const first = firstChar[s]!;
          if (first < -1) {
            s = asciiNext[-2 - first + c]!;
            break;
          }
          const t = childOf(s, c, firstChar, branchy, hashState, hashChar, hashNext, shift);
          if (t > 0) {
            s = t;
            break;
          }
          s = fail[s]!;
        }
      } else {
        const fromRoot = rootNext[c]!;
        if (fromRoot < 0) {
          // A character in no pattern at all (most of Chinese prose) ends every partial match.
          s = 0;
          continue;
        }
        for (;;) {
          if (s === 0) {
            s = fromRoot;
            break;
          }
          const t = childOf(s, c, firstChar, branchy, hashState, hashChar, hashNext, shift);
          if (t > 0) {
            s = t;
            break;
          }
          s = fail[s]!;
        }
      }
      let out = report[s]!;
      while (out !== 0) {
        const k = out - 1;
        const end = i + 1;
        const start = end - outLength[k]!;
        for (let j = outOffsets[k]!; j < outOffsets[k + 1]!; j++) onMatch(outIds[j]!, start, end);
        out = outNext[k]!;
      }
    }
  }
}

/** The child of a non-root state `s` on `c`, or 0 when there is none. */
function childOf(
  s: number,
  c: number,
  firstChar: Int32Array,
  branchy: Uint8Array,
  hashState: Int32Array,
  hashChar: Uint16Array,
  hashNext: Int32Array,
  shift: number,
): number {
  if (firstChar[s] === c) return s + 1;
  if (branchy[s] === 0) return 0;
  const mask = hashState.length - 1;
  for (let h = Math.imul(s ^ Math.imul(c, CHAR_MUL), HASH_MUL) >>> shift; ; h = (h + 1) & mask) {
    const k = hashState[h]!;
    if (k === 0) return 0;
    if (k === s && hashChar[h] === c) return hashNext[h]!;
  }
}

/** Restores an automaton from `Automaton#toData()` output; throws if the data is not of this version. */
export function automatonFromData(data: AutomatonData): Automaton {
  return Automaton.fromData(data);
}

function checkData(d: AutomatonData): void {
  const n = d.stateCount;
  const size = d.hashState?.length ?? 0;
  const outputs = d.outLength?.length ?? -1;
  const ok =
    d.version === 1 &&
    d.rootNext?.length === 0x10000 &&
    (d.asciiNext?.length ?? 0) >= 128 &&
    d.asciiNext.length % 128 === 0 &&
    d.firstChar?.length === n &&
    d.branchy?.length === n &&
    d.fail?.length === n &&
    d.report?.length === n &&
    size >= 16 &&
    (size & (size - 1)) === 0 &&
    d.hashChar?.length === size &&
    d.hashNext?.length === size &&
    d.outOffsets?.length === outputs + 1 &&
    d.outNext?.length === outputs &&
    d.outIds?.length === d.outOffsets[outputs]!;
  if (!ok) throw new Error('Not automaton data of version 1');
}

/**
 * Builds the automaton for `patterns` (folded strings; they are folded again, which changes
 * nothing for folded ones and saves a caller who forgot). A pattern's id is its index; duplicate
 * patterns are each reported. Linear in the total pattern length, plus a sort.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const pats = patterns.map(foldText);
  // Sorted order makes the trie depth-first: a new state's first child is created right after it.
  const order: number[] = [];
  let total = 0;
  let longest = 0;
  for (let i = 0; i < pats.length; i++) {
    const len = pats[i]!.length;
    if (len === 0) continue;
    order.push(i);
    total += len;
    longest = Math.max(longest, len);
  }
  order.sort((a, b) => (pats[a]! < pats[b]! ? -1 : pats[a]! > pats[b]! ? 1 : a - b));

  const max = total + 1;
  const edgeChar = new Uint16Array(max); // char on the edge into a state
  const sibling = new Int32Array(max); // next child of the same parent (0 = none)
  const lastChild = new Int32Array(max);
  const firstChar = new Int32Array(max).fill(-1);
  const childCount = new Int32Array(max);
  const outOf = new Int32Array(max); // 1 + output node of a terminal state, or 0
  let outputs = 0;
  const outOffsets: number[] = [];
  const outIds: number[] = [];
  const path = new Int32Array(longest + 1);
  let states = 1;
  let prev = '';
  for (const id of order) {
    const p = pats[id]!;
    let lcp = 0;
    const lim = Math.min(p.length, prev.length);
    while (lcp < lim && p.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    for (let d = lcp; d < p.length; d++) {
      const parent = path[d]!;
      const t = states++;
      const c = p.charCodeAt(d);
      edgeChar[t] = c;
      if (childCount[parent] === 0) firstChar[parent] = c;
      else sibling[lastChild[parent]!] = t;
      lastChild[parent] = t;
      childCount[parent]!++;
      path[d + 1] = t;
    }
    const end = path[p.length]!;
    if (outOf[end] === 0) {
      outOffsets.push(outIds.length);
      outOf[end] = ++outputs;
    }
    outIds.push(id);
    prev = p;
  }
  outOffsets.push(outIds.length);

  // Root: dense table. Other states: first child implicit (s + 1), the rest hashed.
  const rootFirst = childCount[0]! > 0 ? 1 : 0;
  const rootNext = new Int32Array(0x10000).fill(-1);
  for (let t = 1; t < states; t++) rootNext[edgeChar[t]!] = 0;
  let extra = 0;
  for (let s = 1; s < states; s++) if (childCount[s]! > 1) extra += childCount[s]! - 1;
  let size = 16;
  // Half full at most (a miss, the common case when scanning, then costs ~2.5 probes). A quarter
  // full scanned ~5% faster but made the stored data 10% bigger and slower to restore.
  while (size < (extra + ASCII_ROWS) * 2) size *= 2;
  const shift = 32 - Math.log2(size);
  const hashState = new Int32Array(size);
  const hashChar = new Uint16Array(size);
  const hashNext = new Int32Array(size);
  const branchy = new Uint8Array(states);
  for (let t = rootFirst; t !== 0; t = sibling[t]!) rootNext[edgeChar[t]!] = t;
  for (let s = 1; s < states; s++) {
    if (childCount[s]! < 2) continue;
    branchy[s] = 1;
    for (let t = sibling[s + 1]!; t !== 0; t = sibling[t]!) {
      const c = edgeChar[t]!;
      let h = Math.imul(s ^ Math.imul(c, CHAR_MUL), HASH_MUL) >>> shift;
      while (hashState[h] !== 0) h = (h + 1) & (size - 1);
      hashState[h] = s;
      hashChar[h] = c;
      hashNext[h] = t;
    }
  }
  const go = (s: number, c: number): number =>
    s === 0
      ? Math.max(rootNext[c]!, 0)
      : childOf(s, c, firstChar, branchy, hashState, hashChar, hashNext, shift) || -1;

  // Failure links and dictionary links, breadth first: a state's failure target is shallower, so
  // it is finished before the state needs it.
  const fail = new Int32Array(states);
  const report = new Int32Array(states);
  const outNext = new Int32Array(outputs);
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let t = rootFirst; t !== 0; t = sibling[t]!) queue[tail++] = t;
  while (head < tail) {
    const t = queue[head++]!;
    if (childCount[t]! > 0) for (let u = t + 1; u !== 0; u = sibling[u]!) queue[tail++] = u;
    const f = fail[t]!;
    if (outOf[t] !== 0) {
      report[t] = outOf[t]!;
      outNext[outOf[t]! - 1] = report[f]!;
    } else report[t] = report[f]!;
    // Children's failure links: the longest proper suffix that is also a trie path.
    if (childCount[t] === 0) continue;
    for (let u = t + 1; u !== 0; u = sibling[u]!) {
      const c = edgeChar[u]!;
      let g = f;
      let target = go(g, c);
      while (target < 0) {
        g = fail[g]!;
        target = go(g, c);
      }
      fail[u] = target;
    }
  }

  // Full ASCII rows for the root and the shallowest states entered on an ASCII char, in BFS order so
  // that a state's failure target (shallower) has its row, or its transitions, already settled.
  const asciiRow = new Map<number, number>();
  const rowStates = [0];
  for (let q = 0; q < tail && rowStates.length < ASCII_ROWS; q++) {
    if (edgeChar[queue[q]!]! < 128) rowStates.push(queue[q]!);
  }
  const asciiNext = new Int32Array(rowStates.length * 128);
  rowStates.forEach((s, r) => {
    asciiRow.set(s, r * 128);
  });
  for (const s of rowStates) {
    const row = asciiRow.get(s)!;
    for (let c = 0; c < 128; c++) {
      let g = s;
      let target = go(g, c);
      while (target < 0) {
        g = fail[g]!;
        const gRow = asciiRow.get(g);
        target = gRow !== undefined ? asciiNext[gRow + c]! : go(g, c);
      }
      asciiNext[row + c] = target;
    }
  }
  // Now mark the row states in firstChar, which frees it: their first child joins the hash table.
  for (const [s, row] of asciiRow) {
    if (s !== 0 && childCount[s]! > 0) {
      const c = firstChar[s]!;
      let h = Math.imul(s ^ Math.imul(c, CHAR_MUL), HASH_MUL) >>> shift;
      while (hashState[h] !== 0) h = (h + 1) & (size - 1);
      hashState[h] = s;
      hashChar[h] = c;
      hashNext[h] = s + 1;
      branchy[s] = 1;
    }
    firstChar[s] = -2 - row;
  }

  const outLength = new Int32Array(outputs);
  for (let k = 0; k < outputs; k++) outLength[k] = pats[outIds[outOffsets[k]!]!]!.length;
  return Automaton.fromData({
    version: 1,
    patternCount: patterns.length,
    stateCount: states,
    rootNext,
    asciiNext,
    firstChar: firstChar.slice(0, states),
    branchy,
    fail,
    report,
    hashState,
    hashChar,
    hashNext,
    outOffsets: Int32Array.from(outOffsets),
    outIds: Int32Array.from(outIds),
    outLength,
    outNext,
  });
}
