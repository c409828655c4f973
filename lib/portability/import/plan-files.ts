/**
 * Several files as one import: a HubSpot companies export and its contacts export are
 * chosen together and written together. The core plans one file at a time (`runImport`), so each
 * file is planned against the stored rows plus what the files before it put — companies first, so
 * people link to the accounts their file just described — and the rows to write are merged by id
 * (a later file's version of a row includes the earlier one's changes). Pure.
 */

import type { ImportRows } from '../../db/import-write';
import type { ColumnMapping } from './core/mapping';
import { summarizeMapping } from './core/mapping';
import type { ExistingData, ImportPlan, PlanAction, PlanCounts, PlanOptions } from './core/plan';
import type { ImportedAccount, ImportedContact } from './core/types';
import { type PreparedImport, runImport } from './import-file';
import {
  type FileReview,
  type ImportReview,
  type PlannedRow,
  REVIEW_LIST_MAX,
  REVIEW_SAMPLE_MAX,
} from './protocol';

export interface FileToPlan {
  name: string;
  prepared: PreparedImport;
  mapping: ColumnMapping;
}

export interface PlannedFiles {
  /** One plan per file, in the files' order (null: nothing mapped, nothing planned). */
  plans: (ImportPlan | null)[];
  /**
   * Every row to write, each once, accounts and contacts, and which of them their last plan
   * assembled (`ImportPlan.assembled`): `writeImport` takes it as it is.
   */
  put: ImportRows;
  review: Omit<ImportReview, 'writeBytes'>;
}

/** Whether a file's mapping describes people (their company is then only a link). */
export const describesPeople = (mapping: ColumnMapping) => mapping.some((f) => f?.startsWith('contact.'));

/**
 * Plans `files` in turn, yielding the overall progress (per mille) after every slice; returns the
 * combined plan. Files about companies go first.
 */
export function* planFiles(
  files: readonly FileToPlan[],
  existing: ExistingData,
  options: PlanOptions = {},
): Generator<{ done: number; total: number }, PlannedFiles, undefined> {
  const order = planOrder(files);
  const accounts = new Map<string, ImportedAccount>(
    existing.accounts.map((a) => [a.id, a as ImportedAccount]),
  );
  const contacts = new Map<string, ImportedContact>(
    existing.contacts.map((c) => [c.id, c as ImportedContact]),
  );
  const put = { accounts: new Map<string, ImportedAccount>(), contacts: new Map<string, ImportedContact>() };
  // A row one file assembled and the next merged into is no longer assembled: its last plan says.
  const assembled = { accounts: new Set<string>(), contacts: new Set<string>() };
  const plans: (ImportPlan | null)[] = files.map(() => null);
  for (const [step, index] of order.entries()) {
    const file = files[index]!;
    if (!summarizeMapping(file.prepared.headers, file.mapping).usable) continue;
    const steps = runImport(
      file.prepared,
      file.mapping,
      { accounts: [...accounts.values()], contacts: [...contacts.values()] },
      options,
    );
    let next = steps.next();
    while (!next.done) {
      const part = next.value.total ? next.value.done / next.value.total : 1;
      yield { done: Math.round(((step + part) / files.length) * 1000), total: 1000 };
      next = steps.next();
    }
    const plan = next.value;
    plans[index] = plan;
    for (const row of plan.put.accounts) {
      accounts.set(row.id, row);
      put.accounts.set(row.id, row);
    }
    for (const row of plan.put.contacts) {
      contacts.set(row.id, row);
      put.contacts.set(row.id, row);
    }
    for (const kind of ['accounts', 'contacts'] as const) {
      const mine = new Set(plan.assembled[kind]);
      for (const row of plan.put[kind]) {
        if (mine.has(row.id)) assembled[kind].add(row.id);
        else assembled[kind].delete(row.id);
      }
    }
    plan.put = { accounts: [], contacts: [] }; // held once, in `put`
    // A step of its own: the next file's planner indexes every row so far before its first slice.
    yield { done: Math.round(((step + 1) / files.length) * 1000), total: 1000 };
  }
  return {
    plans,
    put: { accounts: [...put.accounts.values()], contacts: [...put.contacts.values()], assembled },
    review: reviewOf(files, plans),
  };
}

const people = (file: FileToPlan) => (describesPeople(file.mapping) ? 1 : 0);

/** The files' indexes in the order they are planned: companies, then people, else as chosen. */
function planOrder(files: readonly FileToPlan[]): number[] {
  return files.map((_, i) => i).sort((a, b) => people(files[a]!) - people(files[b]!) || a - b);
}

/** The counts over all files: a row created by one file and updated by the next is one created. */
export function reviewOf(
  files: readonly FileToPlan[],
  plans: readonly (ImportPlan | null)[],
): Omit<ImportReview, 'writeBytes'> {
  const accounts = new Map<string, PlanAction>();
  const contacts = new Map<string, PlanAction>();
  const strongest = (map: Map<string, PlanAction>, id: string, action: PlanAction) => {
    const was = map.get(id);
    if (was === 'create' || (was === 'update' && action === 'unchanged')) return;
    map.set(id, action);
  };
  const sample: PlannedRow[] = [];
  const fileReviews: FileReview[] = files.map((file, i) => {
    const plan = plans[i];
    if (!plan)
      return {
        name: file.name,
        source: file.prepared.source,
        counts: emptyCounts(),
        skipped: [],
        issues: [],
      };
    for (const a of plan.accounts) strongest(accounts, a.id, a.action);
    for (const c of plan.contacts) strongest(contacts, c.id, c.action);
    const rows: PlannedRow[] = [
      ...plan.accounts.filter((a) => !a.fromContact).map((a) => ({ ...a, kind: 'account' as const })),
      ...plan.contacts.map((c) => ({ ...c, kind: 'contact' as const })),
    ]
      .sort((a, b) => a.row - b.row)
      .slice(0, REVIEW_SAMPLE_MAX)
      .map(({ row, kind, name, action, matchedBy, changes }) => ({
        file: i,
        row,
        kind,
        name,
        action,
        matchedBy,
        changes,
      }));
    sample.push(...rows);
    return {
      name: file.name,
      source: plan.source,
      counts: plan.counts,
      skipped: plan.skipped.slice(0, REVIEW_LIST_MAX),
      issues: plan.issues.slice(0, REVIEW_LIST_MAX),
    };
  });
  const tally = (map: Map<string, PlanAction>) => {
    const out: Record<PlanAction, number> = { create: 0, update: 0, unchanged: 0 };
    for (const action of map.values()) out[action]++;
    return out;
  };
  const a = tally(accounts);
  const c = tally(contacts);
  return {
    files: fileReviews,
    accounts: a,
    contacts: c,
    writes: a.create + a.update + c.create + c.update,
    sample: planOrder(files)
      .flatMap((i) => sample.filter((row) => row.file === i))
      .slice(0, REVIEW_SAMPLE_MAX),
  };
}

function emptyCounts(): PlanCounts {
  return {
    rows: 0,
    accounts: { create: 0, update: 0, unchanged: 0 },
    contacts: { create: 0, update: 0, unchanged: 0 },
    skipped: { noName: 0, invalid: 0, duplicateInFile: 0, noAccount: 0, empty: 0 },
    matchedByName: 0,
    errors: 0,
    warnings: 0,
    footerRows: 0,
  };
}
