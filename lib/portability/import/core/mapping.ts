/**
 * Columns → Dossier fields. A mapping is plain data — one field or
 * `null` per column, in the file's column order — that `suggestMapping` proposes from the headers
 * and the rep then edits.
 */
import {
  ACCOUNT_HEADERS,
  COMPANY_DOMAIN_HEADERS,
  COMPANY_HEADERS,
  COMPANY_ID_HEADERS,
  CONTACT_HEADERS,
  headerKey,
  IMPORT_FIELDS,
  type ImportField,
  LIST_FIELDS,
  SHARED_HEADERS,
} from './fields';
import { isPeopleSource } from './sources';
import type { ImportSource } from './types';

/** `mapping[i]` is where column `i` goes; `null` leaves it out. */
export type ColumnMapping = (ImportField | null)[];

const index = <F extends string>(table: [F, string[]][]) => {
  const map = new Map<string, F>();
  for (const [field, names] of table) for (const name of names) map.set(headerKey(name), field);
  return map;
};
const ACCOUNT_KEYS = index(ACCOUNT_HEADERS);
const CONTACT_KEYS = index(CONTACT_HEADERS);
const SHARED_KEYS = new Map(
  SHARED_HEADERS.flatMap(([account, contact, names]) =>
    names.map((n) => [headerKey(n), { account, contact }]),
  ),
);
const keySet = (names: string[]) => new Set(names.map(headerKey));
const COMPANY_KEYS = keySet(COMPANY_HEADERS);
const COMPANY_ID_KEYS = keySet(COMPANY_ID_HEADERS);
const COMPANY_DOMAIN_KEYS = keySet(COMPANY_DOMAIN_HEADERS);
/** Columns that only a file of people has. */
const PERSON_KEYS = keySet([
  'First Name',
  'Last Name',
  'Full name',
  'Contact name',
  'Contact',
  '联系人',
  '姓名',
]);
const NAME_KEYS = keySet(['Name']);

/**
 * The mapping the headers suggest. A file is about people when its source says so or it has a
 * person's name column (First/Last Name, 联系人, 姓名; or "Name" beside a company column): then
 * phone, email and notes columns are the person's and company columns name the person's company;
 * otherwise they are the company's. Each single-value field is given to its first column only.
 */
export function suggestMapping(headers: readonly string[], source: ImportSource): ColumnMapping {
  const keys = headers.map(headerKey);
  const hasCompany = keys.some((k) => COMPANY_KEYS.has(k));
  const people =
    isPeopleSource(source) ||
    keys.some((k) => PERSON_KEYS.has(k)) ||
    (hasCompany && keys.some((k) => NAME_KEYS.has(k)));
  // A CRM's export of people describes their company elsewhere (its companies export): only the
  // company's name, domain and id are taken from it, to link each person.
  const crmPeople = source === 'hubspotContacts' || source === 'salesforceContacts';
  const taken = new Set<ImportField>();
  return keys.map((key) => {
    const found = fieldFor(key, people);
    const field = crmPeople && found?.startsWith('account.') ? null : found;
    if (!field || (taken.has(field) && !LIST_FIELDS.has(field))) return null;
    taken.add(field);
    return field;
  });
}

function fieldFor(key: string, people: boolean): ImportField | null {
  if (!key) return null;
  if (people) {
    if (COMPANY_KEYS.has(key)) return 'contact.companyName';
    if (COMPANY_ID_KEYS.has(key)) return 'contact.companyExternalId';
    if (COMPANY_DOMAIN_KEYS.has(key)) return 'contact.companyDomain';
    if (NAME_KEYS.has(key)) return 'contact.name';
  } else {
    if (COMPANY_ID_KEYS.has(key)) return 'account.externalId';
    if (COMPANY_KEYS.has(key) || NAME_KEYS.has(key)) return 'account.name';
  }
  const contact = CONTACT_KEYS.get(key);
  const account = ACCOUNT_KEYS.get(key);
  const shared = SHARED_KEYS.get(key);
  if (shared) return (people && shared.contact) || shared.account;
  if (people) return contact ?? account ?? null;
  // A company file's "Mobile" or "Title" is still a person's; leave it for the rep to decide.
  return account ?? null;
}

export interface MappingSummary {
  /** Columns that go somewhere, with their field. */
  mapped: { column: string; field: ImportField }[];
  /** Columns left out. */
  unmapped: string[];
  /** Single-value fields more than one column was mapped to (the first non-empty value wins). */
  repeated: ImportField[];
  /** Whether rows can make accounts or contacts at all: a name (or, for people, an email). */
  usable: boolean;
}

/** What a mapping does, for the mapping screen. */
export function summarizeMapping(headers: readonly string[], mapping: ColumnMapping): MappingSummary {
  const mapped: MappingSummary['mapped'] = [];
  const unmapped: string[] = [];
  const counts = new Map<ImportField, number>();
  headers.forEach((column, i) => {
    const field = mapping[i] ?? null;
    if (!field) {
      unmapped.push(column);
      return;
    }
    mapped.push({ column, field });
    counts.set(field, (counts.get(field) ?? 0) + 1);
  });
  const repeated = [...counts].filter(([f, n]) => n > 1 && !LIST_FIELDS.has(f)).map(([f]) => f);
  const fields = new Set(counts.keys());
  const usable = [
    'account.name',
    'contact.name',
    'contact.firstName',
    'contact.lastName',
    'contact.emails',
    'contact.companyName',
  ].some((f) => fields.has(f as ImportField));
  return { mapped, unmapped, repeated, usable };
}

/** A mapping from an untrusted place (a message, saved settings): unknown fields become `null`. */
export function sanitizeMapping(value: unknown, columns: number): ColumnMapping {
  const known = new Set<string>(IMPORT_FIELDS);
  const list = Array.isArray(value) ? value : [];
  return Array.from({ length: columns }, (_, i) =>
    typeof list[i] === 'string' && known.has(list[i]) ? (list[i] as ImportField) : null,
  );
}
