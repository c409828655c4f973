/**
 * From what a company's site says to an account: a new account filled from it, or the changes it
 * proposes to an existing one, field by field, for the rep to accept or reject. Nothing the rep
 * wrote is replaced unless the rep accepts it: only empty fields are proposed accepted. Pure.
 */

import type {
  AccountFieldChange,
  CompanyExtract,
  CompanyFieldSource,
  CompanyListTarget,
  CompanyTarget,
} from '../../model/capture';
import { emailDomain, isFreeMailDomain } from '../../model/free-mail';
import { normalizeDomain } from '../../model/normalize';
import type { AccountDraft } from '../../model/types';
import { phoneDigits, registrableDomain, sameNumber } from './clean';

/** What the extract proposes for each account field ('' or [] when it says nothing). */
interface Proposal {
  path: CompanyTarget;
  value: string | string[];
  source: CompanyFieldSource;
}

const LIST_TARGETS: ReadonlySet<CompanyTarget> = new Set<CompanyListTarget>([
  'basic.socialProfiles',
  'websiteDomains',
  'emailDomains',
]);

/** Whether a change's path holds a list (its `current` and `proposed` are lists). */
export function isListTarget(path: CompanyTarget): path is CompanyListTarget {
  return LIST_TARGETS.has(path);
}

/** Company email domains of the extract's addresses (free-mail providers say nothing about the company). */
function companyEmailDomains(extract: CompanyExtract): { domains: string[]; source: CompanyFieldSource } {
  const domains: string[] = [];
  let source: CompanyFieldSource = 'url';
  for (const email of extract.emails) {
    const domain = normalizeDomain(emailDomain(email.value));
    if (!domain || isFreeMailDomain(domain) || domains.includes(domain)) continue;
    if (domains.length === 0) source = email.source;
    domains.push(domain);
  }
  return { domains, source };
}

/** Every account field the extract has something for, in form order. */
function proposals(extract: CompanyExtract): Proposal[] {
  const out: Proposal[] = [];
  const scalar = (path: CompanyTarget, field: { value: string; source: CompanyFieldSource } | null) => {
    if (field?.value) out.push({ path, value: field.value, source: field.source });
  };
  scalar('name', extract.name ?? extract.legalName);
  scalar('basic.legalName', extract.legalName);
  scalar('business.description', extract.description);
  scalar('basic.logoUrl', extract.logoUrl);
  scalar('basic.address', extract.address);
  scalar('basic.phone', extract.phones[0] ?? null);
  scalar('basic.email', extract.emails[0] ?? null);
  const domain = extract.domain;
  scalar(
    'basic.website',
    extract.website ?? (domain ? { value: `https://${domain.value}`, source: domain.source } : null),
  );
  if (extract.socialProfiles.length > 0) {
    out.push({
      path: 'basic.socialProfiles',
      value: extract.socialProfiles.map((p) => p.value),
      source: extract.socialProfiles[0]!.source,
    });
  }
  if (domain?.value) out.push({ path: 'websiteDomains', value: [domain.value], source: domain.source });
  const email = companyEmailDomains(extract);
  if (email.domains.length > 0)
    out.push({ path: 'emailDomains', value: email.domains, source: email.source });
  return out;
}

/**
 * A new account filled from the site, over `base` (usually `emptyAccountDraft()`): name (the
 * legal name, then the domain, when the site gives no name), legal name, description, logo URL,
 * address, first phone, first email, social profiles, website (`https://<domain>` unless the site
 * names its home page), the site's domain, and the non-free-mail domains of its addresses. Lists
 * keep what `base` has first.
 */
export function companyToAccountDraft(extract: CompanyExtract, base: AccountDraft): AccountDraft {
  const changes = proposals(extract).map(
    (p): AccountFieldChange => ({
      path: p.path,
      current: readPath(base, p.path),
      proposed: Array.isArray(p.value) ? union(readList(base, p.path), p.value, p.path) : p.value,
      source: p.source,
      acceptByDefault: true,
    }),
  );
  const draft = applyAccountChanges(base, changes);
  if (!draft.name && extract.domain) return { ...draft, name: extract.domain.value };
  return draft;
}

/**
 * One change per account field where the site says something the account does not: scalars
 * when they differ (ignoring case and spacing; a phone, email or website the site lists anywhere
 * counts as the same), lists when the site adds to them (proposing the union). `acceptByDefault`
 * only where the account's field is empty.
 */
