/**
 * Output hygiene for what a web page says about a company: plain text, http(s) URLs, valid
 * addresses, phone numbers readable but with every digit kept, and the page's domain. Pure; every
 * function takes untrusted input of any size and is linear in it (no backtracking traps).
 */
import { normalizeAddress } from '../../model/email-text';
import { normalizeDomain } from '../../model/normalize';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Control and format characters: C0/C1, zero-width, soft hyphen, bidi overrides and isolates (they reorder what a rep reads). */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * Plain text of at most `max` chars: a few entities decoded, tags and script/style bodies dropped,
 * control and bidi characters removed, whitespace collapsed.
 */
export function cleanText(raw: unknown, max: number): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  // Work on a bounded slice: markup and entities cost a few chars each, so 4× is plenty.
  let text = clip(String(raw), max * 4 + 64);
  text = text
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, decodeEntity)
    .replace(/<(script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z!][^<>]*>/gi, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(text, max).trim();
}

function decodeEntity(whole: string, body: string): string {
  if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole;
  const code =
    body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}

/** At most `max` UTF-16 units, never ending on half of a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * An absolute http(s) URL (relative ones resolved against `base`), without credentials, at most
 * 2,000 chars; '' for anything else (`javascript:`, `data:`, `vbscript:`, garbage).
 */
export function httpUrl(raw: unknown, base: string): string {
  if (typeof raw !== 'string') return '';
  const text = raw.replace(INVISIBLE, '').trim();
  if (!text || text.length > 2_000) return '';
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    url.username = '';
    url.password = '';
    return url.href.length <= 2_000 ? url.href : '';
  } catch {
    return '';
  }
}

/** A lower-case valid address (`mailto:` and `<…>` stripped), '' when it is none. */
export function cleanEmail(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 300) return '';
  let text = raw.trim().replace(/^mailto:/i, '');
  try {
    text = decodeURIComponent(text.split('?', 1)[0] ?? '');
  } catch {
    // a stray % — read it as written
  }
  const email = normalizeAddress(text);
  // `logo@2x.png` has the shape of an address.
  return email && !/\.(?:png|jpe?g|gif|svg|webp|ico|css|js)$/.test(email) ? email : '';
}

const LOCAL_CHAR = /[A-Za-z0-9._%+'-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/** Every address in free text, in order; linear (found by their `@`, then grown both ways). */
export function emailsIn(text: string, limit = 20): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('@'); at >= 0 && out.length < limit; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 254 && DOMAIN_CHAR.test(text[end]!)) end++;
    const email = cleanEmail(text.slice(start, end).replace(/^[.'-]+|[.-]+$/g, ''));
    if (email && !out.includes(email)) out.push(email);
  }
  return out;
}

/** Full-width digits, parentheses, plus and minus (０１０－１２３４) as ASCII. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９（）＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A phone number for display, every digit as written: `tel:` and URL escapes dropped, full-width
 * forms made ASCII, dashes and dots made `-`, spaces collapsed (`+86 10 1234 5678`,
 * `400-800-8888`, `(021) 5555-1234`). '' unless it has `minDigits`–15 digits and nothing but
 * digits, separators, parentheses and a leading `+`.
 */
export function cleanPhone(raw: unknown, minDigits = 7): string {
  if (typeof raw !== 'string' || raw.length > 80) return '';
  let text = halfWidthDigits(raw.trim().replace(/^tel:/i, ''));
  try {
    text = decodeURIComponent(text);
  } catch {
    // a stray % — read it as written
  }
  text = text
    .replace(INVISIBLE, ' ')
    .replace(/[‐‑‒–—―.]/g, '-')
    .replace(/^[^\d+(]+|[^\d)]+$/g, '');
  if (!/^\+?[\d\s()-]+$/.test(text)) return '';
  text = text
    .replace(/\s*-[\s-]*/g, '-')
    .replace(/\(\s*/g, '(')
    .replace(/\s*\)\s*/g, ') ')
    .replace(/\s+/g, ' ')
    .trim();
  const opened = text.split('(').length;
  if (opened !== text.split(')').length) text = text.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
  const digits = phoneDigits(text);
  if (digits.length < minDigits || digits.length > 15 || text.length > 40) return '';
  return text;
}

/** The digits of a phone number (with its leading `+`): the key two spellings of one number share. */
export function phoneDigits(phone: string): string {
  return (phone.trimStart().startsWith('+') ? '+' : '') + phone.replace(/\D/g, '');
}

/**
 * Whether two digit keys are one number, written with and without the country code or the trunk
 * 0 (`+862155550100`, `02155550100`).
 */
export function sameNumber(a: string, b: string): boolean {
  const [x, y] = [a, b].map((d) => d.replace(/^\+/, '').replace(/^0+/, ''));
  if (x === y) return true;
  const [short, long] = x!.length <= y!.length ? [x!, y!] : [y!, x!];
  return short.length >= 8 && long.length - short.length <= 3 && long.endsWith(short);
}

/** Second-level labels under a country code that are registries' own (`com.cn`, `co.uk`). */
const SECOND_LEVEL = new Set(
  'com net org gov edu ac co or ne go ltd plc me gen biz info sch mil nic'.split(' '),
);
/** China's provincial second-level domains (`acme.sh.cn`). */
const CN_PROVINCES = new Set(
  'bj sh tj cq he sx nm ln jl hl js zj ah fj jx sd ha hb hn gd gx hi sc gz yn xz sn gs qh nx xj tw hk mo'.split(
    ' ',
  ),
);
/** Shared hosting where each customer has its own subdomain. */
const SHARED_HOSTS = new Set(
  'github.io gitee.io netlify.app vercel.app pages.dev herokuapp.com blogspot.com wordpress.com wixsite.com myshopify.com azurewebsites.net cloudfront.net web.app firebaseapp.com'.split(
    ' ',
  ),
);

/**
 * The registrable part of a page's host, lower-case and without `www.`: `shop.acme.com` →
 * `acme.com`, `en.acme.com.cn` → `acme.com.cn`, `acme.github.io` stays. A small built-in list,
 * not the Public Suffix List: good enough to propose, and the rep confirms. '' for no host.
 */
export function registrableDomain(hostOrUrl: string): string {
  const host = normalizeDomain(hostOrUrl);
  if (!host || /^[\d.]+$/.test(host) || host.includes('[') || !host.includes('.')) return host;
  const labels = host.split('.');
  const n = labels.length;
  const tld = labels[n - 1]!;
  const second = labels[n - 2]!;
  const lastTwo = `${second}.${tld}`;
  const keep =
    SHARED_HOSTS.has(lastTwo) ||
    (tld.length === 2 && (SECOND_LEVEL.has(second) || (tld === 'cn' && CN_PROVINCES.has(second))))
      ? 3
      : 2;
  return labels.slice(-keep).join('.');
}
