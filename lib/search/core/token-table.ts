/**
 * Token → record slots, for exact and prefix look-ups. Two layers, like a small LSM tree:
 * - the base: every token sorted and joined into one run of bytes (offsets in a Uint32Array) with
 *   its postings laid out in the same order (CSR), so the postings of a prefix range are contiguous
 *   and the whole base stores and restores as a few typed arrays, searched without decoding;
 * - the delta: tokens added since the base was built, in a Map plus a sorted key list.
 * Nothing is ever removed here: the index drops dead slots when it reads postings, and rebuilds the
 * table (compacts) when dead slots or the delta grow large.
 */

/** The base layer as plain, structured-clonable values. */
export interface TokenTableData {
  /**
   * All tokens, encoded (`encodeToken`: one byte per character), sorted by code unit and
   * concatenated, a byte per character: compared and read where they lie, so a restored table
   * never decodes the ten megabytes of tokens a large book has.
   */
  bytes: Uint8Array;
  /** Token i is bytes[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  /** Postings of token i are slots.subarray(starts[i], starts[i + 1]). */
  starts: Uint32Array;
  slots: Uint32Array;
}

/** Receives a slot that holds a token, and that token's length (shorter = closer to the query). */
export type PostingVisitor = (slot: number, tokenLength: number) => void;

/** Prefix ranges with more tokens than this are read in order, not shortest first. */
const BUCKET_MAX = 4096;

export class TokenTable {
  private readonly base: TokenTableData;
  private readonly delta = new Map<string, number[]>();
  private readonly deltaKeys: string[] = [];
  private hasWide: boolean | undefined;

  private constructor(base: TokenTableData) {
    this.base = base;
  }

  /** A table whose base holds `postings` (token → slots); the map is read, not kept. */
  static build(raw: Map<string, number[]>): TokenTable {
    const postings = new Map<string, number[]>();
    for (const [token, slots] of raw) postings.set(encodeToken(token), slots);
    const keys = [...postings.keys()].sort();
    const offsets = new Uint32Array(keys.length + 1);
    const starts = new Uint32Array(keys.length + 1);
    let chars = 0;
    let total = 0;
    keys.forEach((key, i) => {
      chars += key.length;
      total += postings.get(key)!.length;
      offsets[i + 1] = chars;
      starts[i + 1] = total;
    });
    const slots = new Uint32Array(total);
    keys.forEach((key, i) => {
      slots.set(postings.get(key)!, starts[i]!);
    });
    const bytes = new Uint8Array(chars);
    let at = 0;
    for (const key of keys) for (let k = 0; k < key.length; k++) bytes[at++] = key.charCodeAt(k);
    return new TokenTable({ bytes, offsets, starts, slots });
  }

  /** Wraps stored base data (no copy); see `toData`. */
  static fromData(data: TokenTableData): TokenTable {
    return new TokenTable(data);
  }

  /** The base layer; only valid when the delta is empty (the index compacts before it asks). */
  toData(): TokenTableData {
    if (this.delta.size) throw new Error('TokenTable.toData: compact first');
    return this.base;
  }

  /** How many tokens were added since the base was built. */
  get deltaSize(): number {
    return this.delta.size;
  }

  /** Adds `slot` to the postings of `token` (in the delta). */
  add(token: string, slot: number): void {
    const list = this.delta.get(token);
    if (list) {
      list.push(slot);
      return;
    }
    this.delta.set(token, [slot]);
    this.deltaKeys.splice(lowerBound(this.deltaKeys, token), 0, token);
  }

  /** Visits the postings of exactly `token`. */
  exact(token: string, visit: PostingVisitor): void {
    const { base } = this;
    const stored = encodeToken(token);
    const i = this.baseLowerBound(stored);
    if (i < base.offsets.length - 1 && this.baseKeyEquals(i, stored)) {
      for (let p = base.starts[i]!; p < base.starts[i + 1]!; p++) visit(base.slots[p]!, token.length);
    }
    for (const slot of this.delta.get(token) ?? []) visit(slot, token.length);
  }

