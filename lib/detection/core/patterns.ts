import { emailDomain, isFreeMailDomain } from '../../model/free-mail';
import type { Account, Contact } from '../../model/types';
import { foldText } from './fold';

/** How a pattern came to be and what makes a hit of it count. */
export type PatternKind = 'email' | 'domain' | 'name' | 'alias';

/**
 * Rules a hit must pass, checked against the original text around it:
 * `word` — Latin name: no letter or digit right before or after ("Acme" ≠ "Acmeville");
 * `cjk` — a name with Chinese characters: no boundary (Chinese has no spaces);
 * `domain` — no label character before, and not continued by more labels after
 *   ("acme.com" ≠ "notacme.com", "acme.com.evil.org"; "www.acme.com" is fine);
 * `email` — a whole address, not part of a longer one.
 */
export type Boundary = 'word' | 'cjk' | 'domain' | 'email';

export interface PatternInfo {
  kind: PatternKind;
  /** The account the pattern points to (for a contact's address: the contact's account). */
  accountId: string;
  /** As the rep wrote it, for the reason shown ("name 中国电信江苏分公司 mentioned 3×"). */
  label: string;
  boundary: Boundary;
  /** All-caps acronyms ("ICBC") match only in capitals, so "icbc" in a URL slug or word does not. */
  caseSensitive: boolean;
  /** Too short or too common to stand alone: counts only when the account has another signal. */
  weak: boolean;
}

/** Folded pattern texts (the automaton's input; '' for exact-lookup-only patterns) and, at the same index, what each one means. */
export interface PatternSet {
  texts: string[];
  infos: PatternInfo[];
}

export type AccountForMatch = Pick<Account, 'id' | 'name' | 'aliases' | 'websiteDomains' | 'emailDomains'>;
export type ContactForMatch = Pick<Contact, 'accountId' | 'emails'>;

/** What the matcher keeps of an account: no more (the rest of a row would only weigh on its index). */
export function accountForMatch({
  id,
  name,
  aliases,
  websiteDomains,
  emailDomains,
}: AccountForMatch): AccountForMatch {
  return { id, name, aliases, websiteDomains, emailDomains };
}

/** What the matcher keeps of a contact. */
export function contactForMatch({ accountId, emails }: ContactForMatch): ContactForMatch {
  return { accountId, emails };
}

export interface PatternOptions {
  /** The rep's own company domains: colleagues there are not clients. */
  ownDomains?: readonly string[];
}

/**
 * Words that are real names of clients yet appear everywhere ("Delta", "Global"): as an alias,
 * or as a whole short name, they need a second signal. Compared folded.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'global group china bank delta alpha apex summit pioneer united national general standard premier ' +
    'pacific atlantic central eastern western northern southern capital first union star sun ' +
    'network systems solutions services technology tech digital media energy power trust life ' +
    'apple orange amazon target shell gap next focus vision smart future'
  ).split(' '),
);

const MIN_LATIN_LENGTH = 3;
const STRONG_LATIN_LENGTH = 5;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const ACRONYM = /^[A-Z0-9&]{2,6}$/;

/** A name or alias as a pattern, or null when it is too short to ever match safely. */
function namePattern(
  raw: string,
  kind: 'name' | 'alias',
  accountId: string,
): { text: string; info: PatternInfo } | null {
  const label = raw.trim();
  const folded = foldText(label);
  const hasHan = HAN.test(label);
  const hanCount = hasHan ? [...label].filter((c) => HAN.test(c)).length : 0;
  if (
    hasHan ? hanCount < 2 : folded.replace(/[^a-z0-9]/g, '').length < MIN_LATIN_LENGTH && !ACRONYM.test(label)
  ) {
    return null;
  }
  const acronym = !hasHan && ACRONYM.test(label);
  const weak = hasHan
    ? hanCount <= 2 // 2-character Chinese short names (联通, 平安) are everyday words
    : COMMON_WORDS.has(folded) || (acronym ? label.length <= 3 : folded.length < STRONG_LATIN_LENGTH);
  return {
    text: folded,
    info: {
      kind,
      accountId,
      label,
      boundary: hasHan ? 'cjk' : 'word',
      caseSensitive: acronym,
      weak: kind === 'alias' ? weak : weak && COMMON_WORDS.has(folded),
    },
  };
}

