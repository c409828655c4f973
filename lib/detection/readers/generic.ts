/**
 * Any page that no webmail adapter claims: company sites, news, tender notices, CRM records.
 * Sample URLs: https://www.acme-logistics.com/about, https://news.example.cn/2025/0312/notice.html
 */

import { mailtoAddresses, normalizeAddress, unique } from '../../model/email-text';
import type { OrganizationSignal, PageSignals } from '../core/signals';
import type { SiteAdapter } from './adapter';
import { collapse, visibleText } from './text';

/** schema.org and mailto markup, the same on every site (webmail adapters read it in the open message). */
export const SELECTORS = {
  mailto: 'a[href^="mailto:" i], area[href^="mailto:" i]',
  jsonLd: 'script[type="application/ld+json" i]',
  microdataItem: '[itemscope][itemtype]',
  microdataProp: '[itemprop]',
} as const;

/** Addresses of the `mailto:` links under `root`, lower-case, de-duplicated, in document order. */
export function readMailtos(root: ParentNode): string[] {
  return unique(
    [...root.querySelectorAll(SELECTORS.mailto)].flatMap((a) =>
      mailtoAddresses(a.getAttribute('href') ?? ''),
    ),
  );
}

/**
 * The organizations a page describes about itself: top-level JSON-LD items (also inside `@graph`
 * and arrays) and microdata items whose type is an organization. Organizations nested as property
 * values (an article's `publisher`) are not the page's subject and are left out. Invalid JSON is
 * skipped. De-duplicated on name, legal name and URL.
 */
export function readOrganizations(root: ParentNode): OrganizationSignal[] {
  const found = [...root.querySelectorAll(SELECTORS.jsonLd)].flatMap((s) =>
    organizationsInJsonLd(s.textContent),
  );
  for (const item of root.querySelectorAll(SELECTORS.microdataItem)) {
    if (isOrganizationType(item.getAttribute('itemtype')?.split(/\s+/)))
      found.push(microdataOrganization(item));
  }
  const seen = new Set<string>();
  return found.filter((org) => {
    const key = [org.name, org.legalName, org.url].join('\n').toLowerCase();
    if (seen.has(key) || !(org.name || org.legalName || org.url)) return false;
    seen.add(key);
    return true;
  });
}

/** Organizations at the top level of one JSON-LD script's text; [] when it is not valid JSON. */
export function organizationsInJsonLd(json: string | null): OrganizationSignal[] {
  let data: unknown;
  try {
    data = JSON.parse(json ?? '');
  } catch {
    return [];
  }
  const out: OrganizationSignal[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(node)) for (const item of node) visit(item, depth + 1);
    else if (isRecord(node)) {
      if (isOrganizationType(node['@type'])) out.push(jsonLdOrganization(node));
      if ('@graph' in node) visit(node['@graph'], depth + 1);
    }
  };
  visit(data, 0);
  return out;
}

const ORGANIZATION_TYPES =
  /^(?:\w*Organization|\w*Business|Corporation|Airline|Consortium|NGO|WorkersUnion)$/;

/** Whether a schema.org type (a name, a full URL, `schema:X`, or a list of those) is an organization. */
function isOrganizationType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) => typeof t === 'string' && ORGANIZATION_TYPES.test(t.trim().replace(/^.*[/:#]/, '')),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON-LD value as text: a string, a number, `{ "@value" }`, `{ "@id" }`, or the first of a list. */
function jsonText(value: unknown): string {
  if (typeof value === 'string') return collapse(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(jsonText).find(Boolean) ?? '';
  if (isRecord(value)) return jsonText(value['@value'] ?? value['@id'] ?? value.url ?? '');
  return '';
}

function jsonLdOrganization(node: Record<string, unknown>): OrganizationSignal {
  const sameAs = node.sameAs;
  return {
    name: jsonText(node.name),
    legalName: jsonText(node.legalName),
    url: jsonText(node.url),
    email: normalizeAddress(jsonText(node.email)),
    sameAs: unique((Array.isArray(sameAs) ? sameAs : [sameAs]).map(jsonText)),
  };
}

function microdataOrganization(item: Element): OrganizationSignal {
  const values = (name: string) =>
    [...item.querySelectorAll(SELECTORS.microdataProp)]
      .filter((el) => el.getAttribute('itemprop')?.split(/\s+/).includes(name) && ownerItem(el) === item)
      .map(propertyValue)
      .filter(Boolean);
  return {
    name: values('name')[0] ?? '',
    legalName: values('legalName')[0] ?? '',
    url: values('url')[0] ?? '',
    email: normalizeAddress(values('email')[0]),
    sameAs: unique(values('sameAs')),
  };
}

/** The item a property belongs to (a property that is itself an item belongs to the one around it). */
function ownerItem(prop: Element): Element | null {
  const from = prop.hasAttribute('itemscope') ? prop.parentElement : prop;
  return from?.closest('[itemscope]') ?? null;
}

/** A microdata property's value, per the HTML spec's element-specific rules. */
function propertyValue(el: Element): string {
  const attribute = (name: string) => collapse(el.getAttribute(name) ?? '');
  switch (el.localName) {
    case 'meta':
      return attribute('content');
    case 'a':
    case 'area':
    case 'link':
      return absolute(attribute('href'), el.baseURI);
    case 'img':
    case 'audio':
    case 'video':
    case 'source':
    case 'iframe':
    case 'embed':
      return absolute(attribute('src'), el.baseURI);
    case 'object':
      return absolute(attribute('data'), el.baseURI);
    case 'time':
      return el.hasAttribute('datetime') ? attribute('datetime') : collapse(el.textContent ?? '');
    case 'data':
    case 'meter':
      return attribute('value');
    default:
      return collapse(el.textContent ?? '');
  }
}

function absolute(href: string, base: string): string {
  if (!href || /^mailto:/i.test(href)) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Every other page: title, mailtos, schema.org organizations and the visible text of the body. */
export const generic: SiteAdapter = {
  source: 'generic',
  matches: () => true,
  read(doc: Document, url: URL): PageSignals {
    const root = doc.body ?? doc.documentElement;
    return {
      source: 'generic',
      url: url.href,
      host: url.hostname.toLowerCase(),
      title: collapse(doc.title),
      subject: '',
      people: [],
      selfEmail: '',
      mailtos: root ? readMailtos(root) : [],
      organizations: readOrganizations(doc),
      text: root ? visibleText(root) : '',
    };
  },
};
