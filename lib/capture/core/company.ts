/**
 * What a company's website says about the company: pure code
 * over the page data `collectPage` read on the rep's gesture. Sources in order of trust: JSON-LD,
 * microdata, OpenGraph and meta tags, labelled contact lines (contact blocks, then the page's
 * text), icons and links, the title and the URL. A single-value field keeps the first source that
 * has it; lists gather every source, de-duplicated, in that order.
 */
import type { CapturedPage, CompanyExtract, CompanyFieldSource, Sourced } from '../../model/capture';
import {
  cleanEmail,
  cleanPhone,
  cleanText,
  emailsIn,
  httpUrl,
  phoneDigits,
  registrableDomain,
  sameNumber,
} from './clean';
import {
  type ContactLabel,
  contactLinesOf,
  copyrightHolder,
  isLegalName,
  readContactLines,
} from './contact-text';
import { companyFromJsonLd, joinAddress } from './json-ld';
import { isPortalDomain } from './portals';
import { isSocialProfile } from './social';

/** Longest value kept per field (the account's own limits are at least this). */
export const FIELD_MAX = { name: 200, legalName: 200, description: 1_000, address: 300 } as const;
/** Most values kept per list field. */
export const LIST_MAX = { phones: 8, emails: 8, socialProfiles: 12 } as const;
/** Most entries read from each part of the page (the reader caps them too; callers may not). */
const READ_MAX = { scripts: 50, metas: 200, items: 30, links: 500, icons: 20, blocks: 40 } as const;
const TEXT_MAX = 1_048_576;

type Scalar = 'name' | 'legalName' | 'description' | 'logoUrl' | 'address' | 'website';

/** The company the page describes; every value is plain text, every URL http(s). Never throws. */
export function extractCompany(captured: CapturedPage): CompanyExtract {
  const page: Partial<CapturedPage> = captured && typeof captured === 'object' ? captured : {};
  const pageUrl = httpUrl(page.url, 'http://invalid.invalid/');
  const domain = pageUrl ? registrableDomain(new URL(pageUrl).hostname) : '';
  const out = new Builder(pageUrl || 'http://invalid.invalid/', domain);
  // A news site or portal is nobody's own site: what it says of itself is the publisher's.
  if (isPortalDomain(domain)) return out.result(null);

  const org = companyFromJsonLd(arr(page.jsonLd).slice(0, READ_MAX.scripts), domain);
  if (org) {
    out.text('name', org.name, 'jsonLd');
    out.text('legalName', org.legalName, 'jsonLd');
    out.text('description', org.description, 'jsonLd');
    out.url('logoUrl', org.logo, 'jsonLd');
    out.text('address', org.address, 'jsonLd');
    out.website(org.url, 'jsonLd');
    for (const phone of org.telephone) out.phone(phone, 'jsonLd');
    for (const email of org.email) out.email(email, 'jsonLd');
    for (const profile of org.sameAs) out.profile(profile, 'jsonLd');
  }

  readMicrodata(page, out);
  readMeta(page, out);

  // Labelled lines: contact blocks first, then the whole text for what is still missing.
  const blocks = arr(page.contactBlocks)
    .slice(0, READ_MAX.blocks)
    .filter((b): b is string => typeof b === 'string');
  for (const block of blocks) readLines(out, block.slice(0, 20_000), ALL_LABELS);
  for (const block of blocks) for (const email of emailsIn(block, 20)) out.email(email, 'contactBlock');
  const text = typeof page.text === 'string' ? page.text.slice(0, TEXT_MAX) : '';
  const missing = new Set<ContactLabel>();
  if (!out.has('name')) missing.add('name');
  if (!out.has('address')) missing.add('address');
  if (out.phones.length === 0) missing.add('phone');
  if (out.emails.length === 0) missing.add('email');
  if (missing.size > 0 && text) readLines(out, contactLinesOf(text), missing);
  if (!out.has('legalName')) {
    for (const block of blocks) out.text('legalName', [copyrightHolder(block)], 'contactBlock');
  }

  for (const icon of arr(page.icons).slice(0, READ_MAX.icons)) out.url('logoUrl', [icon], 'link');
  out.url('logoUrl', metaValues(page, 'og:image'), 'openGraph');
  for (const link of arr(page.links).slice(0, READ_MAX.links)) {
    const href = typeof link?.href === 'string' ? link.href.trim() : '';
    if (/^tel:/i.test(href)) out.phone(href, 'link', 5);
    else if (/^mailto:/i.test(href))
      for (const email of href.slice(7).split(/[,;]/)) out.email(email, 'link');
    else out.profile(href, 'link');
  }

  out.text('name', [nameFromTitle(cleanText(page.title, 500))], 'title');
  if (pageUrl) out.website([new URL(pageUrl).origin], 'url');
  return out.result(domain ? { value: domain, source: 'url' } : null);
}

