/**
 * One row of cells + the mapping → what it says about an account and a contact, validated with
 * the model's schemas (lib/model/validate.ts) before anything is planned. A value the schema
 * refuses (a malformed email, a phone with letters, a website that is no URL) is left out with a
 * warning naming its row and column; a part that is still invalid — no name, a name too long — is
 * dropped with an error.
 */
import { isFreeMailDomain } from '../match/free-mail';
import { emptyAccountDraft, emptyContactDraft } from '../model/defaults';
import { NAME_MAX } from '../model/limits';
import { normalizeDomain, normalizeWebsite } from '../model/normalize';
import { nameFromAddress } from '../model/people';
import type { AccountDraft, ContactDraft, FieldErrors } from '../model/types';
import { validateAccount, validateContact } from '../model/validate';
import { toBirthday, toCalendarDate, toTimestamp } from './dates';
import { ACCOUNT_FIELDS, type ImportField } from './fields';
import type { ColumnMapping } from './mapping';
import { externalIdSystem } from './sources';
import type { AccountPart, ContactPart, ImportRecord, ImportSource, RowIssue } from './types';
import {
  composeAddress,
  excerpt,
  externalId,
  parseExternalIds,
  personName,
  splitEmails,
  splitList,
  splitPhones,
} from './values';
import { parseChoice, parseIndustry, parseLifecycleStage, parseTier } from './vocab';

const LIST_MAX = 100;
const COMPANY_REFERENCE: ImportField[] = [
  'contact.companyName',
  'contact.companyDomain',
  'contact.companyExternalId',
  'contact.companyDossierId',
];
/** Fields that say there is a person in the row (a note or a title alone does not). */
const PERSON_FIELDS: ImportField[] = [
  'contact.name',
  'contact.firstName',
  'contact.lastName',
  'contact.emails',
  'contact.phones',
  'contact.externalId',
  'contact.externalIds',
  'contact.dossierId',
];

/** Turns rows of one file into records; built once per file and mapping. */
export interface RecordReader {
  read(row: number, cells: readonly string[]): ImportRecord;
}

export function createRecordReader(
  headers: readonly string[],
  mapping: ColumnMapping,
  source: ImportSource,
): RecordReader {
  const columns = new Map<ImportField, number[]>();
  mapping.forEach((field, column) => {
    if (field && column < headers.length) columns.set(field, [...(columns.get(field) ?? []), column]);
  });
  const system = externalIdSystem(source);
  const accountFields = ACCOUNT_FIELDS.filter((f) => columns.has(f));
  const referenceFields = COMPANY_REFERENCE.filter((f) => columns.has(f));
  const personFields = PERSON_FIELDS.filter((f) => columns.has(f));
  const mapped = [...columns];
  const list = source === 'dossier' ? splitLines : splitList;
  return {
    read(row, cells) {
      // The row's filled cells per field, gathered once: every read below looks here.
      const filled = new Map<ImportField, Cell[]>();
      for (const [field, indices] of mapped) {
        for (const column of indices) {
          const value = cells[column];
          if (!value) continue;
          const found = filled.get(field);
          if (found) found.push({ value, column });
          else filled.set(field, [{ value, column }]);
        }
      }
      const any = (fields: ImportField[]) => fields.some((f) => filled.has(f));
      const ctx = new RowContext(row, headers, filled, system, columns, list);
      const hasAccount = any(accountFields);
      const hasReference = any(referenceFields);
      const account = hasAccount || hasReference ? readAccount(ctx, !hasAccount) : null;
      const contact = any(personFields) ? readContact(ctx) : null;
      return { row, account, contact, issues: ctx.issues, refused: ctx.refused };
    },
  };
}

