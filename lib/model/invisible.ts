/**
 * Characters that show nothing yet change what text looks like: direction embeddings, overrides
 * and isolates (an RLO makes `exe.pdf` of `fdp.exe`), marks, and zero-width spaces. Text from
 * outside — an imported file, a captured page — loses them; names also lose the zero-width
 * (non-)joiners, so two names that look the same are the same.
 */
const CONTROLS = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const JOINERS = /[\u200C\u200D]/g;

/** `text` without direction controls and zero-width spaces (joiners kept: emoji sequences need them). */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** A name without any invisible character. */
export function visibleName(text: string): string {
  return withoutControls(text).replace(JOINERS, '');
}
