import { describe, expect, it } from 'vitest';
import {
  IMPORT_ISSUE_CODES,
  SKIP_REASONS as SHOWN_SKIP_REASONS,
} from '../../components/ImportPanel/ImportReview';
import { encodingKey } from '../../components/ImportPanel/MappingTable';
import { IMPORT_WRITE_ERRORS } from '../../lib/db/import-write';
import { IMPORT_FIELDS } from '../../lib/importers/fields';
import { MATCH_KINDS } from '../../lib/importers/plan-index';
import { IMPORT_ERROR_CODES, IMPORT_SOURCES, SKIP_REASONS, TEXT_ENCODINGS } from '../../lib/importers/types';
import { createTestTranslate } from '../support/i18n';

/** Every code the import hands the UI has words in both languages (the test translate throws on a missing key). */
describe('import labels', () => {
  it.each(['en', 'zh_CN'] as const)(
    '%s: fields, sources, encodings, errors, skips, matches, phases',
    (locale) => {
      const t = createTestTranslate(locale);
      const keys = [
        ...IMPORT_FIELDS.map((f) => `import.field.${f}`),
        ...IMPORT_SOURCES.map((s) => `import.source.${s}`),
        ...TEXT_ENCODINGS.map(encodingKey),
        ...IMPORT_ERROR_CODES.map((c) => `import.error.${c}`),
        ...IMPORT_ISSUE_CODES.map((c) => `import.issue.${c}`),
        ...SKIP_REASONS.map((r) => `import.skip.${r}`),
        ...MATCH_KINDS.map((m) => `import.matched.${m}`),
        ...[...IMPORT_WRITE_ERRORS, 'noPlan'].map((c) => `import.writeError.${c}`),
        ...['read', 'plan', 'check', 'write', 'commit'].map((p) => `import.phase.${p}`),
        ...['account', 'contact'].flatMap((k) =>
          ['create', 'update', 'unchanged'].map((a) => `import.action.${k}.${a}`),
        ),
      ];
      for (const key of keys) expect(t(key, ['1', '2', '3']).trim(), key).not.toBe('');
    },
  );

  it('the review lists every reason the core skips a row for', () => {
    expect([...SHOWN_SKIP_REASONS].sort()).toEqual([...SKIP_REASONS].sort());
  });
});
