/**
 * The look-ups an import plan matches against: the accounts and contacts already stored, and those
 * the same file creates as it goes (so a contact finds the company three rows above it).
 */
import { isFreeMailDomain } from '../../../model/free-mail';
import type { ExistingAccount, ExistingContact, ImportedAccount, ImportedContact } from './types';

/** How a row found the account or contact it updates, strongest first. */
export const MATCH_KINDS = ['dossierId', 'externalId', 'domain', 'email', 'name'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface Entry<Row> {
  /** The row as it will be written (the stored row itself until something changes it). */
  row: Row;
  /** The stored row; null when the file creates it. */
  before: Row | null;
  /** The first row of the file that touched it; 0 while untouched. */
  firstRow: number;
  /** The row that described it (a company row, a person row), for duplicates; 0 if none. */
  describedBy: number;
  matchedBy: MatchKind | null;
  /** Created because a contact's company matched no account. */
  fromContact: boolean;
  /**
   * Created by this plan from a part whose draft passed the model's schema as it is, and not merged
   * into since: only the fields the plan set itself can be wrong (see `ImportPlan.assembled`).
   */
  assembled: boolean;
}
export type AccountEntry = Entry<ImportedAccount>;
export type ContactEntry = Entry<ImportedContact>;

/** The entry of a stored row, untouched: a change to it is made on a copy (`before` stays). */
function storedEntry<Row>(row: Row): Entry<Row> {
  return {
    row,
    before: row,
    firstRow: 0,
    describedBy: 0,
    matchedBy: null,
    fromContact: false,
    assembled: false,
  };
}

/** Case, width and spaces do not make two names differ; nothing else is forgiven. */
export function foldName(name: string): string {
  // Plain ASCII needs no width folding; skipping NFKC there halves the cost of a 50,000-row plan.
  const text = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKC');
  return text.toLowerCase().replace(/\s+/g, '');
}

const systemOf = (id: string) => id.slice(0, id.indexOf(':'));

/** Whether `ids` name a different record of the same CRM than `other` (hubspot:1 vs hubspot:2). */
export function conflicting(ids: readonly string[], other: readonly string[]): boolean {
  if (ids.length === 0 || other.length === 0) return false;
  for (const id of ids) {
    const system = systemOf(id);
    if (system === 'dossier' || other.includes(id)) continue;
    if (other.some((o) => systemOf(o) === system)) return true;
  }
  return false;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class AccountIndex {
  readonly byId = new Map<string, AccountEntry>();
  private readonly byExternalId = new Map<string, AccountEntry>();
  private readonly byDomain = new Map<string, AccountEntry>();
  private readonly byName = new Map<string, AccountEntry[]>();

  /** Indexes a stored account (as it is: a change to it is made on a copy). */
  addStored(account: ExistingAccount) {
    this.add(storedEntry(account as ImportedAccount));
  }

  /** Indexes an entry (again, after a change: keys are only ever added). */
  add(entry: AccountEntry) {
    const { row } = entry;
    this.byId.set(row.id, entry);
    for (const id of row.externalIds ?? []) if (!this.byExternalId.has(id)) this.byExternalId.set(id, entry);
    for (const d of row.websiteDomains) this.addDomain(d, entry);
    for (const d of row.emailDomains) this.addDomain(d, entry);
    this.addName(row.name, entry);
    for (const alias of row.aliases) this.addName(alias, entry);
  }

  private addDomain(domain: string, entry: AccountEntry) {
    if (!this.byDomain.has(domain) && !isFreeMailDomain(domain)) this.byDomain.set(domain, entry);
  }

  private addName(name: string, entry: AccountEntry) {
    const key = foldName(name);
    const list = this.byName.get(key);
    if (!list) this.byName.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }

  /**
   * The account a company in the file is: by Dossier id or CRM id, then by a website or email
   * domain, then — last resort, and the plan says so — by its exact name or short name. A domain
   * or name match is refused when the account carries another id of the same CRM.
   */
  find(
    externalIds: readonly string[],
    domains: readonly string[],
    name: string,
  ): { entry: AccountEntry; by: MatchKind } | null {
    const byId = findById(externalIds, this.byId, this.byExternalId);
    if (byId) return byId;
    for (const domain of domains) {
      const entry = this.byDomain.get(domain);
      if (entry && !conflicting(externalIds, entry.row.externalIds ?? [])) return { entry, by: 'domain' };
    }
    if (name) {
      for (const entry of this.byName.get(foldName(name)) ?? []) {
        if (!conflicting(externalIds, entry.row.externalIds ?? [])) return { entry, by: 'name' };
      }
    }
    return null;
  }
}

export class ContactIndex {
  readonly byId = new Map<string, ContactEntry>();
  private readonly byExternalId = new Map<string, ContactEntry>();
  private readonly byEmail = new Map<string, ContactEntry>();
  /** Account id → folded name → contacts. */
  private readonly byName = new Map<string, Map<string, ContactEntry[]>>();

  /** Indexes a stored contact (as it is: a change to it is made on a copy). */
  addStored(contact: ExistingContact) {
    this.add(storedEntry(contact as ImportedContact));
  }

  add(entry: ContactEntry) {
    const { row } = entry;
    this.byId.set(row.id, entry);
    for (const id of row.externalIds ?? []) if (!this.byExternalId.has(id)) this.byExternalId.set(id, entry);
    for (const email of row.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, entry);
    let names = this.byName.get(row.accountId);
    if (!names) {
      names = new Map();
      this.byName.set(row.accountId, names);
    }
    const key = foldName(row.name);
    if (!names.get(key)?.includes(entry)) push(names, key, entry);
  }

  /**
   * The contact a person in the file is: by id, then by any of their emails, then — last resort —
   * by exact name within the same account, unless both have emails and share none (two people
   * of one name) or they carry different ids of one CRM.
   */
  find(
    externalIds: readonly string[],
    emails: readonly string[],
    accountId: string,
    name: string,
  ): { entry: ContactEntry; by: MatchKind } | null {
    const byId = findById(externalIds, this.byId, this.byExternalId);
    if (byId) return byId;
    for (const email of emails) {
      const entry = this.byEmail.get(email);
      if (entry && !conflicting(externalIds, entry.row.externalIds ?? [])) return { entry, by: 'email' };
    }
    for (const entry of this.byName.get(accountId)?.get(foldName(name)) ?? []) {
      const theirs = entry.row.emails;
      const disjoint = emails.length > 0 && theirs.length > 0 && !emails.some((e) => theirs.includes(e));
      if (!disjoint && !conflicting(externalIds, entry.row.externalIds ?? [])) return { entry, by: 'name' };
    }
    return null;
  }
}

/** A row by the ids the file gives: a Dossier id (from our own export) first, then a CRM's id. */
function findById<E>(
  externalIds: readonly string[],
  byId: ReadonlyMap<string, E>,
  byExternalId: ReadonlyMap<string, E>,
): { entry: E; by: MatchKind } | null {
  for (const id of externalIds) {
    if (id.startsWith('dossier:')) {
      const entry = byId.get(id.slice(8)) ?? byExternalId.get(id);
      if (entry) return { entry, by: 'dossierId' };
      continue;
    }
    const entry = byExternalId.get(id);
    if (entry) return { entry, by: 'externalId' };
  }
  return null;
}
