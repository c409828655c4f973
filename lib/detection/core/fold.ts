/**
 * Text folding for matching: makes "ＡＣＭＥ Logistics", "ACME LOGISTICS" and "acme logistics" — or
 * 中國電信 and 中国电信 — compare equal, WITHOUT changing the length of the text. Every UTF-16 code
 * unit folds to exactly one code unit, so a match found at [start, end) in folded text is the same
 * range in the original and the page can highlight it without an offset map.
 *
 * What folds:
 * - ASCII, Latin-1 and Latin Extended-A/B letters (U+0000–U+024F) to lower case, where lower-casing
 *   gives one code unit (İ, whose lower case is two code units, stays as it is);
 * - full-width ASCII U+FF01–U+FF5E to ASCII U+0021–U+007E, then lower case (ＡＣＭＥ → acme, ＠ → @);
 * - the ideographic space U+3000 and the no-break space U+00A0 (what `&nbsp;` becomes in a page) to a
 *   space;
 * - traditional Chinese characters to simplified ones (t2s.ts: OpenCC's one-to-one pairs).
 * Surrogate halves (emoji, rare CJK outside the BMP) are left unchanged. Folding is idempotent:
 * foldText(foldText(s)) === foldText(s).
 */
import { T2S_SIMP, T2S_TRAD } from './t2s';

let table: Uint16Array | undefined;

/**
 * The whole fold as a lookup table: index = code unit, value = folded code unit. Built once, on
 * first use (128 KB, well under a millisecond). Hot loops (the automaton's scan) index it directly
 * instead of calling foldCode per character. Treat it as read-only.
 */
export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // Lower case where it stays one code unit; toLowerCase also handles Latin-1/Extended pairs
  // (À→à, Ł→ł, Ǆ→ǆ) that are not a fixed offset apart.
  for (let c = 0x41; c <= 0x24f; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xff01 + 0x21]!;
  t[0x3000] = 0x20;
  t[0xa0] = 0x20;
  for (let i = 0; i < T2S_TRAD.length; i++) t[T2S_TRAD.charCodeAt(i)] = T2S_SIMP.charCodeAt(i);
  table = t;
  return t;
}

/**
 * Folds one UTF-16 code unit (0–0xFFFF) to one code unit. Values outside that range come back
 * unchanged.
 */
export function foldCode(code: number): number {
  if (code < 0 || code > 0xffff) return code;
  return (table ?? foldTable())[code]!;
}

/** Folds a string code unit by code unit: the result has the same length as `s`. */
export function foldText(s: string): string {
  const t = table ?? foldTable();
  // Most inputs (already folded patterns, lower-case domains) come back unchanged: return them as
  // they are, without building a copy.
  let i = 0;
  while (i < s.length && t[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  const chunk: number[] = [];
  for (; i < s.length; i++) {
    chunk.push(t[s.charCodeAt(i)]!);
    // fromCharCode takes arguments; chunking keeps long texts under the engine's argument limit.
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}