type Cell = { value: string; column: number };
const NO_CELLS: Cell[] = [];
const splitLines = (cell: string) =>
  cell
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** A row being read: its cells per field, which column each value came from, its issues. */
class RowContext {
  readonly issues: RowIssue[] = [];
  readonly refused: ImportRecord['refused'] = [];
  /** Which part is being read: issues' fields and the origins below are that part's. */
  part: 'account' | 'contact' = 'account';
  /** `account.basic.phone`, `contact.emails` → the column of the value, or of each list item. */
  private readonly origin = new Map<string, number | number[]>();
  constructor(
    readonly row: number,
    readonly headers: readonly string[],
    private readonly filled: ReadonlyMap<ImportField, Cell[]>,
    readonly system: string,
    private readonly columns: ReadonlyMap<ImportField, number[]>,
    /** Our own export separates list items by new lines only: a short name may hold a comma. */
    readonly list: (cell: string) => string[],
  ) {}

  cells(field: ImportField): Cell[] {
    return this.filled.get(field) ?? NO_CELLS;
  }

  /** The first column mapped to one of `fields`, filled or not (to name a missing value's column). */
  mappedColumn(...fields: ImportField[]): number | null {
    for (const field of fields) {
      const column = this.columns.get(field)?.[0];
      if (column !== undefined) return column;
    }
    return null;
  }

  first(field: ImportField): Cell | null {
    return this.filled.get(field)?.[0] ?? null;
  }

  issue(column: number | null, field: string, code: string, severity: RowIssue['severity'], value = '') {
    const name = column === null ? '' : (this.headers[column] ?? '');
    const where = `${this.part}.${field}`;
    if (this.issues.some((i) => i.column === name && i.code === code && i.field === where)) return;
    this.issues.push({ row: this.row, column: name, field: where, code, severity, value: excerpt(value) });
  }

  /** Adds to a list field, skipping case-insensitive repeats, and remembers the column. */
  add(list: string[], path: string, value: string, column: number) {
    if (!value || list.some((v) => v.toLowerCase() === value.toLowerCase())) return;
    list.push(value);
    const key = `${this.part}.${path}`;
    const origins = (this.origin.get(key) as number[] | undefined) ?? [];
    origins.push(column);
    this.origin.set(key, origins);
  }

  set(path: string, column: number) {
    this.origin.set(`${this.part}.${path}`, column);
  }

  columnOf(path: string): number | null {
    const [head, index] = splitPath(path);
    const origin = this.origin.get(`${this.part}.${head}`);
    if (Array.isArray(origin)) return origin[index ?? 0] ?? origin[0] ?? null;
    return origin ?? null;
  }
}

function splitPath(path: string): [string, number | null] {
  const m = /^(.*)\.(\d+)$/.exec(path);
  return m ? [m[1]!, Number(m[2])] : [path, null];
}

