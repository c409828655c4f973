import { Component } from 'preact';
import { isErrorCode } from '../../lib/model/error-codes';
import type { MessageKey, Translate } from '../../lib/model/messages';
import { useT } from '../i18n';
import { writeFailureText } from '../Recovery/failure-text';
import styles from './ImportPanel.module.css';
import type {
  FileReviewView,
  ImportErrorView,
  ImportReviewView,
  PlannedRowView,
  ProgressView,
} from './types';

/** Problems the import itself names (`import.issue.*`); the rest are the forms' `error.*` codes. */
export const IMPORT_ISSUE_CODES = [
  'nameFromEmail',
  'invalidId',
  'unterminatedQuote',
  'missingEnd',
  'missingBegin',
  'unknownDossierId',
] as const;
const ISSUES = new Set<string>(IMPORT_ISSUE_CODES);
const isIssueCode = (code: string): code is (typeof IMPORT_ISSUE_CODES)[number] => ISSUES.has(code);

/** The message key of a row issue's code. */
export const issueKey = (code: string): MessageKey =>
  isIssueCode(code) ? `import.issue.${code}` : isErrorCode(code) ? `error.${code}` : 'error.unknown';

export const SKIP_REASONS = ['noName', 'invalid', 'duplicateInFile', 'noAccount', 'empty'] as const;

interface ImportReviewProps {
  review: ImportReviewView | null;
  planning: ProgressView | null;
  planError: ImportErrorView | null;
}

/**
 * What the import will do before anything is written: accounts and contacts created, updated and
 * unchanged over all files, then per file the rows skipped and every problem by row and column,
 * and the first rows' fate.
 */
export function ImportReview({ review, planning, planError }: ImportReviewProps) {
  const t = useT();
  if (planning) {
    return (
      <div class={styles.review}>
        <p role="status" class={styles.muted}>
          {t(planning.phase === 'read' ? 'import.review.reading' : 'import.review.counting')}
        </p>
        <progress
          class={styles.bar}
          aria-label={t('import.review.counting')}
          value={planning.phase === 'read' ? undefined : planning.done}
          max={planning.total}
        />
      </div>
    );
  }
  if (planError) {
    return (
      <p role="alert" class={styles.error}>
        {planError.code === 'invalid'
          ? writeErrorText(t, planError)
          : t('import.review.failed', [planError.detail.message ?? planError.code])}
      </p>
    );
  }
  if (!review) return null;
  return (
    <div class={styles.review}>
      <h3 class={styles.subtitle}>{t('import.review.title')}</h3>
      {/* A live region around the list, not on it: a list keeps its role (and its items theirs). */}
      <div role="status">
        <ul class={styles.counts}>
          <li>
            {t('import.review.accounts', [
              String(review.accounts.create),
              String(review.accounts.update),
              String(review.accounts.unchanged),
            ])}
          </li>
          <li>
            {t('import.review.contacts', [
              String(review.contacts.create),
              String(review.contacts.update),
              String(review.contacts.unchanged),
            ])}
          </li>
        </ul>
      </div>
      {review.writes === 0 && <p class={styles.muted}>{t('import.review.nothing')}</p>}
      {review.sample.length > 0 && <Sample rows={review.sample} files={review.files} />}
      {review.files.map((file) => (
        <FileProblems key={file.name} file={file} />
      ))}
    </div>
  );
}

