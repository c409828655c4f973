import type { PatternInfo } from './patterns';

const LATIN_WORD = /[A-Za-z0-9\u00C0-\u024F]/;
const LABEL_CHAR = /[A-Za-z0-9-]/;
const LOCAL_PART_CHAR = /[A-Za-z0-9._%+-]/;
const ALNUM = /[A-Za-z0-9]/;

const at = (text: string, i: number) => (i >= 0 && i < text.length ? text.charAt(i) : '');

/** "acme.com" followed by ".evil.org" continues into another host; a full stop ending a sentence does not. */
function continuesHost(text: string, end: number): boolean {
  const next = at(text, end);
  if (LABEL_CHAR.test(next)) return true;
  return next === '.' && ALNUM.test(at(text, end + 1));
}

/**
 * Whether a hit of a pattern at [start, end) of the original `text` stands on its own — see
 * `Boundary` for the rules — and, for acronyms, is written in capitals as the rep wrote it.
 */
export function isWholeHit(text: string, start: number, end: number, info: PatternInfo): boolean {
  if (info.caseSensitive && text.slice(start, end) !== info.label) return false;
  const before = at(text, start - 1);
  switch (info.boundary) {
    case 'cjk':
      return true;
    case 'word':
      return !LATIN_WORD.test(before) && !LATIN_WORD.test(at(text, end));
    case 'domain':
      return !LABEL_CHAR.test(before) && !continuesHost(text, end);
    case 'email':
      return !LOCAL_PART_CHAR.test(before) && !continuesHost(text, end);
  }
}
