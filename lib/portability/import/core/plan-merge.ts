/**
 * How a file's values go into a stored row (lib/portability/import/core/plan.ts): the first row about an account
 * or contact replaces the fields it gives, a later one only fills what is empty; lists are united,
 * long texts appended, nothing is blanked, and a stored row's own Dossier id is not repeated in
 * its `externalIds`.
 */
import { isFreeMailDomain } from '../../../model/free-mail';
import { type AccountEntry, type ContactEntry, foldName } from './plan-index';
import type { AccountPart, ContactPart, ImportedAccount } from './types';

/** Ids from other systems one row keeps (a CRM or two, a colleague's Dossier). */
export const EXTERNAL_IDS_MAX = 20;

/** The fields an import can change, compared to tell an update from an unchanged row. */
export const ACCOUNT_PATHS = [
  'name',
  'aliases',
  'websiteDomains',
  'emailDomains',
  'industry',
  'tier',
  'portfolioQuadrant',
  'lifecycleStage',
  'nextContactDate',
  'basic.legalName',
  'basic.address',
  'basic.phone',
  'basic.fax',
  'basic.website',
  'basic.email',
  'basic.taxId',
  'business.description',
  'business.size',
  'externalIds',
] as const;
export const CONTACT_PATHS = [
  'name',
  'title',
  'emails',
  'phones',
  'birthday',
  'notes',
  'interests',
  'buyingRole',
  'socialStyle',
  'externalIds',
] as const;

/** Defaults of the choice fields: a later row of the same file may still set them. */
const DEFAULTS: Record<string, unknown> = {
  industry: 'other',
  tier: 'B',
  portfolioQuadrant: 'questionMark',
  lifecycleStage: 'prospect',
};
const LONG_TEXT = new Set(['business.description', 'notes']);
const LIST_MAX = 100;

/**
 * Puts the file's values into a row. `overwrite` (the first row about a stored account) replaces
 * what the file gives — a new name keeps the old one as a short name, long texts are appended
 * rather than replaced, lists are united; otherwise (a later row about the same account) only
 * empty fields are filled and lists united.
 */
export function mergeAccount(entry: AccountEntry, part: AccountPart, overwrite: boolean) {
  entry.assembled = false; // two good rows can merge into a bad one (a list over its limit)
  const row = entry.row as unknown as Record<string, unknown>;
  for (const path of part.filled) {
    const value = read(part.draft, path);
    if (path === 'name') {
      const old = entry.row.name;
      if (!overwrite || foldName(old) === foldName(String(value))) continue;
      entry.row.name = String(value);
      if (!entry.row.aliases.some((a) => foldName(a) === foldName(old))) entry.row.aliases.unshift(old);
      continue;
    }
    mergeValue(row, path, value, overwrite);
  }
  entry.row.externalIds = mergeIds(entry.row, part.externalIds);
  entry.row.aliases = entry.row.aliases
    .filter((a) => foldName(a) !== foldName(entry.row.name))
    .slice(0, LIST_MAX);
}

/** A person's values from the file into their stored row; their account stays theirs. */
export function mergeContact(entry: ContactEntry, part: ContactPart) {
  entry.assembled = false;
  const row = entry.row as unknown as Record<string, unknown>;
  for (const path of part.filled) mergeValue(row, path, read(part.draft, path), true);
  entry.row.externalIds = mergeIds(entry.row, part.externalIds);
}

function mergeValue(row: Record<string, unknown>, path: string, value: unknown, overwrite: boolean) {
  const current = read(row, path);
  if (Array.isArray(current)) {
    write(row, path, union(current as string[], value as string[]).slice(0, LIST_MAX));
  } else if (LONG_TEXT.has(path) && typeof current === 'string' && current) {
    const text = String(value);
    if (!current.includes(text)) write(row, path, `${current}\n${text}`);
  } else if (overwrite || current === '' || current === null || current === DEFAULTS[path]) {
    // An unrecognised industry does not replace a known one.
    if (path === 'industry' && value === 'other') return;
    write(row, path, value);
  }
}

/** The row's ids and the file's, less the row's own Dossier id (it is the row's key already). */
function mergeIds(row: { id: string; externalIds: string[] }, ids: readonly string[]): string[] {
  const own = `dossier:${row.id}`;
  return union(
    row.externalIds,
    ids.filter((id) => id !== own),
  ).slice(0, EXTERNAL_IDS_MAX);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  const out = [...a];
  for (const x of b) {
    if (seen.has(x.toLowerCase())) continue;
    seen.add(x.toLowerCase());
    out.push(x);
  }
  return out;
}

/** Whether a person's company brings an id or domain the account lacks. */
export function hasNewKeys(account: ImportedAccount, part: AccountPart): boolean {
  const ids = account.externalIds ?? [];
  return (
    part.externalIds.some((id) => !ids.includes(id) && !id.startsWith('dossier:')) ||
    part.draft.websiteDomains.some((d) => !account.websiteDomains.includes(d))
  );
}

/** The company domains of a person's addresses (free-mail providers are nobody's company). */
export function companyDomains(emails: readonly string[]): string[] {
  const out: string[] = [];
  for (const email of emails) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (domain && !isFreeMailDomain(domain) && !out.includes(domain)) out.push(domain);
  }
  return out;
}

/** Dotted paths split once: a 50,000-row plan reads the same twenty paths a million times. */
const KEYS = new Map<string, string[]>();
const keysOf = (path: string) => {
  let keys = KEYS.get(path);
  if (!keys) {
    keys = path.split('.');
    KEYS.set(path, keys);
  }
  return keys;
};

/** The value at a dotted path (`basic.phone`). */
export function read(object: unknown, path: string): unknown {
  let value = object;
  for (const key of keysOf(path)) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function write(object: Record<string, unknown>, path: string, value: unknown) {
  const keys = keysOf(path);
  let parent = object;
  for (let i = 0; i < keys.length - 1; i++) parent = parent[keys[i]!] as Record<string, unknown>;
  parent[keys[keys.length - 1]!] = value;
}

/** Equal values, lists item by item; a missing list equals an empty one. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (
    (a === undefined && Array.isArray(b) && b.length === 0) ||
    (b === undefined && Array.isArray(a) && a.length === 0)
  );
}