  /**
   * Visits the postings of every token that starts with `prefix`, shortest tokens first, and stops
   * after about `budget` postings (a one-letter prefix can cover most of the table).
   */
  prefix(prefix: string, visit: PostingVisitor, budget = Number.POSITIVE_INFINITY): void {
    const { base } = this;
    const stored = encodeToken(prefix);
    const lo = this.baseLowerBound(stored);
    const hi = this.baseLowerBound(`${stored}\uffff`);
    let left = budget;
    const total = base.starts[hi]! - base.starts[lo]!;
    if (total <= left) {
      for (let i = lo; i < hi; i++) {
        const len = this.lengthAt(i);
        for (let p = base.starts[i]!; p < base.starts[i + 1]!; p++) visit(base.slots[p]!, len);
      }
      left -= total;
    } else if (hi - lo > BUCKET_MAX) {
      // A huge range (a one-letter prefix): take tokens in order until the budget is spent.
      for (let i = lo; i < hi && left > 0; i++) {
        const len = this.lengthAt(i);
        for (let p = base.starts[i]!; p < base.starts[i + 1]!; p++) visit(base.slots[p]!, len);
        left -= base.starts[i + 1]! - base.starts[i]!;
      }
    } else {
      // Too many postings: bucket the tokens by length and take the shortest first.
      const byLength: number[][] = [];
      for (let i = lo; i < hi; i++) {
        const len = Math.min(this.lengthAt(i), 63);
        const bucket = byLength[len];
        if (bucket) bucket.push(i);
        else byLength[len] = [i];
      }
      for (const bucket of byLength) {
        for (const i of bucket ?? []) {
          const len = this.lengthAt(i);
          for (let p = base.starts[i]!; p < base.starts[i + 1]!; p++) visit(base.slots[p]!, len);
          left -= base.starts[i + 1]! - base.starts[i]!;
          if (left <= 0) break;
        }
        if (left <= 0) break;
      }
    }
    const keys = this.deltaKeys;
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++) {
      for (const slot of this.delta.get(keys[i]!)!) visit(slot, keys[i]!.length);
    }
  }

  /** Every token (base and delta) that starts with `prefix`, e.g. the vocabulary of one namespace. */
  tokens(prefix: string): string[] {
    const { base } = this;
    const out: string[] = [];
    const stored = encodeToken(prefix);
    const hi = this.baseLowerBound(`${stored}\uffff`);
    for (let i = this.baseLowerBound(stored); i < hi; i++) {
      out.push(
        decodeToken(String.fromCharCode(...base.bytes.subarray(base.offsets[i]!, base.offsets[i + 1]!))),
      );
    }
    for (const key of this.deltaKeys) if (key.startsWith(prefix)) out.push(key);
    return out;
  }

  /** The length of base token i as it was added (before encodeToken). */
  private lengthAt(i: number): number {
    const { bytes, offsets } = this.base;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let length = end - start;
    if (this.wide) for (let k = start; k < end; k++) if (bytes[k] === WIDE) length -= 2;
    return length;
  }

  /** Whether any base token holds an encoded wide character (most books: Han names only). */
  private get wide(): boolean {
    this.hasWide ??= this.base.bytes.includes(WIDE);
    return this.hasWide;
  }

  /** First base token index whose token is ≥ `s` (code-unit order, like Array#sort). */
  private baseLowerBound(s: string): number {
    let lo = 0;
    let hi = this.base.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareBase(mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private compareBase(i: number, s: string): number {
    const { bytes, offsets } = this.base;
    const start = offsets[i]!;
    const len = offsets[i + 1]! - start;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = bytes[start + k]! - s.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - s.length;
  }

  private baseKeyEquals(i: number, s: string): boolean {
    return this.compareBase(i, s) === 0;
  }
}

function lowerBound(keys: readonly string[], s: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks an encoded wide character in the base text. */
const WIDE = 1;

/**
 * The base text stores every code unit above U+00FF (Han characters, mostly) as U+0001 followed by
 * its high and low bytes, so the whole text stays one byte per character: the stored table is half
 * the size of UTF-16, which is what a woken worker waits for, and needs no decoding. The code
 * is prefix-free and per character, so exact and prefix look-ups on encoded tokens stay exact.
 */
export function encodeToken(token: string): string {
  let plain = true;
  for (let k = 0; k < token.length && plain; k++) {
    const c = token.charCodeAt(k);
    plain = c > WIDE && c <= 0xff;
  }
  if (plain) return token;
  let out = '';
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    out += c > WIDE && c <= 0xff ? token[k] : String.fromCharCode(WIDE, c >> 8, c & 0xff);
  }
  return out;
}

/** The token `encodeToken` encoded. */
export function decodeToken(stored: string): string {
  if (!stored.includes(String.fromCharCode(WIDE))) return stored;
  let out = '';
  for (let k = 0; k < stored.length; k++) {
    const c = stored.charCodeAt(k);
    if (c === WIDE) {
      out += String.fromCharCode((stored.charCodeAt(k + 1) << 8) | stored.charCodeAt(k + 2));
      k += 2;
    } else out += stored[k];
  }
  return out;
}