const ALL_LABELS: ReadonlySet<ContactLabel> = new Set<ContactLabel>(['name', 'phone', 'email', 'address']);

function readLines(out: Builder, text: string, only: ReadonlySet<ContactLabel>) {
  const finds = readContactLines(text, 200, only);
  out.text('name', finds.names, 'contactBlock');
  for (const name of finds.names) if (isLegalName(name)) out.text('legalName', [name], 'contactBlock');
  out.text('address', finds.addresses, 'contactBlock');
  for (const phone of finds.phones) out.phone(phone, 'contactBlock');
  for (const email of finds.emails) out.email(email, 'contactBlock');
}

function readMicrodata(page: Partial<CapturedPage>, out: Builder) {
  const items = arr(page.microdata)
    .slice(0, READ_MAX.items)
    .filter((item) => item && typeof item.type === 'string' && item.props && typeof item.props === 'object');
  const get = (props: Record<string, unknown>, key: string): string[] => {
    const value = Object.hasOwn(props, key) ? props[key] : undefined;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 10) : [];
  };
  const address = (props: Record<string, unknown>, prefix: string) =>
    joinAddress({
      street: get(props, `${prefix}streetAddress`)[0] ?? '',
      locality: get(props, `${prefix}addressLocality`)[0] ?? '',
      region: get(props, `${prefix}addressRegion`)[0] ?? '',
      postalCode: get(props, `${prefix}postalCode`)[0] ?? '',
      country:
        get(props, `${prefix}addressCountry`)[0] ?? get(props, `${prefix}addressCountry.name`)[0] ?? '',
    });
  const org = items.find((item) => item.type !== 'PostalAddress');
  if (org) {
    const props = org.props as Record<string, unknown>;
    out.text('name', get(props, 'name'), 'microdata');
    out.text('legalName', get(props, 'legalName'), 'microdata');
    out.text('description', get(props, 'description'), 'microdata');
    out.url(
      'logoUrl',
      [...get(props, 'logo'), ...get(props, 'logo.url'), ...get(props, 'logo.contentUrl')],
      'microdata',
    );
    out.text('address', [address(props, 'address.'), ...get(props, 'address')], 'microdata');
    out.website(get(props, 'url'), 'microdata');
    for (const phone of get(props, 'telephone')) out.phone(phone, 'microdata');
    for (const email of get(props, 'email')) out.email(email, 'microdata');
    for (const profile of get(props, 'sameAs')) out.profile(profile, 'microdata');
  }
  for (const item of items) {
    if (item.type === 'PostalAddress') out.text('address', [address(item.props, '')], 'microdata');
  }
}

function metaValues(page: Partial<CapturedPage>, key: string): string[] {
  return arr(page.meta)
    .slice(0, READ_MAX.metas)
    .filter((m) => m && m.key === key && typeof m.content === 'string')
    .map((m) => m.content);
}

function readMeta(page: Partial<CapturedPage>, out: Builder) {
  const meta = (key: string) => metaValues(page, key);
  out.text('name', meta('og:site_name'), 'openGraph');
  out.text('name', meta('application-name'), 'meta');
  out.text('description', meta('og:description'), 'openGraph');
  out.text('description', meta('description'), 'meta');
  out.text('description', meta('twitter:description'), 'meta');
  out.url('logoUrl', meta('og:logo'), 'openGraph');
  const contact = (field: string) => meta(`business:contact_data:${field}`)[0] ?? '';
  out.text(
    'address',
    [
      joinAddress({
        street: contact('street_address'),
        locality: contact('locality'),
        region: contact('region'),
        postalCode: contact('postal_code'),
        country: contact('country_name'),
      }),
    ],
    'openGraph',
  );
  out.website(meta('business:contact_data:website'), 'openGraph');
  for (const phone of meta('business:contact_data:phone_number')) out.phone(phone, 'openGraph');
  for (const email of meta('business:contact_data:email')) out.email(email, 'openGraph');
  for (const site of meta('twitter:site')) {
    const handle = /^@?([A-Za-z0-9_]{1,15})$/.exec(site.trim())?.[1];
    if (handle) out.profile(`https://x.com/${handle}`, 'meta');
  }
}

