import type { MatchCorrection } from '../model/types';
import type { MatchReasonKind } from '../model/vocabulary';
import { isWholeHit } from './boundaries';
import { emailDomain, isFreeMailDomain } from './free-mail';
import { accountsForDomainOf, type MatchIndex } from './match-index';
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

  add(accountId: string, reason: Omit<MatchReason, 'count'>, count = 1, weak = false) {
    const target = weak ? this.weak : this.byAccount;
    const reasons = target.get(accountId) ?? new Map<string, MatchReason>();
    target.set(accountId, reasons);
    const key = `${reason.kind}|${reason.value}|${reason.role ?? ''}`;
    const existing = reasons.get(key);
    if (existing) existing.count += count;
    else reasons.set(key, { ...reason, count });
  }

  results(rejected: ReadonlySet<string>): AccountMatch[] {
    const out: AccountMatch[] = [];
    for (const [accountId, strong] of this.byAccount) {
      if (rejected.has(accountId)) continue;
      const reasons = [...strong.values(), ...(this.weak.get(accountId)?.values() ?? [])];
      reasons.sort((a, b) => WEIGHT[b.kind] - WEIGHT[a.kind] || b.count - a.count);
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

  for (const { email, role } of addresses) {
    const contact = index.contactsByEmail.get(email);
    if (contact) tally.add(contact.accountId, { kind: 'contactEmail', value: email, role });
    if (isFreeMailDomain(emailDomain(email))) continue;
    const domain = accountsForDomainOf(index, email);
    for (const accountId of domain?.accountIds ?? [])
      tally.add(accountId, { kind: 'emailDomain', value: domain!.domain, role });
  }

  const site = own.has(signals.host) ? null : accountsForDomainOf(index, signals.host);
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
  );

  const rejected = applyCorrections(
    signals,
    addresses.map((a) => a.email),
    context.corrections ?? [],
    tally,
  );
  return tally.results(rejected);
}

function scanText(text: string, index: MatchIndex, tally: Tally, isColleague: (email: string) => boolean) {
  const hits = new Map<number, number>();
  index.automaton.scan(text, (id, start, end) => {
    if (isWholeHit(text, start, end, index.info(id))) hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  for (const email of addressesIn(text)) {
    const contact = index.contactsByEmail.get(email);
    if (contact && !isColleague(email))
      tally.add(contact.accountId, { kind: 'contactEmail', value: email, role: 'text' });
  }
  for (const [id, count] of hits) {
    const info = index.info(id);
    if (info.kind === 'domain') {
      tally.add(info.accountId, { kind: 'domainMention', value: info.label }, count);
    } else {
      tally.add(info.accountId, { kind: 'nameMention', value: info.label }, count, info.weak);
    }
  }
}

/** Applies the rep's corrections to the page's keys; returns the accounts ruled out here. */
function applyCorrections(
  signals: PageSignals,
  emails: readonly string[],
  corrections: readonly Correction[],
  tally: Tally,
): Set<string> {
  const keys = new Set<string>([...emails, ...emails.map(emailDomain), ...hostSuffixes(signals.host)]);
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
  const found = new Set<string>();
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_PART.test(text.charAt(end))) end++;
    const address = text
      .slice(start, end)
      .replace(/[.-]+$/, '')
      .toLowerCase();
    if (start < at && /@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(address)) found.add(address);
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
