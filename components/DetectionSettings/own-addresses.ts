import { normalizeDomain, normalizeEmail, normalizeList } from '../../lib/model/normalize';
import type { OwnAddresses } from '../../lib/model/storage-items';

export type OwnAddressesParse =
  | { ok: true; value: OwnAddresses }
  | { ok: false; invalidEmails: string[]; invalidDomains: string[] };

/** Basic shape only (one @, a dot in the domain, no spaces); the browser never mails it. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The hostname rule of the client file's domains (`lib/model/schemas.ts`), IDNs as punycode. */
const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(xn--[a-z0-9-]+|[a-z]{2,63})$/;

/** "a, b，c、d" or one per line → ['a', 'b', 'c', 'd']. */
export function splitEntries(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Reads the two list fields: emails lower-cased, domains bare (`https://www.Acme.com/x` →
 * `acme.com`, `@acme.com` → `acme.com`), duplicates dropped. Fails with the entries, as typed,
 * that are not an email address or a domain.
 */
export function parseOwnAddresses(emailsText: string, domainsText: string): OwnAddressesParse {
  const emailEntries = splitEntries(emailsText);
  const domainEntries = splitEntries(domainsText);
  const invalidEmails = emailEntries.filter((e) => e.length > 254 || !EMAIL.test(normalizeEmail(e)));
  const invalidDomains = domainEntries.filter((d) => !DOMAIN.test(normalizeDomain(d)));
  if (invalidEmails.length > 0 || invalidDomains.length > 0)
    return { ok: false, invalidEmails, invalidDomains };
  return {
    ok: true,
    value: {
      emails: normalizeList(emailEntries, normalizeEmail),
      domains: normalizeList(domainEntries, normalizeDomain),
    },
  };
}

/** One entry per line, as the fields show a stored value. */
export function joinEntries(entries: readonly string[]): string {
  return entries.join('\n');
}
