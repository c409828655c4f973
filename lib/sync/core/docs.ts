/**
 * A shared row as the team server keeps it, and the check of every document the server sends
 * before anything is written: the envelope's fields and nothing else, the row against the same
 * schema a backup or an import row passes, and ids that agree. The server is untrusted input.
 *
 *   { _id: 'contact:<id>', _rev, type: 'contact', accountId, editedBy, edits, row: {…} }
 *
 * An account also names its `owner` (the login of the rep who owns it). `row` is the row without
 * what lib/db derives (readings, the birthday key). scripts/team-server/validate-doc-update.mjs
 * enforces the envelope on the server too.
 */
import * as v from 'valibot';
import {
  accountRowSchema,
  contactRowSchema,
  pricingNoteRowSchema,
  talkingPointRowSchema,
  timelineNoteRowSchema,
} from '../../model/schemas';
import { DOC_TYPES, type FieldEdits, parseDocId, type SyncedTable } from '../../model/team-sync';
import type { Account, Contact, PricingNote, TalkingPoint, TimelineNote } from '../../model/types';

export const ROW_SCHEMAS = {
  accounts: accountRowSchema,
  contacts: contactRowSchema,
  talkingPoints: talkingPointRowSchema,
  pricingNotes: pricingNoteRowSchema,
  notes: timelineNoteRowSchema,
} as const satisfies Record<SyncedTable, v.GenericSchema>;

export interface SyncedRows {
  accounts: Account;
  contacts: Contact;
  talkingPoints: TalkingPoint;
  pricingNotes: PricingNote;
  notes: TimelineNote;
}
export type SyncedRow = SyncedRows[SyncedTable];

/** A login as the server names it (CouchDB user names are free text; Dossier's setup allows these). */
const login = v.pipe(v.string(), v.nonEmpty(), v.maxLength(100));
const MAX_EDITS = 500;
const editsSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.maxLength(200)),
    v.strictObject({ at: v.pipe(v.string(), v.isoTimestamp()), by: login }),
  ),
  v.check((edits) => Object.keys(edits).length <= MAX_EDITS, 'too many edits'),
);

/** The envelope: CouchDB's fields, Dossier's, nothing else. */
const envelopeSchema = v.strictObject({
  _id: v.pipe(v.string(), v.maxLength(200)),
  _rev: v.pipe(v.string(), v.maxLength(200)),
  type: v.picklist(Object.values(DOC_TYPES)),
  accountId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
  owner: v.optional(login),
  editedBy: login,
  edits: editsSchema,
  row: v.unknown(),
});

/** A document as sent, for `_bulk_docs`. */
export interface OutgoingDoc {
  _id: string;
  _rev?: string;
  _deleted?: true;
  type?: string;
  accountId?: string;
  owner?: string;
  editedBy?: string;
  edits?: FieldEdits;
  row?: Record<string, unknown>;
}

/** A checked document from the server: a live row, or a deletion. */
export type ServerDoc =
  | {
      deleted: false;
      table: SyncedTable;
      id: string;
      rev: string;
      accountId: string;
      owner: string | null;
      editedBy: string;
      edits: FieldEdits;
      row: SyncedRow;
    }
  | { deleted: true; table: SyncedTable; id: string; rev: string };

export type DocCheck = { ok: true; doc: ServerDoc } | { ok: false; id: string; problem: string };

/** What lib/db derives on every write: never sent, recomputed from what arrives. */
const DERIVED = ['pinyin', 'birthMonthDay'];

/** The row as the server keeps it: without derived fields. */
export function rowForServer(row: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...row };
  for (const key of DERIVED) delete copy[key];
  return copy;
}

/** The document for a row (`rev`: the server's current revision, absent for a row new there). */
export function toDoc(
  table: SyncedTable,
  row: Record<string, unknown>,
  meta: { rev?: string; owner?: string; editedBy: string; edits: FieldEdits },
): OutgoingDoc {
  const id = row.id as string;
  return {
    _id: `${DOC_TYPES[table]}:${id}`,
    ...(meta.rev ? { _rev: meta.rev } : {}),
    type: DOC_TYPES[table],
    accountId: table === 'accounts' ? id : (row.accountId as string),
    ...(table === 'accounts' ? { owner: meta.owner ?? meta.editedBy } : {}),
    editedBy: meta.editedBy,
    edits: meta.edits,
    row: rowForServer(row),
  };
}

/** A deletion of the row the server has at `rev`. */
export const deletionDoc = (docIdValue: string, rev: string): OutgoingDoc => ({
  _id: docIdValue,
  _rev: rev,
  _deleted: true,
});

const problemOf = (issues: readonly v.BaseIssue<unknown>[]) => {
  const issue = issues[0];
  const where = issue ? (v.getDotPath(issue) ?? '') : '';
  return `${where} ${issue?.message ?? ''}`.trim();
};

/**
 * Checks one document from the server (`_changes` with its doc, or a document read by id).
 * A deletion carries only its id and revision.
 */
export function checkServerDoc(raw: unknown): DocCheck {
  const rawId =
    typeof raw === 'object' && raw !== null && typeof (raw as { _id?: unknown })._id === 'string'
      ? ((raw as { _id: string })._id.slice(0, 200) as string)
      : '(no id)';
  const named = parseDocId(rawId);
  if (!named) return { ok: false, id: rawId, problem: 'not a row of a client file' };
  const { table, id } = named;
  const record = raw as Record<string, unknown>;
  if (record._deleted === true) {
    const stub = v.safeParse(
      v.object({ _id: v.string(), _rev: v.pipe(v.string(), v.maxLength(200)), _deleted: v.literal(true) }),
      raw,
    );
    return stub.success
      ? { ok: true, doc: { deleted: true, table, id, rev: stub.output._rev } }
      : { ok: false, id: rawId, problem: problemOf(stub.issues) };
  }
  const envelope = v.safeParse(envelopeSchema, raw);
  if (!envelope.success) return { ok: false, id: rawId, problem: problemOf(envelope.issues) };
  const doc = envelope.output;
  if (doc.type !== DOC_TYPES[table]) return { ok: false, id: rawId, problem: 'type is not the id’s' };
  const row = v.safeParse(ROW_SCHEMAS[table], doc.row, { abortPipeEarly: true });
  if (!row.success) return { ok: false, id: rawId, problem: `row.${problemOf(row.issues)}` };
  const value = row.output as SyncedRow;
  if (value.id !== id) return { ok: false, id: rawId, problem: 'row.id is not the id’s' };
  const accountId = table === 'accounts' ? value.id : (value as { accountId: string }).accountId;
  if (doc.accountId !== accountId) return { ok: false, id: rawId, problem: 'accountId is not the row’s' };
  if ((table === 'accounts') !== (doc.owner !== undefined)) {
    return { ok: false, id: rawId, problem: table === 'accounts' ? 'owner missing' : 'owner on a row' };
  }
  return {
    ok: true,
    doc: {
      deleted: false,
      table,
      id,
      rev: doc._rev,
      accountId,
      owner: doc.owner ?? null,
      editedBy: doc.editedBy,
      edits: doc.edits,
      row: value,
    },
  };
}
