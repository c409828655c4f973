/**
 * A row being read into a record (lib/portability/import/core/record.ts): its filled cells per field, the column
 * each value came from, its issues — and the checks every part goes through: the model's schemas,
 * with a refused value left out (a warning naming its column) or the part refused (an error).
 */
import { emptyAccountDraft, emptyContactDraft } from '../../../model/defaults';
import type { AccountDraft, ContactDraft, FieldErrors } from '../../../model/types';
import { validateAccount, validateContact } from '../../../model/validate';
import { toTimestamp } from './dates';
import type { ImportField } from './fields';
import type { ImportRecord, RowIssue } from './types';
import { excerpt, externalId, parseExternalIds } from './values';

/** The schemas' longest list (aliases, emails, phones…). */
export const LIST_MAX = 100;

/** A filled cell and the column it is in. */
export type Cell = { value: string; column: number };
export const NO_CELLS: Cell[] = [];
/** Our own export separates list items by new lines only (a short name may hold a comma). */
export const splitLines = (cell: string) =>
  cell
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** A row being read: its cells per field, which column each value came from, its issues. */
export class RowContext {
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

/** A closed-vocabulary or date field: its parsed value, or a warning naming the cell. */
export function choice<T>(
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

/** A CRM's creation time as ISO (null, with a warning, when the cell is no date). */
export function dateTime(ctx: RowContext, field: ImportField): string | null {
  const cell = ctx.first(field);
  if (!cell) return null;
  const at = toTimestamp(cell.value);
  if (!at) ctx.issue(cell.column, 'createdAt', 'invalidDate', 'warning', cell.value);
  return at;
}

/** The external ids of the account, the contact, or a person's company, from their id columns. */
export function collectIds(ctx: RowContext, ids: string[], of: 'account' | 'contact' | 'company') {
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

/**
 * The draft's top-level fields a reader set (`basic` for `basic.phone`), and `name`: what
 * `validateAccountFields`/`validateContactFields` check of a part (the rest is the empty draft's).
 * `name` is left out when blank and `withBlankName` is false (a company known only by its domain).
 */
export function fieldsToCheck(
  filled: ReadonlySet<string>,
  name: string,
  withBlankName: boolean,
): Set<string> {
  const keys = new Set<string>();
  for (const path of filled) keys.add(path.split('.', 1)[0]!);
  if (name.trim() || withBlankName) keys.add('name');
  else keys.delete('name');
  return keys;
}

/** Validates an account whose name may be missing (a company known only by its domain or id). */
export function validateWithoutName(
  draft: AccountDraft,
  validate: (d: AccountDraft) => FieldErrors,
): FieldErrors {
  if (draft.name.trim()) return validate(draft);
  return validate({ ...draft, name: 'placeholder' });
}

/**
 * Leaves out each value the schema refused (warning), or gives up on the part when its name is
 * refused (error). Returns false when the part is dropped.
 */
export function dropInvalid(
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
