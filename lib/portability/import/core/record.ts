/**
 * One row of cells + the mapping → what it says about an account and a contact, validated with
 * the model's schemas (lib/model/validate.ts) before anything is planned. A value the schema
 * refuses (a malformed email, a phone with letters, a website that is no URL) is left out with a
 * warning naming its row and column; a part that is still invalid — no name, a name too long — is
 * dropped with an error.
 */
import { emptyContactDraft } from '../../../model/defaults';
import { visibleName, withoutControls } from '../../../model/invisible';
import { nameFromAddress } from '../../../model/people';
import { hasErrors, validateContactFields } from '../../../model/validate';
import { toBirthday } from './dates';
import { ACCOUNT_FIELDS, type ImportField } from './fields';
import type { ColumnMapping } from './mapping';
import { readAccount } from './read-account';
import {
  type Cell,
  choice,
  collectIds,
  dateTime,
  dropInvalid,
  fieldsToCheck,
  RowContext,
  splitLines,
} from './row-context';
import { externalIdSystem } from './sources';
import type { ContactPart, ImportRecord, ImportSource } from './types';
import { personName, splitEmails, splitList, splitPhones } from './values';
import { parseChoice } from './vocab';

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
          // Direction controls and zero-width spaces never come in (lib/model/invisible.ts).
          const value = withoutControls(cells[column] ?? '');
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
  draft.name = visibleName(
    personName(value('contact.name'), value('contact.firstName'), value('contact.lastName')),
  );
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
  // The account is linked by the plan (and checked then): `accountId` is not among the fields.
  const errors = validateContactFields(draft, fieldsToCheck(filled, draft.name, true));
  if (!dropInvalid(ctx, draft, errors, 'contact', filled)) return null;
  return { draft, externalIds, createdAt, filled: [...filled], checked: !hasErrors(errors) };
}