function readAccount(ctx: RowContext, reference: boolean): AccountPart | null {
  ctx.part = 'account';
  const draft = emptyAccountDraft();
  const filled = new Set<string>();
  const externalIds: string[] = [];
  const text = (field: ImportField, path: string, assign: (v: string) => void) => {
    const cell = ctx.first(field);
    if (!cell) return;
    assign(cell.value);
    ctx.set(path, cell.column);
    filled.add(path);
  };
  text('account.name', 'name', (v) => {
    draft.name = oneLine(v);
  });
  if (!draft.name) text('contact.companyName', 'name', (v) => (draft.name = oneLine(v)));
  for (const cell of ctx.cells('account.aliases')) {
    for (const alias of ctx.list(cell.value)) ctx.add(draft.aliases, 'aliases', alias, cell.column);
  }
  if (draft.aliases.length) filled.add('aliases');
  text('account.legalName', 'basic.legalName', (v) => (draft.basic.legalName = v));
  const website = ctx.first('account.website');
  if (website) {
    const [first, ...more] = splitList(website.value);
    draft.basic.website = normalizeWebsite(first ?? '');
    ctx.set('basic.website', website.column);
    filled.add('basic.website');
    for (const url of [first ?? '', ...more]) {
      ctx.add(draft.websiteDomains, 'websiteDomains', domainOf(url), website.column);
    }
  }
  for (const cell of [...ctx.cells('account.domain'), ...ctx.cells('contact.companyDomain')]) {
    for (const d of splitList(cell.value))
      ctx.add(draft.websiteDomains, 'websiteDomains', domainOf(d), cell.column);
  }
  if (draft.websiteDomains.length) filled.add('websiteDomains');
  for (const cell of ctx.cells('account.emailDomain')) {
    for (const d of splitList(cell.value))
      ctx.add(draft.emailDomains, 'emailDomains', domainOf(d), cell.column);
  }
  const email = ctx.first('account.email');
  if (email) {
    const address = splitEmails(email.value)[0] ?? '';
    draft.basic.email = address;
    ctx.set('basic.email', email.column);
    filled.add('basic.email');
    const domain = address.split('@')[1] ?? '';
    if (domain && !isFreeMailDomain(domain))
      ctx.add(draft.emailDomains, 'emailDomains', domain, email.column);
  }
  if (draft.emailDomains.length) filled.add('emailDomains');
  const phone = ctx.first('account.phone');
  if (phone) {
    draft.basic.phone = splitPhones(phone.value)[0] ?? '';
    ctx.set('basic.phone', phone.column);
    filled.add('basic.phone');
  }
  const fax = ctx.first('account.fax');
  if (fax) {
    draft.basic.fax = splitPhones(fax.value)[0] ?? '';
    ctx.set('basic.fax', fax.column);
    filled.add('basic.fax');
  }
  readAddress(ctx, draft, filled);
  let industryText = '';
  const industry = ctx.first('account.industry');
  if (industry) {
    const found = parseIndustry(industry.value);
    draft.industry = found.industry;
    filled.add('industry');
    if (!found.matched) industryText = industry.value;
  }
  choice(ctx, 'account.tier', 'tier', parseTier, (v) => (draft.tier = v), filled);
  choice(
    ctx,
    'account.portfolioQuadrant',
    'portfolioQuadrant',
    (v) => parseChoice('portfolioQuadrant', v),
    (v) => (draft.portfolioQuadrant = v),
    filled,
  );
  choice(
    ctx,
    'account.lifecycleStage',
    'lifecycleStage',
    parseLifecycleStage,
    (v) => (draft.lifecycleStage = v),
    filled,
  );
  text('account.description', 'business.description', (v) => (draft.business.description = v));
  text('account.size', 'business.size', (v) => (draft.business.size = v));
  text('account.taxId', 'basic.taxId', (v) => (draft.basic.taxId = v));
  choice(
    ctx,
    'account.nextContactDate',
    'nextContactDate',
    toCalendarDate,
    (v) => (draft.nextContactDate = v),
    filled,
    'invalidDate',
  );
  const createdAt = dateTime(ctx, 'account.createdAt');
  collectIds(ctx, externalIds, 'account');
  if (reference) collectIds(ctx, externalIds, 'company');
  if (industryText && !draft.business.description.includes(industryText)) {
    draft.business.description = [draft.business.description, industryText].filter(Boolean).join('\n');
    filled.add('business.description');
  }
  // A person's company known by its name alone (a contacts export) has nothing else to check.
  const nameOnly = reference && draft.websiteDomains.length === 0 && draft.emailDomains.length === 0;
  const errors: FieldErrors = nameOnly
    ? draft.name.length > NAME_MAX
      ? { name: 'tooLong' }
      : {}
    : validateWithoutName(draft, (d) => validateAccount(d));
  const clean = dropInvalid(ctx, draft, errors, 'account', filled);
  if (!clean) return null;
  if (!reference && !draft.name.trim()) {
    ctx.issue(ctx.mappedColumn('account.name', 'contact.companyName'), 'name', 'required', 'error');
    ctx.refused.push({ part: 'account', reason: 'noName' });
    return null;
  }
  return { draft, externalIds, reference, createdAt, filled: [...filled], industryText };
}

/**
 * `normalizeDomain` without its URL parse for the common case — a plain ASCII host, perhaps with
 * a scheme, `www.` or a path (the parse costs more than the rest of a row).
 */
