/**
 * What the candidate index stores for a record: namespaced tokens (one leading character says
 * which field a token came from, so a look-up can weigh the field). All text is folded with
 * lib/detection/core/fold.ts first (case, full-width, traditional → simplified), as in page detection.
 */
import { foldText } from '../../detection/core/fold';
import type { Readings, SearchDoc } from './fields';

/** Token namespaces: the first character of every token. */
export const NS = {
  /** Latin words and numbers of names. */
  nameWord: 'n',
  /** Han characters and character pairs of names (exact look-ups). */
  nameHan: 'h',
  /** Joined pinyin syllables from each syllable of a name on (`zhongguodianxin`, `guodianxin`, …). */
  pinyin: 'p',
  /** Initials from each syllable on (`zgdx`, `gdx`, …). */
  initials: 'i',
  /** Domains, their labels and parts; addresses and their local parts. */
  address: 'd',
  /** Phone digits, whole and without the country code (prefix look-ups). */
  phone: 't',
  /** The last four digits of a phone (exact look-ups, then the suffix is checked on the record). */
  phoneTail: 'T',
  /** Latin words of notes. */
  noteWord: 'w',
  /** Han character pairs of notes. */
  noteHan: 'x',
} as const;

/** Stored pinyin tokens are cut to this length (longer queries are looked up cut too). */
export const PINYIN_MAX = 24;
/** Stored initials tokens are cut to this length. */
export const INITIALS_MAX = 12;
/** Domain labels too common to find anything by. */
const TLD_LIKE = new Set(['com', 'cn', 'net', 'org', 'io', 'co', 'gov', 'edu', 'ac', 'www', 'uk', 'de']);

/** Latin/number words of folded text. */
export function latinWords(folded: string): string[] {
  return folded.match(/[a-z0-9\u00df-\u024f]+/g) ?? [];
}

/** Maximal runs of Han characters in `text`. */
export function hanRuns(text: string): string[] {
  return text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
}

/** Characters and adjacent pairs of each Han run (`中国电信` → 中, 国, 电, 信, 中国, 国电, 电信). */
export function hanGrams(text: string, singles: boolean): string[] {
  const out: string[] = [];
  for (const run of hanRuns(text)) {
    for (let i = 0; i < run.length; i++) {
      if (singles) out.push(run[i]!);
      if (i + 1 < run.length) out.push(run.slice(i, i + 2));
    }
  }
  return out;
}

/** `8613912345678` → itself and `13912345678`; `+1 360 555 0101` → itself and `3605550101`. */
export function phoneForms(digits: string): string[] {
  const out = [digits];
  const national = digits.replace(/^(00)?(86|1(?=\d{10}$))/, '').replace(/^0/, '');
  if (national !== digits && national.length >= 4) out.push(national);
  return out;
}

function domainTokens(domain: string, out: Set<string>): void {
  out.add(NS.address + domain);
  const labels = domain.split('.').filter((l) => l && !TLD_LIKE.has(l));
  for (let i = 0; i < labels.length; i++) {
    out.add(NS.address + labels.slice(i).join('.'));
    const label = labels[i]!;
    for (const part of label.split(/[-_]/)) if (part) out.add(NS.address + part);
  }
}

/** Readings whose syllables are a run inside another reading's add nothing (an alias inside the name). */
function distinctReadings(readings: readonly Readings[]): Readings[] {
  const fulls = readings.map((r) => ` ${r.syllables.join(' ')} `);
  return readings.filter((_, i) => {
    const mine = fulls[i]!;
    return !fulls.some((other, j) => j !== i && other.length > mine.length && other.includes(mine));
  });
}

/** Every token of a record, each once. */
export function docTokens(doc: SearchDoc): Set<string> {
  const out = new Set<string>();
  for (const name of doc.names) {
    const folded = foldText(name);
    for (const word of latinWords(folded)) out.add(NS.nameWord + word);
    for (const gram of hanGrams(folded, true)) out.add(NS.nameHan + gram);
  }
  for (const r of distinctReadings(doc.pinyin)) {
    const syl = r.syllables;
    for (let i = 0; i < syl.length; i++) {
      let full = '';
      for (let k = i; k < syl.length && full.length < PINYIN_MAX; k++) full += syl[k];
      out.add(NS.pinyin + full.slice(0, PINYIN_MAX));
      out.add(NS.initials + r.initials.slice(i, i + INITIALS_MAX));
    }
  }
  for (const domain of doc.domains) domainTokens(domain, out);
  for (const email of doc.emails) {
    const at = email.lastIndexOf('@');
    const local = at < 0 ? email : email.slice(0, at);
    out.add(NS.address + email);
    out.add(NS.address + local);
    for (const part of local.split(/[._+-]/)) if (part) out.add(NS.address + part);
    if (at >= 0) domainTokens(email.slice(at + 1), out);
  }
  for (const digits of doc.phones) {
    for (const form of phoneForms(digits)) out.add(NS.phone + form);
    out.add(NS.phoneTail + digits.slice(-4));
  }
  if (doc.words) {
    const folded = foldText(doc.words);
    for (const word of latinWords(folded)) if (word.length > 1) out.add(NS.noteWord + word);
    for (const gram of hanGrams(folded, false)) out.add(NS.noteHan + gram);
  }
  return out;
}
