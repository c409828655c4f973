import { emailDomain, isFreeMailDomain } from '../../model/free-mail';
import type { MatchCorrection } from '../../model/types';
import type { MatchReasonKind } from '../../model/vocabulary';
import { isWholeHit } from './boundaries';
import { accountsForDomainOf, type MatchIndex } from './match-index';
import { pageKey } from './page-key';
import type { PageSignals } from './signals';

/** Why an account matched (see `MATCH_REASON_KINDS`). */
export type ReasonKind = MatchReasonKind;

export interface MatchReason {
  kind: ReasonKind;
  /** The address, domain, host or name that matched, as shown to the rep. */
  value: string;
  /** How often it was seen (mentions) or 1. */
  count: number;
  /** Where an address came from. */
  role?: 'from' | 'to' | 'cc' | 'mailto' | 'text';
}

export interface AccountMatch {
  accountId: string;
  score: number;
  reasons: MatchReason[];
}

/** What of a stored correction the matcher uses (see `MatchCorrection` in the model). */
export type Correction = Pick<MatchCorrection, 'key' | 'accountId' | 'verdict'>;

export interface MatchContext {
  /** The rep's own addresses (also the page's selfEmail): never a client. */
  selfEmails?: readonly string[];
  /** The rep's company domains: colleagues, never clients. */
  ownDomains?: readonly string[];
  corrections?: readonly Correction[];
}

/** Each kind outweighs any realistic amount of the kinds after it (DOMAIN confidence order). */
const WEIGHT: Record<ReasonKind, number> = {
  correction: 1_000_000,
  contactEmail: 100_000,
  emailDomain: 20_000,
  siteDomain: 5_000,
  organization: 2_000,
  domainMention: 100,
  nameMention: 10,
};
const ROLE_BONUS = { from: 3, to: 2, cc: 1, mailto: 1, text: 0 } as const;
/** Mentions beyond this add nothing: a name repeated in a footer is not ten times as relevant. */
const MAX_COUNTED_MENTIONS = 10;

class Tally {
  private readonly byAccount = new Map<string, Map<string, MatchReason>>();
  /** Accounts with only weak hits so far, kept aside until another signal confirms them. */
  private readonly weak = new Map<string, Map<string, MatchReason>>();

  /**
   * One reason per kind and value: the same address seen as sender and in a mailto link is one
   * reason with its strongest role; only mentions count up (each is another place on the page).
   */
  add(accountId: string, reason: Omit<MatchReason, 'count'>, count = 1, weak = false) {
    const target = weak ? this.weak : this.byAccount;
    const reasons = target.get(accountId) ?? new Map<string, MatchReason>();
    target.set(accountId, reasons);
    const key = `${reason.kind}|${reason.value}`;
    const existing = reasons.get(key);
    if (!existing) {
      reasons.set(key, { ...reason, count });
      return;
    }
    if (reason.kind.endsWith('Mention')) existing.count += count;
    if (reason.role && (!existing.role || ROLE_BONUS[reason.role] > ROLE_BONUS[existing.role]))
      existing.role = reason.role;
  }

  results(rejected: ReadonlySet<string>): AccountMatch[] {
    const out: AccountMatch[] = [];
    for (const [accountId, strong] of this.byAccount) {
      if (rejected.has(accountId)) continue;
      const reasons = [...strong.values(), ...(this.weak.get(accountId)?.values() ?? [])];
      // On the client's own site, "this is their website" leads whatever else the page shows.
      reasons.sort(
        (a, b) =>
          Number(b.kind === 'siteDomain') - Number(a.kind === 'siteDomain') ||
          WEIGHT[b.kind] - WEIGHT[a.kind] ||
          b.count - a.count,
      );
      out.push({ accountId, score: reasons.reduce((sum, r) => sum + score(r), 0), reasons });
    }
    return out.sort((a, b) => b.score - a.score || a.accountId.localeCompare(b.accountId));
  }
}

