/**
 * One cell → the values it holds: several emails or phones in one cell, a person's name from its
 * parts (Chinese family name first, no space), an address from its parts, external ids.
 */
import { salesforceId18 } from './salesforce';

/** Emails in one cell: `a@x.com; b@x.com`, `a@x.com, b@x.com`, one per line, `Wang <a@x.com>`. */
export function splitEmails(cell: string): string[] {
  if (!cell) return [];
  return cell
    .split(/[;,\n；，、]+/)
    .flatMap((part) => {
      const bracketed = /<([^<>]*)>/.exec(part);
      return bracketed ? [bracketed[1]!] : part.split(/\s+/);
    })
    .map((part) =>
      part
        .replace(/^mailto:/i, '')
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
}

/**
 * Phones in one cell: separated by `;`, `,`, `/`, new lines or Chinese punctuation (not spaces:
 * `+86 10 1234 5678` is one number). Full-width digits become ASCII.
 */
export function splitPhones(cell: string): string[] {
  if (!cell) return [];
  return cell
    .replace(/[０-９（）＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .split(/[;,\n/；，、]+/)
    .map((part) =>
      part
        .replace(/^(tel|phone|mobile|手机|电话)[:：]?\s*/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** A list cell (aliases, interests, domains): `;`, `,`, `|`, new lines, Chinese separators. */
export function splitList(cell: string): string[] {
  if (!cell) return [];
  return cell
    .split(/[;,|\n；，、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const hasCjk = (s: string) => CJK.test(s);

/**
 * A person's name: the full name when given, else family and given names — `王` + `芳` → `王芳`
 * (Chinese: family first, no space), `John` + `Smith` → `John Smith`.
 */
export function personName(full: string, first: string, last: string): string {
  const whole = full.replace(/\s+/g, ' ').trim();
  if (whole) return whole;
  if (hasCjk(first) || hasCjk(last)) return `${last}${first}`.replace(/\s+/g, '');
  return [first, last].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * An address from its parts: `street, city, state zip, country` in English; Chinese addresses
 * go from large to small without separators (`中国上海市浦东新区世纪大道100号`).
 */
export function composeAddress(parts: {
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}): string {
  const { street, city, state, postalCode, country } = parts;
  if (hasCjk(street) || hasCjk(city) || hasCjk(state)) {
    const big = [country, state, city].filter((p, i, all) => p && !all.slice(i + 1).some((q) => q === p));
    const text = [...big, street].join('');
    return postalCode ? `${text} ${postalCode}` : text;
  }
  const region = [state, postalCode].filter(Boolean).join(' ');
  return [street, city, region, country].filter(Boolean).join(', ');
}

/**
 * A CRM's record id as stored in `externalIds`: `hubspot:123`, `salesforce:<18 characters>`
 * (a 15-character id gets its suffix, so both forms meet), `dossier:<id>`. '' when unusable.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function externalId(system: string, raw: string): string {
  const id = raw.trim();
  if (!id || id.length > 90 || /[\s;]/.test(id)) return '';
  if (system === 'salesforce') {
    const id18 = salesforceId18(id);
    return id18 ? `salesforce:${id18}` : '';
  }
  if (system === 'hubspot') return /^\d+$/.test(id) ? `hubspot:${id}` : '';
  // Dossier's own ids are UUIDs (`crypto.randomUUID()`); anything else is no id of ours.
  if (system === 'dossier') return UUID.test(id) ? `dossier:${id.toLowerCase()}` : '';
  return `${system}:${id}`;
}

/** `hubspot:123` / `salesforce:…` / `dossier:…` from our export's "External IDs" cell; others dropped. */
export function parseExternalIds(cell: string): string[] {
  return splitList(cell).flatMap((entry) => {
    const colon = entry.indexOf(':');
    if (colon < 1) return [];
    const id = externalId(entry.slice(0, colon).toLowerCase(), entry.slice(colon + 1));
    return id ? [id] : [];
  });
}

/** Cut for an issue's `value`. */
export const excerpt = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s);