function Sample({ rows, files }: { rows: PlannedRowView[]; files: FileReviewView[] }) {
  const t = useT();
  return (
    <div class={styles.scroll}>
      <table class={styles.table}>
        <caption class={styles.caption}>{t('import.review.sample')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.review.row')}</th>
            <th scope="col">{t('import.review.name')}</th>
            <th scope="col">{t('import.review.what')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.file}-${row.kind}-${row.row}`}>
              <td>{files.length > 1 ? `${files[row.file]?.name ?? ''} ${row.row}` : row.row}</td>
              <td>{row.name}</td>
              <td>
                {t(`import.action.${row.kind}.${row.action}`)}
                {row.matchedBy && ` ${t('import.review.matchedBy', [t(`import.matched.${row.matchedBy}`)])}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One file's rows read, skipped (per reason) and its problems by row and column. */
function FileProblems({ file }: { file: FileReviewView }) {
  const t = useT();
  const { counts } = file;
  const skippedTotal = SKIP_REASONS.reduce((n, reason) => n + (counts.skipped[reason] ?? 0), 0);
  const problems = counts.errors + counts.warnings;
  return (
    <details class={styles.problems} open={problems > 0 && problems <= 20}>
      <summary>
        {t('import.review.fileSummary', [
          file.name,
          String(counts.rows),
          String(skippedTotal),
          String(counts.errors),
          String(counts.warnings),
        ])}
      </summary>
      {skippedTotal > 0 && (
        <ul class={styles.reasons}>
          {SKIP_REASONS.filter((r) => (counts.skipped[r] ?? 0) > 0).map((reason) => (
            <li key={reason}>{t(`import.skip.${reason}`, [String(counts.skipped[reason])])}</li>
          ))}
        </ul>
      )}
      {counts.footerRows > 0 && (
        <p class={styles.muted}>{t('import.review.footer', [String(counts.footerRows)])}</p>
      )}
      {counts.matchedByName > 0 && (
        <p class={styles.muted}>{t('import.review.byName', [String(counts.matchedByName)])}</p>
      )}
      {file.skipped.some((s) => s.duplicateOf !== null) && (
        <ul class={styles.reasons}>
          {file.skipped
            .filter((s) => s.duplicateOf !== null)
            .slice(0, 20)
            .map((s) => (
              <li key={`${s.row}-${s.part}`}>
                {t('import.review.duplicate', [String(s.row), String(s.duplicateOf)])}
              </li>
            ))}
        </ul>
      )}
      {file.issues.length > 0 && (
        <div class={styles.scroll}>
          <table class={styles.table}>
            <caption class={styles.caption}>{t('import.review.issues', [file.name])}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.review.row')}</th>
                <th scope="col">{t('import.mapping.column')}</th>
                <th scope="col">{t('import.review.problem')}</th>
                <th scope="col">{t('import.review.value')}</th>
              </tr>
            </thead>
            <tbody>
              {file.issues.map((issue, i) => (
                <tr key={i} class={issue.severity === 'error' ? styles.issueError : undefined}>
                  <td>{issue.row}</td>
                  <td>{issue.column}</td>
                  <td>
                    {t(
                      issue.severity === 'error' ? 'import.review.skippedBecause' : 'import.review.leftOut',
                      [t(issueKey(issue.code))],
                    )}
                  </td>
                  <td class={styles.value}>{issue.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problems > file.issues.length && (
        <p class={styles.muted}>{t('import.review.more', [String(problems - file.issues.length)])}</p>
      )}
    </details>
  );
}

/** The review, re-rendered only when it changes (not with every progress message of the write). */
export class StableImportReview extends Component<ImportReviewProps> {
  shouldComponentUpdate(next: ImportReviewProps) {
    const was = this.props;
    return was.review !== next.review || was.planning !== next.planning || was.planError !== next.planError;
  }

  render() {
    return <ImportReview {...this.props} />;
  }
}

/**
 * The message for a write that did not happen — "nothing was changed" only where that was checked
 * after the failure — or, when the browser lost or locked the database, what the rep can do.
 */
export function writeErrorText(t: Translate, error: ImportErrorView): string {
  const failure = writeFailureText(t, error);
  if (failure) return failure;
  const { code, detail } = error;
  if (code === 'invalid') {
    return t('import.writeError.invalid', [
      t(detail.table === 'contacts' ? 'import.mapping.groupContact' : 'import.mapping.groupAccount'),
      detail.field ?? '',
      t(issueKey(detail.problem ?? '')),
    ]);
  }
  // The refusals before a write are worded by writeFailureText above; never a bare code.
  if (code === 'failed' || code === 'space' || code === 'copyFailed')
    return t('import.writeError.failed', [detail.message ?? '']);
  return t(`import.writeError.${code}`);
}