function score(reason: MatchReason): number {
  const count = Math.min(reason.count, MAX_COUNTED_MENTIONS);
  const bonus = reason.role ? ROLE_BONUS[reason.role] : 0;
  return WEIGHT[reason.kind] * (reason.kind.endsWith('Mention') ? count : 1) + bonus;
}

/**
 * Which clients a page is about, most relevant first, each with the reasons a rep can check.
 * Corrections apply first: "belongs to" adds its account on top, "not this" removes the account
 * for pages where the corrected address, domain or host appears.
 */
export function matchPage(
  signals: PageSignals,
  index: MatchIndex,
  context: MatchContext = {},
): AccountMatch[] {
  const self = new Set(
    [signals.selfEmail, ...(context.selfEmails ?? [])].filter(Boolean).map((e) => e.toLowerCase()),
  );
  const own = new Set((context.ownDomains ?? []).map((d) => d.toLowerCase()));
  const isColleague = (email: string) => self.has(email) || own.has(emailDomain(email));
  const tally = new Tally();

  const addresses: { email: string; role: NonNullable<MatchReason['role']> }[] = [
    ...signals.people.map((p) => ({ email: p.email.toLowerCase(), role: p.role })),
    ...signals.mailtos.map((email) => ({ email: email.toLowerCase(), role: 'mailto' as const })),
  ].filter((a) => a.email.includes('@') && !isColleague(a.email));

  const site = own.has(signals.host) ? null : accountsForDomainOf(index, signals.host);
  for (const { email, role } of addresses) {
    const contactAccount = index.contactOfEmail(email);
    if (contactAccount) tally.add(contactAccount, { kind: 'contactEmail', value: email, role });
    if (isFreeMailDomain(emailDomain(email))) continue;
    const domain = accountsForDomainOf(index, email);
    // An address at the site's own domain, on the client's own site, is the site speaking:
    // "this is their website" says it, not a second "email domain" reason.
    if (domain && site && domain.domain === site.domain) continue;
    for (const accountId of domain?.accountIds ?? [])
      tally.add(accountId, { kind: 'emailDomain', value: domain!.domain, role });
  }

  if (site && !isFreeMailDomain(site.domain)) {
    for (const accountId of site.accountIds)
      tally.add(accountId, { kind: 'siteDomain', value: signals.host });
  }

  for (const org of signals.organizations) {
    for (const where of [hostOf(org.url), emailDomain(org.email)]) {
      const found = where && !isFreeMailDomain(where) ? accountsForDomainOf(index, where) : null;
      for (const accountId of found?.accountIds ?? [])
        tally.add(accountId, { kind: 'organization', value: found!.domain });
    }
  }

  scanText(
    [
      signals.title,
      signals.subject,
      ...signals.organizations.map((o) => `${o.name}\n${o.legalName}`),
      signals.text,
    ].join('\n'),
    index,
    tally,
    isColleague,
    site?.domain ?? null,
  );

  const rejected = applyCorrections(
    signals,
    addresses.map((a) => a.email),
    context.corrections ?? [],
    tally,
  );
  return tally.results(rejected);
}

/** A whole hit of a pattern in the text. */
interface Hit {
  id: number;
  start: number;
  end: number;
}

/**
 * Names, short names and domains found in the text, one mention per place: a full name, the short
 * name inside it and the domain inside an address at the same spot are one mention of that client
 * (counted by its strongest kind — a domain before a name — and its longest label), so a client
 * named once never outranks one named twice. An address is a mention of its contact or of the
 * client at its domain, not of that domain a second time.
 */