/**
 * Legal forms a company's name ends with and people leave out: 云港国际会展中心 for
 * 云港国际会展中心有限公司, "Northwind Freight" for "Northwind Freight Ltd." Longest first.
 */
const LEGAL_SUFFIXES = [
  /[（(]?集团[)）]?股份有限公司$/,
  /[（(]?集团[)）]?有限(?:责任)?公司$/,
  /股份有限公司$/,
  /有限(?:责任)?公司$/,
  /[（(]集团[)）]$/,
  /(?<=.{4})集团$/,
  /(?<=.{4})公司$/,
  /[,\s]+(?:co\.?,?\s*)?(?:ltd\.?|limited|inc\.?|incorporated|corp\.?|corporation|llc|l\.l\.c\.|gmbh|ag|s\.?a\.?|plc|pty\.?\s*ltd\.?|co\.?)$/i,
];

/** The name without its legal form, or '' when it has none. */
export function withoutLegalSuffix(name: string): string {
  const trimmed = name.trim();
  for (const suffix of LEGAL_SUFFIXES) {
    const base = trimmed.replace(suffix, '').trim();
    if (base !== trimmed) return base;
  }
  return '';
}

/**
 * Every pattern the matcher looks for, from the accounts and contacts: names and aliases (with
 * their rules), each name without its legal form where no other account is called that, account
 * domains (never free-mail or the rep's own), and contact addresses.
 */
export function buildPatternSet(
  accounts: readonly AccountForMatch[],
  contacts: readonly ContactForMatch[],
  options: PatternOptions = {},
): PatternSet {
  const own = new Set((options.ownDomains ?? []).map((d) => d.toLowerCase()));
  const texts: string[] = [];
  const infos: PatternInfo[] = [];
  const add = (text: string, info: PatternInfo) => {
    texts.push(text);
    infos.push(info);
  };
  /** Folded name or alias → the accounts called that, to keep a shortened name unambiguous. */
  const named = new Map<string, Set<string>>();
  const shortened = new Map<string, { text: string; info: PatternInfo }[]>();
  for (const account of accounts) {
    const seen = new Set<string>();
    for (const [raw, kind] of [
      [account.name, 'name'],
      ...account.aliases.map((a) => [a, 'alias'] as const),
    ] as const) {
      const pattern = namePattern(raw, kind, account.id);
      if (!pattern) continue;
      const owners = named.get(pattern.text) ?? new Set<string>();
      named.set(pattern.text, owners.add(account.id));
      if (seen.has(pattern.text + pattern.info.caseSensitive)) continue;
      seen.add(pattern.text + pattern.info.caseSensitive);
      add(pattern.text, pattern.info);
    }
    const base = withoutLegalSuffix(account.name);
    const pattern = base ? namePattern(base, 'alias', account.id) : null;
    // Only a base long enough to mean this company: four Chinese characters, or a strong Latin name.
    const long = HAN.test(base) ? [...base].filter((c) => HAN.test(c)).length >= 4 : true;
    if (pattern && long && !pattern.info.weak && !seen.has(pattern.text + pattern.info.caseSensitive)) {
      const list = shortened.get(pattern.text) ?? [];
      shortened.set(pattern.text, [...list, pattern]);
    }
    for (const domain of new Set([...account.websiteDomains, ...account.emailDomains])) {
      if (isFreeMailDomain(domain) || own.has(domain)) continue;
      add(foldText(domain), {
        kind: 'domain',
        accountId: account.id,
        label: domain,
        boundary: 'domain',
        caseSensitive: false,
        weak: false,
      });
    }
  }
  for (const [text, patterns] of shortened) {
    const owners = named.get(text);
    const accountsCalledThat = new Set([...patterns.map((p) => p.info.accountId), ...(owners ?? [])]);
    if (accountsCalledThat.size === 1) add(text, patterns[0]!.info);
  }
  for (const contact of contacts) {
    for (const email of contact.emails) {
      if (own.has(emailDomain(email))) continue;
      // Not an automaton pattern (its text is empty): addresses in text are found by their '@' and
      // looked up exactly, which keeps a contact list of 100,000 out of the automaton's states.
      add('', {
        kind: 'email',
        accountId: contact.accountId,
        label: email,
        boundary: 'email',
        caseSensitive: false,
        weak: false,
      });
    }
  }
  return { texts, infos };
}
