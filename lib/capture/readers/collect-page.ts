/**
 * Reads what a company's site says about itself, on the rep's gesture ("Create account from this
 * site"): structured data, meta tags, contact links, icons and contact blocks, as raw capped data
 * for the pure extractor (lib/capture/core/company.ts). Reads only; never throws; runs inside an
 * injected script, so it keeps to this file, the social host list and the shared text reader.
 *
 * Supports any site; fixtures in tests/fixtures/sites/ (JSON-LD, microdata, a Chinese contact
 * block, a hostile page).
 */

import { isRendered, visibleText } from '../../detection/readers/text';
import type { CapturedPage } from '../../model/capture';
import { isSocialHost } from '../core/social';

export const SELECTORS = {
  base: 'base[href]',
  /** Filtered on `type` in code: not every DOM implements the `i` flag of attribute selectors. */
  jsonLd: 'script[type]',
  meta: 'meta[name][content], meta[property][content]',
  microdataItem: '[itemscope][itemtype]',
  microdataProp: '[itemprop]',
  links: 'a[href], area[href]',
  icons: 'link[rel][href]',
  /** Contact blocks, most telling first: landmarks, then ids, then classes (class names are noisy). */
  contactBlocks: [
    'footer, address, [role="contentinfo" i]',
    '[id*="contact" i], [id*="footer" i], [id*="联系"], [id*="关于"], [id*="lianxi" i], [id*="lxwm" i]',
    '[class*="contact" i], [class*="footer" i], [class*="联系"], [class*="关于"], [class*="lianxi" i], [class*="lxwm" i]',
  ],
} as const;

/** What a page can hand over, at most (a hostile page must not blow up the message or the extractor). */
export const LIMITS = {
  jsonLdScripts: 20,
  /** A larger script is left out whole (a truncated one would not parse anyway). */
  jsonLdChars: 200_000,
  metas: 120,
  metaChars: 2_000,
  microdataItems: 20,
  microdataPropsPerItem: 300,
  valuesPerProp: 10,
  valueChars: 2_000,
  links: 300,
  hrefChars: 2_000,
  linkTextChars: 200,
  icons: 10,
  contactBlocks: 20,
  /** Elements looked at per contact-block selector (a page may mark thousands as "footer-…"). */
  contactCandidates: 2_000,
  contactBlockChars: 4_000,
  textChars: 1_048_576,
  titleChars: 500,
} as const;

/** Meta keys worth reading: descriptions, names, OpenGraph (incl. business contact data), Twitter. */
const META_KEY =
  /^(?:description|application-name|author|copyright|og:.+|twitter:.+|business:contact_data:.+)$/;

/** schema.org types that describe the company or its address (`LocalBusiness`, `Dentist` is not, that's fine). */
const MICRODATA_TYPE =
  /^(?:\w*Organization|\w*Business|Corporation|Airline|Consortium|NGO|\w*Store|Restaurant|Hotel|PostalAddress)$/;

/** The page's company data as of now. Never throws: a part that fails is left empty. */
export function collectPage(doc: Document, url: URL): CapturedPage {
  const base = safeBase(doc, url);
  return {
    url: url.href,
    title: attempt(() => clip(collapse(doc.title ?? ''), LIMITS.titleChars), ''),
    lang: attempt(() => clip(doc.documentElement?.getAttribute('lang')?.trim() ?? '', 35), ''),
    jsonLd: attempt(() => readJsonLd(doc), []),
    meta: attempt(() => readMeta(doc), []),
    microdata: attempt(() => readMicrodata(doc, base), []),
    links: attempt(() => readLinks(doc, base), []),
    icons: attempt(() => readIcons(doc, base), []),
    contactBlocks: attempt(() => readContactBlocks(doc), []),
    text: attempt(() => {
      const root = doc.body ?? doc.documentElement;
      if (!root) return '';
      // The browser's own rendered text is ~10× faster than walking the tree (it is laid out
      // already); the walker stays for documents without layout.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is wanted (hidden parts left out)
      const rendered = (root as HTMLElement).innerText;
      return typeof rendered === 'string' && rendered.length > 0 && hasLayout(doc)
        ? clip(rendered, LIMITS.textChars)
        : visibleText(root, LIMITS.textChars);
    }, ''),
  };
}

