import type { Provenance } from './types';

/** The provenance of a link typed by hand, or of a row written before provenance was kept. */
export function linkProvenance(url: string, title: string): Provenance {
  return { url, title, capturedAt: null, selection: '', heading: '', email: null };
}

/** Selections up to this many characters, on one line, are quoted whole in a text fragment. */
export const EXACT_FRAGMENT_MAX = 100;
/** Words a `start,end` text fragment takes from each end of a longer selection. */
const RANGE_WORDS = 4;
/** Characters it takes instead from text written without spaces (Chinese, Japanese). */
const RANGE_CHARS = 10;
/** Punctuation a no-space cut prefers to stop at: a word boundary the browser accepts. */
const CUT_PUNCTUATION = /[，。；：！？、,.;:!?（）()「」“”"']/u;

/**
 * The http(s) `url` with a text fragment (`#:~:text=…`,
 * https://wicg.github.io/scroll-to-text-fragment/) that scrolls the page to `selection` and
 * highlights it: a short one-line selection is quoted whole, a longer one as `start,end` (its
 * first and last few words; a selection spanning blocks always, since an exact match cannot
 * cross a block boundary). Whitespace is collapsed as the page renders it; `-`, `&` and `,` are
 * percent-encoded with everything else that needs it. An existing `#hash` is kept
 * (`#intro:~:text=…`), an existing directive replaced. An empty selection (or one that cannot be
 * encoded) gives the URL without a directive; anything but http(s) (`javascript:`, `data:`,
 * garbage) gives null.
 */
export function textFragmentUrl(url: string, selection: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const hash = parsed.hash.slice(1);
  const directiveAt = hash.indexOf(':~:');
  const ownFragment = directiveAt === -1 ? hash : hash.slice(0, directiveAt);
  parsed.hash = '';
  const base = parsed.href.replace(/#$/, '');
  const directive = textDirective(selection);
  if (directive === null) return ownFragment ? `${base}#${ownFragment}` : base;
  return `${base}#${ownFragment}:~:text=${directive}`;
}

/** `text=` value for a selection: the encoded exact text, or `start,end`; null when there is nothing to find. */
function textDirective(selection: string): string | null {
  const lines = selection
    .split(/[\r\n\u2028\u2029]+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return null;
  try {
    if (lines.length === 1 && [...first].length <= EXACT_FRAGMENT_MAX) return encodeFragmentText(first);
    const [start, end] =
      lines.length === 1
        ? splitEnds(first)
        : [leadingPart(first, RANGE_WORDS), trailingPart(last, RANGE_WORDS)];
    return `${encodeFragmentText(start)},${encodeFragmentText(end)}`;
  } catch {
    // encodeURIComponent throws on a lone surrogate: no fragment rather than a broken one.
    return null;
  }
}

/** Percent-encoding for a text directive value: what a URL component needs, plus `-` (a prefix/suffix marker). */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Start and end of one long line, never overlapping. */
function splitEnds(line: string): [string, string] {
  const words = line.split(' ');
  const n = Math.min(RANGE_WORDS, Math.floor(words.length / 2));
  return n > 0
    ? [leadingPart(line, n), trailingPart(line, n)]
    : [leadingPart(line, 0), trailingPart(line, 0)];
}

/** The first `words` words, or (no spaces to split on) the first characters up to a punctuation mark. */
function leadingPart(line: string, words: number): string {
  const parts = line.split(' ');
  if (words > 0 && parts.length > 1) return parts.slice(0, words).join(' ');
  const chars = [...line];
  const stop = chars.findIndex((c, i) => i >= 4 && i < 2 * RANGE_CHARS && CUT_PUNCTUATION.test(c));
  return chars.slice(0, stop === -1 ? RANGE_CHARS : stop).join('');
}

/** The last `words` words, or the last characters after a punctuation mark. */
function trailingPart(line: string, words: number): string {
  const parts = line.split(' ');
  if (words > 0 && parts.length > 1) return parts.slice(-words).join(' ');
  const chars = [...line];
  // A punctuation mark before the final one (which is usually the sentence's full stop).
  let cut = -1;
  for (let i = chars.length - 2; i >= Math.max(0, chars.length - 2 * RANGE_CHARS); i--) {
    if (CUT_PUNCTUATION.test(chars[i]!) && chars.length - 1 - i >= 4) {
      cut = i;
      break;
    }
  }
  return chars.slice(cut === -1 ? -RANGE_CHARS : cut + 1).join('');
}
