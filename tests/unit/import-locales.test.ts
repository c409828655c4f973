import { describe, expect, it } from 'vitest';
import {
  IMPORT_ISSUE_CODES,
  SKIP_REASONS as SHOWN_SKIP_REASONS,
  writeErrorText,
} from '../../components/ImportPanel/ImportReview';
import { encodingKey } from '../../components/ImportPanel/MappingTable';
import type { ImportErrorView } from '../../components/ImportPanel/types';
import { IMPORT_WRITE_ERRORS } from '../../lib/db/import-write';
import { IMPORT_FIELDS } from '../../lib/portability/import/core/fields';
import { MATCH_KINDS } from '../../lib/portability/import/core/plan-index';
import {
  IMPORT_ERROR_CODES,
  IMPORT_SOURCES,
  SKIP_REASONS,
  TEXT_ENCODINGS,
} from '../../lib/portability/import/core/types';
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
        ...['read', 'plan', 'copy', 'check', 'write', 'commit'].map((p) => `import.phase.${p}`),
        ...['account', 'contact'].flatMap((k) =>
          ['create', 'update', 'unchanged'].map((a) => `import.action.${k}.${a}`),
        ),
      ];
      for (const key of keys) expect(t(key, ['1', '2', '3']).trim(), key).not.toBe('');
      // Every way a write can fail, as the panel words it (with and without a recovery copy).
      for (const code of [...IMPORT_WRITE_ERRORS, 'noPlan']) {
        for (const after of [undefined, 'unchanged', 'lost', 'changed', 'unreadable'] as const) {
          for (const copyTakenAt of [undefined, '2026-12-04T08:00:00.000Z']) {
            const detail = { after, copyTakenAt, message: 'm', reason: 'r', needed: 2e8, available: 1e7 };
            expect(
              writeErrorText(t, { code: code as ImportErrorView['code'], detail }).trim(),
              `${code} ${after}`,
            ).not.toBe('');
          }
        }
      }
    },
  );

  it('the review lists every reason the core skips a row for', () => {
    expect([...SHOWN_SKIP_REASONS].sort()).toEqual([...SKIP_REASONS].sort());
  });
});