export function diffAccount(account: AccountDraft, extract: CompanyExtract): AccountFieldChange[] {
  const changes: AccountFieldChange[] = [];
  for (const p of proposals(extract)) {
    if (Array.isArray(p.value)) {
      const current = readList(account, p.path);
      const proposed = union(current, p.value, p.path);
      if (proposed.length === current.length) continue;
      changes.push({
        path: p.path,
        current,
        proposed,
        source: p.source,
        acceptByDefault: current.length === 0,
      });
      continue;
    }
    const current = readPath(account, p.path) as string;
    if (sameScalar(p.path, current, p.value, extract)) continue;
    changes.push({
      path: p.path,
      current,
      proposed: p.value,
      source: p.source,
      acceptByDefault: current.trim() === '',
    });
  }
  return changes;
}

/** The draft with the accepted changes applied (a new object; `account` is not touched). */
export function applyAccountChanges<T extends AccountDraft>(
  account: T,
  accepted: readonly AccountFieldChange[],
): T {
  const next: T = { ...account, basic: { ...account.basic }, business: { ...account.business } };
  for (const change of accepted) {
    const value = isListTarget(change.path)
      ? [...(Array.isArray(change.proposed) ? change.proposed : [change.proposed])]
      : Array.isArray(change.proposed)
        ? (change.proposed[0] ?? '')
        : change.proposed;
    writePath(next, change.path, value);
  }
  return next;
}

function readPath(account: AccountDraft, path: CompanyTarget): string | string[] {
  switch (path) {
    case 'name':
      return account.name;
    case 'websiteDomains':
      return [...account.websiteDomains];
    case 'emailDomains':
      return [...account.emailDomains];
    case 'business.description':
      return account.business.description;
    case 'basic.socialProfiles':
      return [...account.basic.socialProfiles];
    case 'basic.legalName':
    case 'basic.logoUrl':
    case 'basic.address':
    case 'basic.phone':
    case 'basic.email':
    case 'basic.website':
      return account.basic[path.slice('basic.'.length) as 'legalName'];
  }
}

function readList(account: AccountDraft, path: CompanyTarget): string[] {
  const value = readPath(account, path);
  return Array.isArray(value) ? value : [];
}

function writePath(draft: AccountDraft, path: CompanyTarget, value: string | string[]) {
  const text = Array.isArray(value) ? '' : value;
  const list = Array.isArray(value) ? value : [];
  switch (path) {
    case 'name':
      draft.name = text;
      return;
    case 'websiteDomains':
      draft.websiteDomains = list;
      return;
    case 'emailDomains':
      draft.emailDomains = list;
      return;
    case 'business.description':
      draft.business.description = text;
      return;
    case 'basic.socialProfiles':
      draft.basic.socialProfiles = list;
      return;
    case 'basic.legalName':
    case 'basic.logoUrl':
    case 'basic.address':
    case 'basic.phone':
    case 'basic.email':
    case 'basic.website':
      draft.basic[path.slice('basic.'.length) as 'legalName'] = text;
  }
}

/** How two entries of a list are compared: domains bare, profile URLs without `www.` and trailing `/`. */
function listKey(path: CompanyTarget, value: string): string {
  if (path === 'basic.socialProfiles') {
    return value
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\/(?:www\.)?/, '')
      .replace(/[/#]+$/, '');
  }
  return normalizeDomain(value);
}

/** `current` then what `added` has that it does not. */
function union(current: readonly string[], added: readonly string[], path: CompanyTarget): string[] {
  const out = [...current];
  const keys = new Set(current.map((v) => listKey(path, v)));
  for (const value of added) {
    const key = listKey(path, value);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    out.push(value);
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function sameScalar(
  path: CompanyTarget,
  current: string,
  proposed: string,
  extract: CompanyExtract,
): boolean {
  if (squash(current) === squash(proposed)) return true;
  if (!current.trim()) return false;
  switch (path) {
    case 'basic.phone':
      return extract.phones.some((p) => sameNumber(phoneDigits(p.value), phoneDigits(current)));
    case 'basic.email':
      return extract.emails.some((e) => e.value === squash(current));
    case 'basic.website':
    case 'basic.logoUrl':
      return urlKey(current) === urlKey(proposed) || (path === 'basic.website' && sameSite(current, extract));
    default:
      return false;
  }
}

function urlKey(url: string): string {
  return squash(url)
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
}

/** The account's website is on the site's domain already (`https://acme.com` vs `https://www.acme.com/`). */
function sameSite(current: string, extract: CompanyExtract): boolean {
  const domain = extract.domain?.value;
  return domain !== undefined && registrableDomain(current) === domain;
}
