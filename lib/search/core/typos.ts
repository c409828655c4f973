/**
 * The typo fallback: a trigram index over the vocabulary of name words (not over records), so
 * "logstics" finds the word "logistics" and through it Acme Logistics. Built on first use from
 * the token table and kept up to date as words are added.
 */

export class TypoVocabulary {
  private readonly words = new Set<string>();
  private readonly byTrigram = new Map<string, string[]>();

  /** Learns a word (words under four letters are left out: too short to tell a typo from another word). */
  learn(word: string): void {
    if (word.length < 4 || this.words.has(word)) return;
    this.words.add(word);
    for (const tri of new Set(trigrams(word))) {
      const list = this.byTrigram.get(tri);
      if (list) list.push(word);
      else this.byTrigram.set(tri, [word]);
    }
  }

  /** Known words sharing enough trigrams with `word`, most similar first, with a similarity in (0, 1]. */
  similar(word: string, max = 12): [string, number][] {
    const mine = trigrams(word);
    const shared = new Map<string, number>();
    for (const tri of new Set(mine)) {
      for (const w of this.byTrigram.get(tri) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    const out: [string, number][] = [];
    for (const [w, n] of shared) {
      const similarity = n / Math.max(mine.length, w.length - 2);
      if (similarity >= 0.4 && Math.abs(w.length - word.length) <= 3) out.push([w, similarity]);
    }
    return out.sort((a, b) => b[1] - a[1]).slice(0, max);
  }
}

function trigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) out.push(word.slice(i, i + 3));
  return out;
}
