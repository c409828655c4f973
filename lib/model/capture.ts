/**
 * Company-website capture: what a DOM reader takes from a company's page on the rep's
 * gesture, what the pure extractor makes of it, and the changes it proposes to an account.
 * Types only, so that components can show them.
 */

/**
 * What `collectPage` (lib/capture/readers/collect-page.ts) reads from a page: raw, but capped and
 * with every URL it reports already absolute and http(s) (tel:/mailto: links aside). The
 * extractor treats it as untrusted all the same.
 */
export interface CapturedPage {
  url: string;
  title: string;
  /** The document's `lang` attribute ('' when none). */
  lang: string;
  /** Raw texts of `<script type="application/ld+json">`, each under a size cap (larger ones are left out). */
  jsonLd: string[];
  /** `<meta name|property>` → content, keys lower-case: description, og:*, twitter:*, application-name, author… */
  meta: { key: string; content: string }[];
  /**
   * Microdata items whose itemtype is an organization, a local business or a postal address;
   * properties of a nested item are flattened (`address.streetAddress`).
   */
  microdata: { type: string; props: Record<string, string[]> }[];
  /** `tel:` and `mailto:` links and links to social networks (LinkedIn, X, Weibo…), capped. */
  links: { href: string; text: string }[];
  /** Absolute http(s) URLs of `link rel=apple-touch-icon|icon`, apple-touch icons first. */
  icons: string[];
  /** Visible text of the footer, `<address>` and contact/about sections, one line per block. */
  contactBlocks: string[];
  /** The body's visible text, at most 1,048,576 chars. */
  text: string;
}

/** Where an extracted value was read. */
export type CompanyFieldSource =
  | 'jsonLd'
  | 'microdata'
  | 'openGraph'
  | 'meta'
  | 'link'
  /** A labelled contact line (公司名称：…, Tel: …) in a contact block or the page's text. */
  | 'contactBlock'
  | 'title'
  | 'url';

export interface Sourced<T> {
  value: T;
  source: CompanyFieldSource;
}

/** What a company's page says about the company; every value is plain text, every URL http(s). */
export interface CompanyExtract {
  name: Sourced<string> | null;
  legalName: Sourced<string> | null;
  description: Sourced<string> | null;
  /** Shown as text, never loaded. */
  logoUrl: Sourced<string> | null;
  address: Sourced<string> | null;
  /** Display form, digits as the page wrote them (`+86 10 1234 5678`, `400-800-8888`). */
  phones: Sourced<string>[];
  /** Lower-case, valid addresses. */
  emails: Sourced<string>[];
  socialProfiles: Sourced<string>[];
  /** The company's home page (`https://www.acme.com`) when the page names one on its own domain, else the page's origin. */
  website: Sourced<string> | null;
  /** Registrable-ish domain of the page (`acme.com` for `https://shop.acme.com/x`). */
  domain: Sourced<string> | null;
}

/** The single-value fields of a `CompanyExtract`. */
export type CompanyScalarField =
  | 'name'
  | 'legalName'
  | 'description'
  | 'logoUrl'
  | 'address'
  | 'website'
  | 'domain';
/** The list fields of a `CompanyExtract`. */
export type CompanyListField = 'phones' | 'emails' | 'socialProfiles';

/** The account fields a company page can fill, by their draft path. */
export const COMPANY_TARGETS = [
  'name',
  'basic.legalName',
  'business.description',
  'basic.logoUrl',
  'basic.address',
  'basic.phone',
  'basic.email',
  'basic.website',
  'basic.socialProfiles',
  'websiteDomains',
  'emailDomains',
] as const;
export type CompanyTarget = (typeof COMPANY_TARGETS)[number];

/** Account fields that hold a list; their changes carry lists. */
export type CompanyListTarget = 'basic.socialProfiles' | 'websiteDomains' | 'emailDomains';

/**
 * One field the site says something different about. Scalar fields carry strings; list fields
 * (`CompanyListTarget`) carry lists, and `proposed` is the union of what the account has and
 * what the site says.
 */
export interface AccountFieldChange {
  path: CompanyTarget;
  current: string | string[];
  proposed: string | string[];
  source: CompanyFieldSource;
  /** True only when the account's field is empty: nothing the rep wrote is replaced unasked. */
  acceptByDefault: boolean;
}