function scanText(
  text: string,
  index: MatchIndex,
  tally: Tally,
  isColleague: (email: string) => boolean,
  siteDomain: string | null,
) {
  const byAccount = new Map<string, Hit[]>();
  index.automaton.scan(text, (id, start, end) => {
    const info = index.info(id);
    if (!isWholeHit(text, start, end, info)) return;
    const hits = byAccount.get(info.accountId) ?? [];
    byAccount.set(info.accountId, hits);
    hits.push({ id, start, end });
  });
  // An address in the text is one mention: of its contact, or of the client at its domain — the
  // domain inside it is not a second one.
  const addressSpans: [number, number][] = [];
  for (const { email, start, end } of addressSpansIn(text)) {
    addressSpans.push([start, end]);
    if (isColleague(email)) continue;
    const contactAccount = index.contactOfEmail(email);
    if (contactAccount) tally.add(contactAccount, { kind: 'contactEmail', value: email, role: 'text' });
    if (isFreeMailDomain(emailDomain(email))) continue;
    const domain = accountsForDomainOf(index, email);
    if (domain && domain.domain === siteDomain) continue; // the site speaking, as above
    for (const accountId of domain?.accountIds ?? [])
      tally.add(accountId, { kind: 'emailDomain', value: domain!.domain, role: 'text' });
  }
  const inAddress = (h: Hit) => addressSpans.some(([s, e]) => h.start >= s && h.end <= e);
  for (const [accountId, hits] of byAccount) {
    for (const group of overlapping(hits.filter((h) => !inAddress(h)))) {
      const infos = group.map((h) => index.info(h.id));
      const strongest = infos.reduce((best, info) =>
        rank(info) > rank(best) || (rank(info) === rank(best) && info.label.length > best.label.length)
          ? info
          : best,
      );
      if (strongest.kind === 'domain') {
        tally.add(accountId, { kind: 'domainMention', value: strongest.label });
      } else {
        // Weak only when every pattern at this place is weak.
        tally.add(
          accountId,
          { kind: 'nameMention', value: strongest.label },
          1,
          infos.every((i) => i.weak),
        );
      }
    }
  }
}

const rank = (info: { kind: string }) => (info.kind === 'domain' ? 2 : info.kind === 'name' ? 1 : 0);

/** Hits sorted and grouped where they overlap (a chain of overlaps is one group). */
function overlapping(hits: Hit[]): Hit[][] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Hit[][] = [];
  let end = -1;
  for (const hit of sorted) {
    if (hit.start < end) groups.at(-1)!.push(hit);
    else groups.push([hit]);
    end = Math.max(end, hit.end);
  }
  return groups;
}

/** Applies the rep's corrections to the page's keys; returns the accounts ruled out here. */
function applyCorrections(
  signals: PageSignals,
  emails: readonly string[],
  corrections: readonly Correction[],
  tally: Tally,
): Set<string> {
  const keys = new Set<string>([
    ...emails,
    ...emails.map(emailDomain),
    ...hostSuffixes(signals.host),
    pageKey(signals.url),
  ]);
  const rejected = new Set<string>();
  for (const correction of corrections) {
    const key = correction.key.toLowerCase();
    if (!keys.has(key)) continue;
    if (correction.verdict === 'notThis') rejected.add(correction.accountId);
    else tally.add(correction.accountId, { kind: 'correction', value: key });
  }
  return rejected;
}

const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN_PART = /[A-Za-z0-9.-]/;

/**
 * Every email address in the text, lower-cased: found from each '@' outwards, so a page without
 * one costs a single `indexOf`.
 */
export function addressesIn(text: string): Set<string> {
  return new Set(addressSpansIn(text).map((a) => a.email));
}

/** Every email address in the text with where it stands, in order (repeats included). */
export function addressSpansIn(text: string): { email: string; start: number; end: number }[] {
  const found: { email: string; start: number; end: number }[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_PART.test(text.charAt(end))) end++;
    const address = text
      .slice(start, end)
      .replace(/[.-]+$/, '')
      .toLowerCase();
    if (start < at && /@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(address)) {
      found.push({ email: address, start, end: start + address.length });
    }
    at = Math.max(at, end - 1);
  }
  return found;
}

function hostSuffixes(host: string): string[] {
  const out: string[] = [];
  for (let h = host.toLowerCase(); h.includes('.'); h = h.slice(h.indexOf('.') + 1)) out.push(h);
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
