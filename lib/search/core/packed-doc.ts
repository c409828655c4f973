/**
 * A search record as stored in the index's snapshot: a JSON array in a fixed order instead of an
 * object, with what can be derived left out (an account's own id as its account, a reading's
 * `full` and `initials`, which are its syllables joined and their first letters) and trailing
 * empty fields dropped. At 50,000 accounts this is most of the snapshot, and the snapshot's size
 * is what a woken service worker waits for.
 */
import type { Readings, SearchDoc, SearchDocType } from './fields';

const TYPES: SearchDocType[] = ['account', 'contact', 'note'];

type Packed = [
  id: string,
  type: number,
  accountId: string,
  title: string,
  subtitle: string,
  names?: string[],
  readings?: (string[] | Readings)[],
  domains?: string[],
  emails?: string[],
  phones?: string[],
  words?: string,
  tier?: SearchDoc['tier'] | 0,
  quadrant?: SearchDoc['portfolioQuadrant'] | 0,
];

/** `doc` as a compact JSON string. */
export function packDoc(doc: SearchDoc): string {
  const packed: unknown[] = [
    doc.id,
    TYPES.indexOf(doc.type),
    doc.accountId === doc.id ? '' : doc.accountId,
    doc.title,
    doc.subtitle,
    doc.names,
    doc.pinyin.map((r) => (derivable(r) ? r.syllables : r)),
    doc.domains,
    doc.emails,
    doc.phones,
    doc.words,
    doc.tier ?? 0,
    doc.portfolioQuadrant ?? 0,
  ];
  const empty = (v: unknown) => v === '' || v === 0 || (Array.isArray(v) && v.length === 0);
  while (packed.length > 5 && empty(packed.at(-1))) packed.pop();
  return JSON.stringify(packed);
}

/** The record `packDoc` wrote. */
export function unpackDoc(json: string): SearchDoc {
  const [
    id,
    type,
    accountId,
    title,
    subtitle,
    names,
    readings,
    domains,
    emails,
    phones,
    words,
    tier,
    quadrant,
  ] = JSON.parse(json) as Packed;
  const doc: SearchDoc = {
    id,
    type: TYPES[type]!,
    accountId: accountId || id,
    title,
    subtitle,
    names: names ?? [],
    pinyin: (readings ?? []).map((r) => (Array.isArray(r) ? readingOf(r) : r)),
    domains: domains ?? [],
    emails: emails ?? [],
    phones: phones ?? [],
    words: words ?? '',
  };
  if (tier) doc.tier = tier;
  if (quadrant) doc.portfolioQuadrant = quadrant;
  return doc;
}

function readingOf(syllables: string[]): Readings {
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join(''), syllables };
}

/** A reading whose `full` and `initials` follow from its syllables (as readingsOf makes them). */
function derivable(r: Readings): boolean {
  const derived = readingOf(r.syllables);
  return derived.full === r.full && derived.initials === r.initials;
}