/** A document the browser laid out (not one parsed off-screen, nor a test DOM without layout). */
function hasLayout(doc: Document): boolean {
  const view = doc.defaultView;
  return (
    !!view &&
    view.innerWidth > 0 &&
    typeof view.navigator?.userAgent === 'string' &&
    !/HappyDOM|jsdom/i.test(view.navigator.userAgent)
  );
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** `<base href>` only when it stays on the page's origin: another origin must not steer where links point. */
function safeBase(doc: Document, url: URL): URL {
  const href = attempt(() => doc.querySelector(SELECTORS.base)?.getAttribute('href') ?? '', '');
  const base = href ? absoluteUrl(href, url) : null;
  return base && base.origin === url.origin ? base : url;
}

/** `href` resolved against `base` when it is http(s), else null. */
function absoluteUrl(href: string, base: URL): URL | null {
  try {
    const resolved = new URL(href.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved : null;
  } catch {
    return null;
  }
}

function readJsonLd(doc: Document): string[] {
  const out: string[] = [];
  for (const script of doc.querySelectorAll(SELECTORS.jsonLd)) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length <= LIMITS.jsonLdChars && text.trim()) out.push(text);
    if (out.length >= LIMITS.jsonLdScripts) break;
  }
  return out;
}

function readMeta(doc: Document): CapturedPage['meta'] {
  const out: CapturedPage['meta'] = [];
  for (const meta of doc.querySelectorAll(SELECTORS.meta)) {
    const key = (meta.getAttribute('property') || meta.getAttribute('name') || '').trim().toLowerCase();
    if (!META_KEY.test(key) || key.length > 100) continue;
    const content = clip(collapse(meta.getAttribute('content') ?? ''), LIMITS.metaChars);
    if (content) out.push({ key, content });
    if (out.length >= LIMITS.metas) break;
  }
  return out;
}