function domainOf(input: string): string {
  const m = /^\s*(?:https?:\/\/)?(?:www\.)?([a-zA-Z0-9.-]+)(?:[:/?#]|\s*$)/i.exec(input);
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : normalizeDomain(input);
}

/** A name typed over two lines of a cell is one name. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function readAddress(ctx: RowContext, draft: AccountDraft, filled: Set<string>) {
  const whole = ctx.first('account.address');
  const part = (field: ImportField) =>
    ctx
      .cells(field)
      .map((c) => c.value)
      .join(', ');
  const parts = {
    street: part('account.street'),
    city: part('account.city'),
    state: part('account.state'),
    postalCode: part('account.postalCode'),
    country: part('account.country'),
  };
  const composed = composeAddress(parts);
  const address = whole
    ? composed && !whole.value.includes(composed)
      ? `${whole.value}, ${composed}`
      : whole.value
    : composed;
  if (!address) return;
  // Lines of a street (Salesforce's Billing Street) read as one line; a whole address keeps its own.
  draft.basic.address = whole && !composed ? whole.value : address.replace(/\n+/g, ', ');
  const column =
    whole?.column ?? ctx.cells('account.street')[0]?.column ?? ctx.cells('account.city')[0]?.column;
  if (column !== undefined) ctx.set('basic.address', column);
  filled.add('basic.address');
}

function choice<T>(
  ctx: RowContext,
  field: ImportField,
  path: string,
  parse: (v: string) => T | null,
  assign: (v: T) => void,
  filled: Set<string>,
  code = 'invalidChoice',
) {
  const cell = ctx.first(field);
  if (!cell) return;
  const value = parse(cell.value);
  if (value === null) {
    ctx.issue(cell.column, path, code, 'warning', cell.value);
    return;
  }
  assign(value);
  ctx.set(path, cell.column);
  filled.add(path);
}

function dateTime(ctx: RowContext, field: ImportField): string | null {
  const cell = ctx.first(field);
  if (!cell) return null;
  const at = toTimestamp(cell.value);
  if (!at) ctx.issue(cell.column, 'createdAt', 'invalidDate', 'warning', cell.value);
  return at;
}

function collectIds(ctx: RowContext, ids: string[], of: 'account' | 'contact' | 'company') {
  const id = (field: ImportField, system: string) => {
    for (const cell of ctx.cells(field)) {
      const value = externalId(system, cell.value);
      if (value) ctx.add(ids, 'externalIds', value, cell.column);
      else ctx.issue(cell.column, 'externalIds', 'invalidId', 'warning', cell.value);
    }
  };
  if (of === 'company') {
    id('contact.companyExternalId', ctx.system);
    id('contact.companyDossierId', 'dossier');
    return;
  }
  id(`${of}.externalId`, ctx.system);
  id(`${of}.dossierId`, 'dossier');
  for (const cell of ctx.cells(`${of}.externalIds`)) {
    for (const value of parseExternalIds(cell.value)) ctx.add(ids, 'externalIds', value, cell.column);
  }
}

function readContact(ctx: RowContext): ContactPart | null {
  ctx.part = 'contact';
  const draft = emptyContactDraft('');
  const filled = new Set<string>();
  const externalIds: string[] = [];
  const value = (field: ImportField) => ctx.first(field)?.value ?? '';
  for (const cell of ctx.cells('contact.emails')) {
    for (const email of splitEmails(cell.value)) ctx.add(draft.emails, 'emails', email, cell.column);
  }
  if (draft.emails.length) filled.add('emails');
  for (const cell of ctx.cells('contact.phones')) {
    for (const phone of splitPhones(cell.value)) ctx.add(draft.phones, 'phones', phone, cell.column);
  }
  if (draft.phones.length) filled.add('phones');
  for (const cell of ctx.cells('contact.interests')) {
    for (const interest of ctx.list(cell.value)) ctx.add(draft.interests, 'interests', interest, cell.column);
  }
  if (draft.interests.length) filled.add('interests');
  draft.name = personName(value('contact.name'), value('contact.firstName'), value('contact.lastName'));
  const nameColumn = ['contact.name', 'contact.lastName', 'contact.firstName']
    .map((f) => ctx.first(f as ImportField)?.column)
    .find((c) => c !== undefined);
  if (nameColumn !== undefined) ctx.set('name', nameColumn);
  if (!draft.name && draft.emails[0]) {
    draft.name = nameFromAddress(draft.emails[0]);
    ctx.issue(ctx.columnOf('emails'), 'name', 'nameFromEmail', 'warning', draft.emails[0]);
  }
  if (draft.name) filled.add('name');
  const text = (field: ImportField, path: 'title' | 'notes') => {
    const cell = ctx.first(field);
    if (!cell) return;
    draft[path] = cell.value;
    ctx.set(path, cell.column);
    filled.add(path);
  };
  text('contact.title', 'title');
  text('contact.notes', 'notes');
  choice(ctx, 'contact.birthday', 'birthday', toBirthday, (v) => (draft.birthday = v), filled, 'invalidDate');
  choice(
    ctx,
    'contact.buyingRole',
    'buyingRole',
    (v) => parseChoice('buyingRole', v),
    (v) => (draft.buyingRole = v),
    filled,
  );
  choice(
    ctx,
    'contact.socialStyle',
    'socialStyle',
    (v) => parseChoice('socialStyle', v),
    (v) => (draft.socialStyle = v),
    filled,
  );
  const createdAt = dateTime(ctx, 'contact.createdAt');
  collectIds(ctx, externalIds, 'contact');
  // The account is linked by the plan; a placeholder satisfies the schema meanwhile.
  const errors = validateContact({ ...draft, accountId: 'pending' });
  if (!dropInvalid(ctx, draft, errors, 'contact', filled)) return null;
  return { draft, externalIds, createdAt, filled: [...filled] };
}

/** Validates an account whose name may be missing (a company known only by its domain or id). */
function validateWithoutName(draft: AccountDraft, validate: (d: AccountDraft) => FieldErrors): FieldErrors {
  if (draft.name.trim()) return validate(draft);
  return validate({ ...draft, name: 'placeholder' });
}

/**
 * Leaves out each value the schema refused (warning), or gives up on the part when its name is
 * refused (error). Returns false when the part is dropped.
 */
function dropInvalid(
  ctx: RowContext,
  draft: AccountDraft | ContactDraft,
  errors: FieldErrors,
  part: 'account' | 'contact',
  filled: Set<string>,
): boolean {
  const paths = Object.keys(errors);
  if (paths.length === 0) return true;
  const fatal = paths.filter((p) => p === 'name');
  const nameColumn =
    ctx.columnOf('name') ??
    (part === 'account'
      ? ctx.mappedColumn('account.name', 'contact.companyName')
      : ctx.mappedColumn('contact.name', 'contact.firstName', 'contact.lastName'));
  for (const path of fatal) ctx.issue(nameColumn, path, errors[path]!, 'error', draft.name);
  if (fatal.length) {
    ctx.refused.push({ part, reason: errors.name === 'required' ? 'noName' : 'invalid' });
    return false;
  }
  const empty: Record<string, unknown> = part === 'account' ? emptyAccountDraft() : emptyContactDraft('');
  const removals = new Map<string, Set<number>>();
  for (const path of paths) {
    const [head, index] = splitPath(path);
    const target = read(draft, head);
    ctx.issue(
      ctx.columnOf(path),
      head,
      errors[path]!,
      'warning',
      String(index === null ? target : (target as unknown[])[index]),
    );
    if (Array.isArray(target)) {
      if (index === null) target.length = Math.min(target.length, LIST_MAX);
      else removals.set(head, (removals.get(head) ?? new Set()).add(index));
    } else {
      write(draft, path, read(empty, path));
      filled.delete(path);
    }
  }
  for (const [head, indices] of removals) {
    const list = (read(draft, head) as unknown[]).filter((_, i) => !indices.has(i));
    write(draft, head, list);
    if (list.length === 0) filled.delete(head);
  }
  const again =
    part === 'account'
      ? validateWithoutName(draft as AccountDraft, validateAccount)
      : validateContact({ ...(draft as ContactDraft), accountId: 'pending' });
  for (const path of Object.keys(again)) ctx.issue(ctx.columnOf(path), path, again[path]!, 'error');
  if (Object.keys(again).length === 0) return true;
  ctx.refused.push({ part, reason: 'invalid' });
  return false;
}

function read(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], object);
}

function write(object: unknown, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], object) as Record<
    string,
    unknown
  >;
  parent[last] = value;
}
