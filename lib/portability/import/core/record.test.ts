import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAccountDraft, emptyContactDraft } from '../../../model/defaults';
import { validateAccount, validateContact } from '../../../model/validate';
import { prepareImport } from '../import-file';
import { readCsvChunks } from './csv';
import { sanitizeMapping } from './mapping';
import { createRecordReader } from './record';
import { fieldsToCheck } from './row-context';
import type { ImportRecord } from './types';
import { readVcards } from './vcard';

const DIR = resolve(import.meta.dirname, '../../../../tests/fixtures/imports');

/** Every record of every fixture file, read with its suggested mapping. */
function fixtureRecords(): [string, ImportRecord][] {
  const out: [string, ImportRecord][] = [];
  for (const name of readdirSync(DIR).filter((n) => /\.(csv|vcf)$/.test(n))) {
    const prepared = prepareImport(readFileSync(resolve(DIR, name)), { fileName: name });
    if (!prepared.ok) continue;
    const file = prepared.value;
    if (file.kind === 'vcard') {
      for (const record of readVcards(file.text).records) out.push([name, record]);
      continue;
    }
    const layout = file.layout!;
    const reader = createRecordReader(
      layout.headers,
      sanitizeMapping(file.mapping, layout.headers.length),
      file.source,
    );
    for (const chunk of readCsvChunks(file.text, layout)) {
      for (const row of chunk.rows) out.push([name, reader.read(row.row, row.cells)]);
    }
  }
  return out;
}

/** The draft's top-level fields that differ from the empty draft's. */
function changed(draft: object, empty: object): string[] {
  return Object.keys(empty).filter(
    (key) =>
      JSON.stringify((draft as Record<string, unknown>)[key]) !==
      JSON.stringify((empty as Record<string, unknown>)[key]),
  );
}

describe('the parts a record reader makes', () => {
  const records = fixtureRecords();

  it('differ from the empty draft only in the fields their check covered, and pass the whole schema', () => {
    let parts = 0;
    for (const [file, { row, account, contact }] of records) {
      const where = `${file} row ${row}`;
      if (account && !account.reference) {
        parts++;
        const checked = fieldsToCheck(new Set(account.filled), account.draft.name, false);
        expect(
          changed(account.draft, emptyAccountDraft()).filter((k) => !checked.has(k)),
          where,
        ).toEqual([]);
        expect(validateAccount(account.draft), where).toEqual({});
      }
      if (contact) {
        parts++;
        const checked = fieldsToCheck(new Set(contact.filled), contact.draft.name, true);
        expect(
          changed(contact.draft, emptyContactDraft('')).filter((k) => !checked.has(k) && k !== 'accountId'),
          where,
        ).toEqual([]);
        expect(validateContact({ ...contact.draft, accountId: 'linked' }), where).toEqual({});
      }
    }
    expect(parts).toBeGreaterThan(40);
  });
});