/** The last segment of an itemtype URL (`https://schema.org/LocalBusiness` → `LocalBusiness`). */
function schemaType(el: Element): string {
  const first = (el.getAttribute('itemtype') ?? '').trim().split(/\s+/, 1)[0] ?? '';
  return clip(first.replace(/^.*[/:#]/, ''), 100);
}

/** Top-level company and address items; nested items (an address) are flattened into their owner. */
function readMicrodata(doc: Document, base: URL): CapturedPage['microdata'] {
  const out: CapturedPage['microdata'] = [];
  for (const item of doc.querySelectorAll(SELECTORS.microdataItem)) {
    const type = schemaType(item);
    if (!MICRODATA_TYPE.test(type)) continue;
    // A property of another item (an organization's address) is read with that item.
    if (item.hasAttribute('itemprop') && item.parentElement?.closest('[itemscope]')) continue;
    const props: Record<string, string[]> = Object.create(null);
    readItemProps(item, '', props, base, 0);
    out.push({ type, props: { ...props } });
    if (out.length >= LIMITS.microdataItems) break;
  }
  return out;
}

function readItemProps(
  item: Element,
  prefix: string,
  props: Record<string, string[]>,
  base: URL,
  depth: number,
) {
  let seen = 0;
  for (const el of item.querySelectorAll(SELECTORS.microdataProp)) {
    if (++seen > LIMITS.microdataPropsPerItem) break;
    const owner = (el.hasAttribute('itemscope') ? el.parentElement : el)?.closest('[itemscope]');
    if (owner !== item) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').trim().split(/\s+/)) {
      if (!/^[A-Za-z][\w-]{0,60}$/.test(name)) continue;
      const key = `${prefix}${name}`;
      if (el.hasAttribute('itemscope')) {
        if (depth < 1) readItemProps(el, `${key}.`, props, base, depth + 1);
        continue;
      }
      const value = propertyValue(el, base);
      if (!value) continue;
      const list = props[key] ?? [];
      if (list.length < LIMITS.valuesPerProp) list.push(value);
      props[key] = list;
    }
  }
}

/** A microdata property's value per the HTML spec; URLs absolute and http(s) (or mailto:/tel:). */
function propertyValue(el: Element, base: URL): string {
  const attribute = (name: string) => clip(collapse(el.getAttribute(name) ?? ''), LIMITS.valueChars);
  const link = (name: string) => {
    const raw = attribute(name);
    if (/^(?:mailto|tel):/i.test(raw)) return raw;
    return raw ? clip(absoluteUrl(raw, base)?.href ?? '', LIMITS.valueChars) : '';
  };
  switch (el.localName) {
    case 'meta':
      return attribute('content');
    case 'a':
    case 'area':
    case 'link':
      return link('href');
    case 'img':
    case 'audio':
    case 'video':
    case 'source':
    case 'iframe':
    case 'embed':
      return link('src');
    case 'object':
      return link('data');
    case 'data':
    case 'meter':
      return attribute('value');
    case 'time':
      if (el.hasAttribute('datetime')) return attribute('datetime');
      return clip(collapse(el.textContent ?? ''), LIMITS.valueChars);
    default:
      return clip(collapse(el.textContent ?? ''), LIMITS.valueChars);
  }
}

/** `tel:` and `mailto:` links as written, and absolute links to social networks. */
function readLinks(doc: Document, base: URL): CapturedPage['links'] {
  const out: CapturedPage['links'] = [];
  for (const a of doc.querySelectorAll(SELECTORS.links)) {
    const raw = (a.getAttribute('href') ?? '').trim();
    let href = '';
    if (/^(?:tel|mailto):/i.test(raw)) href = raw;
    else {
      const resolved = absoluteUrl(raw, base);
      if (resolved && isSocialHost(resolved.hostname)) href = resolved.href;
    }
    if (!href || href.length > LIMITS.hrefChars) continue;
    const label = a.getAttribute('aria-label') || a.getAttribute('title') || a.textContent || '';
    out.push({ href, text: clip(collapse(label), LIMITS.linkTextChars) });
    if (out.length >= LIMITS.links) break;
  }
  return out;
}

/** Icons big enough to stand for a logo first (apple-touch-icon), then `icon`; never data: URLs. */
function readIcons(doc: Document, base: URL): string[] {
  const touch: string[] = [];
  const plain: string[] = [];
  for (const link of doc.querySelectorAll(SELECTORS.icons)) {
    const rel = ` ${(link.getAttribute('rel') ?? '').toLowerCase().trim()} `;
    const list = /\sapple-touch-icon(?:-precomposed)?\s/.test(rel)
      ? touch
      : /\sicon\s/.test(rel)
        ? plain
        : null;
    const href = list && absoluteUrl(link.getAttribute('href') ?? '', base)?.href;
    if (list && href && href.length <= LIMITS.hrefChars && !list.includes(href)) list.push(href);
  }
  return [...touch, ...plain].slice(0, LIMITS.icons);
}

/** Visible text of the outermost contact blocks, one line per block element. */
function readContactBlocks(doc: Document): string[] {
  const kept: Element[] = [];
  for (const selector of SELECTORS.contactBlocks) {
    let looked = 0;
    for (const el of doc.querySelectorAll(selector)) {
      if (kept.length >= LIMITS.contactBlocks || ++looked > LIMITS.contactCandidates) break;
      if (kept.some((k) => k === el || k.contains(el) || el.contains(k)) || !isRendered(el)) continue;
      kept.push(el);
    }
  }
  // Document order, so that the page reads as written.
  kept.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return kept.map((el) => visibleText(el, LIMITS.contactBlockChars)).filter((text) => text.trim() !== '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