/** Words a title uses for the page rather than the company. */
const PAGE_WORDS =
  /^(?:home|homepage|welcome|about|about us|contact|contact us|official site|official website|首页|主页|关于我们|联系我们|公司简介|企业简介|官网|官方网站)$/i;

/** The company in a page title: `About us | Acme Logistics` → `Acme Logistics`. */
export function nameFromTitle(title: string): string {
  const parts = title
    .split(/\s[|\-–—·•:]\s|[|｜_—–·•]|\s-\s|-(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])-/)
    .map((part) => part.trim())
    .filter((part) => part && !PAGE_WORDS.test(part));
  const legal = parts.find(isLegalName);
  if (legal) return legal;
  return parts.reduce((best, part) => (best && best.length <= part.length ? best : part), '');
}

function arr<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** Collects the first value of each field and the lists, cleaning everything on the way in. */
class Builder {
  private readonly scalars: Partial<Record<Scalar, Sourced<string>>> = {};
  readonly phones: Sourced<string>[] = [];
  readonly emails: Sourced<string>[] = [];
  private readonly profiles: Sourced<string>[] = [];
  private readonly seen = {
    phones: new Set<string>(),
    emails: new Set<string>(),
    profiles: new Set<string>(),
  };

  constructor(
    private readonly base: string,
    private readonly domain: string,
  ) {}

  has(field: Scalar): boolean {
    return this.scalars[field] !== undefined;
  }

  /** The first of `values` that is text, if `field` has no value yet. */
  text(
    field: Exclude<Scalar, 'logoUrl' | 'website'>,
    values: readonly unknown[],
    source: CompanyFieldSource,
  ) {
    if (this.has(field)) return;
    for (const raw of values.slice(0, 10)) {
      const value = cleanText(raw, FIELD_MAX[field]);
      if (value && /[\p{L}\p{N}]/u.test(value)) {
        this.scalars[field] = { value, source };
        return;
      }
    }
  }

  url(field: 'logoUrl', values: readonly unknown[], source: CompanyFieldSource) {
    if (this.has(field)) return;
    const value = values
      .slice(0, 10)
      .map((raw) => httpUrl(raw, this.base))
      .find(Boolean);
    if (value) this.scalars[field] = { value, source };
  }

  /** The company's home page, only on the page's own domain (a page cannot send the rep elsewhere). */
  website(values: readonly unknown[], source: CompanyFieldSource) {
    if (this.has('website')) return;
    for (const raw of values.slice(0, 10)) {
      const href = httpUrl(raw, this.base);
      if (!href) continue;
      const url = new URL(href);
      if (registrableDomain(url.hostname) !== this.domain) continue;
      const home = url.pathname === '/' && !url.search && !url.hash;
      this.scalars.website = { value: home ? url.origin : href, source };
      return;
    }
  }

  phone(raw: unknown, source: CompanyFieldSource, minDigits = 7) {
    const phone = cleanPhone(raw, minDigits);
    const key = phoneDigits(phone);
    if (!phone || this.seen.phones.has(key) || this.phones.length >= LIST_MAX.phones) return;
    // `+86 21 5555 0100` and `021-5555 0100` are one number: keep the first spelling.
    if (this.phones.some((p) => sameNumber(phoneDigits(p.value), key))) return;
    this.seen.phones.add(key);
    this.phones.push({ value: phone, source });
  }

  email(raw: unknown, source: CompanyFieldSource) {
    const email = cleanEmail(raw);
    if (!email || this.seen.emails.has(email) || this.emails.length >= LIST_MAX.emails) return;
    this.seen.emails.add(email);
    this.emails.push({ value: email, source });
  }

  /** A profile page on a known social network (a `sameAs` elsewhere is not a social profile). */
  profile(raw: unknown, source: CompanyFieldSource) {
    const href = httpUrl(raw, this.base);
    if (!href || this.profiles.length >= LIST_MAX.socialProfiles) return;
    const url = new URL(href);
    if (!isSocialProfile(url)) return;
    url.hash = '';
    const key = `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
    if (this.seen.profiles.has(key)) return;
    this.seen.profiles.add(key);
    this.profiles.push({ value: url.href, source });
  }

  result(domain: Sourced<string> | null): CompanyExtract {
    const s = this.scalars;
    return {
      name: s.name ?? null,
      legalName: s.legalName ?? null,
      description: s.description ?? null,
      logoUrl: s.logoUrl ?? null,
      address: s.address ?? null,
      phones: this.phones,
      emails: this.emails,
      socialProfiles: this.profiles,
      website: s.website ?? null,
      domain,
    };
  }
}
