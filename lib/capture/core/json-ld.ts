/**
 * The company a page's JSON-LD describes: schema.org Organization, LocalBusiness and kin, at the
 * top level, in arrays, in `@graph`, or as a page's publisher / main entity. Pure. Invalid JSON
 * is skipped; the walk is bounded in depth and nodes, and only own properties are read (a
 * `__proto__` key is just a key).
 */
import { cleanText, registrableDomain } from './clean';

/** What one organization node says, values still raw (the extractor cleans them). */
export interface JsonLdCompany {
  name: string[];
  legalName: string[];
  description: string[];
  url: string[];
  logo: string[];
  telephone: string[];
  email: string[];
  /** Joined postal addresses, most specific first. */
  address: string[];
  sameAs: string[];
}

/** Larger scripts are skipped whole (the reader already leaves them out; this guards other callers). */
export const MAX_JSON_LD_CHARS = 200_000;
const MAX_DEPTH = 8;
const MAX_NODES = 5_000;
/** Values read per property (a `sameAs` of thousands is not a company's profiles). */
const MAX_VALUES = 30;

const ORGANIZATION_TYPE =
  /^(?:\w*Organization|\w*Business|Corporation|Airline|Consortium|NGO|WorkersUnion|\w*Store|Restaurant|Hotel)$/;

/** Keys under which a page names its own company (an article's `author` is someone else). */
const COMPANY_KEYS = [
  '@graph',
  'mainEntity',
  'about',
  'publisher',
  'provider',
  'brand',
  'parentOrganization',
];

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: never one inherited from Object.prototype. */
function own(node: Node, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function isOrganization(node: Node): boolean {
  const type = own(node, '@type');
  const types = Array.isArray(type) ? type.slice(0, 10) : [type];
  return types.some((t) => typeof t === 'string' && ORGANIZATION_TYPE.test(t.trim().replace(/^.*[/:#]/, '')));
}

/**
 * The best organization of the page's JSON-LD scripts, or null: one whose `url` is on the page's
 * domain first, then one at the top level, then the first found.
 */
export function companyFromJsonLd(scripts: readonly string[], pageDomain: string): JsonLdCompany | null {
  const found: { node: Node; score: number; order: number }[] = [];
  let budget = MAX_NODES;
  for (const script of scripts.slice(0, 50)) {
    if (typeof script !== 'string' || script.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    const visit = (value: unknown, depth: number, topLevel: boolean) => {
      if (depth > MAX_DEPTH || --budget < 0) return;
      if (Array.isArray(value)) {
        for (const item of value.slice(0, 200)) visit(item, depth + 1, topLevel);
        return;
      }
      if (!isNode(value)) return;
      if (isOrganization(value)) {
        const urls = texts(own(value, 'url'));
        const onSite = pageDomain !== '' && urls.some((u) => registrableDomain(u) === pageDomain);
        found.push({ node: value, score: (onSite ? 2 : 0) + (topLevel ? 1 : 0), order: found.length });
      }
      for (const key of COMPANY_KEYS) {
        const child = own(value, key);
        if (child !== undefined) visit(child, depth + 1, topLevel && key === '@graph');
      }
    };
    visit(data, 0, true);
  }
  if (found.length === 0) return null;
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return readCompany(found[0]!.node);
}

function readCompany(node: Node): JsonLdCompany {
  const contactPoints = list(own(node, 'contactPoint')).filter(isNode).slice(0, 10);
  return {
    name: texts(own(node, 'name')),
    legalName: texts(own(node, 'legalName')),
    description: texts(own(node, 'description')),
    url: texts(own(node, 'url')),
    logo: list(own(node, 'logo')).flatMap(imageUrl),
    telephone: [
      ...texts(own(node, 'telephone')),
      ...contactPoints.flatMap((point) => texts(own(point, 'telephone'))),
    ],
    email: [...texts(own(node, 'email')), ...contactPoints.flatMap((point) => texts(own(point, 'email')))],
    address: [...list(own(node, 'address')), ...list(own(node, 'location')).map(placeAddress)]
      .map(postalAddress)
      .filter(Boolean),
    sameAs: texts(own(node, 'sameAs')),
  };
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.slice(0, MAX_VALUES) : [value];
}

/** A JSON-LD value as texts: strings, numbers, `{ "@value" }`, `{ "@id" }`, and lists of those. */
function texts(value: unknown): string[] {
  return list(value).flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (typeof item === 'number' && Number.isFinite(item)) return [String(item)];
    if (isNode(item)) {
      const inner = own(item, '@value') ?? own(item, '@id');
      return typeof inner === 'string' ? [inner] : [];
    }
    return [];
  });
}

/** `logo` as a URL string or an ImageObject (`url`, `contentUrl`). */
function imageUrl(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!isNode(value)) return [];
  return [...texts(own(value, 'url')), ...texts(own(value, 'contentUrl')), ...texts(own(value, '@id'))].slice(
    0,
    3,
  );
}

/** A Place's address (`location: { "@type": "Place", "address": … }`). */
function placeAddress(value: unknown): unknown {
  return isNode(value) && !Object.hasOwn(value, 'streetAddress') ? own(value, 'address') : value;
}

/** `address` as text or as a PostalAddress, in the order its language writes it. */
function postalAddress(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isNode(value)) return '';
  const part = (key: string) => {
    const raw = own(value, key);
    return (isNode(raw) ? texts(own(raw, 'name')) : texts(raw))[0]?.trim() ?? '';
  };
  return joinAddress({
    street: part('streetAddress'),
    locality: part('addressLocality'),
    region: part('addressRegion'),
    postalCode: part('postalCode'),
    country: part('addressCountry'),
  });
}

export interface AddressParts {
  street: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * One line from the parts of a postal address. Chinese: country, region, city, street run
 * together (中国上海市浦东新区…), a part the street already spells out left out, the postcode
 * last; otherwise `street, city, region postcode, country`.
 */
export function joinAddress(parts: AddressParts): string {
  const clean = (part: string) => cleanText(part, 200);
  const [street, locality, region, postalCode, country] = [
    clean(parts.street),
    clean(parts.locality),
    clean(parts.region),
    clean(parts.postalCode),
    clean(parts.country),
  ] as const;
  if ([street, locality, region, country].some((p) => CJK.test(p))) {
    const ordered = [country, region, locality, street].filter(Boolean);
    const kept = ordered.filter((p, i) => !ordered.slice(i + 1).some((later) => later.includes(p)));
    return [kept.join(''), postalCode].filter(Boolean).join(' ');
  }
  const regionLine = [region, postalCode].filter(Boolean).join(' ');
  const ordered = [street, locality, regionLine, country].filter(Boolean);
  return ordered.filter((p, i) => ordered.indexOf(p) === i).join(', ');
}
