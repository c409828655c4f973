import { useId } from 'preact/hooks';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './ImportPanel.module.css';
import { ImportProgress } from './ImportProgress';
import { StableImportReview, writeErrorText } from './ImportReview';
import { StableMappingTable } from './MappingTable';
import type { FieldChoices, ImportPanelState } from './types';

interface ImportPanelProps {
  state: ImportPanelState;
  /** Whether every readable file's mapping can make accounts or contacts. */
  usable: boolean;
  fields: FieldChoices;
  encodings: readonly string[];
  onChoose(files: File[]): void;
  onSetField(file: number, column: number, field: string | null): void;
  onSetEncoding(file: number, encoding: string): void;
  onStart(): void;
  onCancel(): void;
  onReset(): void;
}

/**
 * Options section "Import": choose CSV or vCard files → each file's detected source, encoding and
 * column mapping with its first rows → what the import will do and why → Import, with progress
 * and Cancel → what was written. All of it or nothing is written.
 */
export function ImportPanel({
  state,
  usable,
  fields,
  encodings,
  onChoose,
  onSetField,
  onSetEncoding,
  onStart,
  onCancel,
  onReset,
}: ImportPanelProps) {
  const t = useT();
  const titleId = useId();
  const inputId = useId();
  const { step, review, planning } = state;
  const writing = step === 'writing';
  const canStart = step === 'review' && usable && !planning && review !== null && review.writes > 0;
  return (
    <section class={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} class={styles.title}>
        {t('import.title')}
      </h2>
      <p class={styles.muted}>{t('import.description')}</p>

      {(step === 'choose' || step === 'reading') && (
        <div class={styles.choose}>
          <label for={inputId} class={styles.label}>
            {t('import.choose')}
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard,text/tab-separated-values"
            aria-describedby={`${inputId}-hint`}
            disabled={step === 'reading'}
            onChange={(event) => {
              const input = event.currentTarget;
              const files = [...(input.files ?? [])];
              input.value = ''; // the same files again must fire change again
              onChoose(files);
            }}
          />
          <p id={`${inputId}-hint`} class={styles.note}>
            {t('import.chooseHint')}
          </p>
          {step === 'reading' && (
            <>
              <progress
                class={styles.bar}
                aria-label={t('import.reading')}
                value={planning?.done ?? 0}
                max={planning?.total ?? 1}
              />
              <p role="status" class={styles.muted}>
                {t('import.reading')}
              </p>
            </>
          )}
        </div>
      )}

      {(step === 'review' || writing) &&
        state.files.map((file, i) =>
          file.ok ? (
            <StableMappingTable
              key={`${i}-${file.name}`}
              file={file}
              mapping={state.mappings[i] ?? []}
              fields={fields}
              encodings={encodings}
              disabled={writing}
              onSetField={(column, field) => onSetField(i, column, field)}
              onSetEncoding={(encoding) => onSetEncoding(i, encoding)}
            />
          ) : (
            <p key={`${i}-${file.name}`} role="alert" class={styles.error}>
              {t('import.fileError', [
                file.name,
                t(`import.error.${file.error.code}`, paramsOf(file.error.params)),
              ])}
            </p>
          ),
        )}

      {step === 'review' && !usable && state.files.some((f) => f.ok) && (
        <p class={styles.warning}>{t('import.mapping.notUsable')}</p>
      )}
      {(step === 'review' || writing) && (
        <StableImportReview review={review} planning={planning} planError={state.planError} />
      )}

      {state.error && step !== 'done' && (
        <p role="alert" class={state.error.code === 'cancelled' ? styles.warning : styles.error}>
          {writeErrorText(t, state.error)}
        </p>
      )}

      {writing && (
        <ImportProgress progress={state.progress} cancelling={state.cancelling} onCancel={onCancel} />
      )}

      {step === 'review' && (
        <div class={styles.actions}>
          <Button variant="primary" disabled={!canStart} onClick={onStart}>
            {t('import.start', [String(review?.writes ?? 0)])}
          </Button>
          <Button onClick={onReset}>{t('import.chooseOther')}</Button>
        </div>
      )}

      {step === 'done' && state.result && (
        <div class={styles.done}>
          <p role="status" class={styles.ok}>
            {t('import.done', [String(state.result.accounts), String(state.result.contacts)])}
          </p>
          <div>
            <Button onClick={onReset}>{t('import.another')}</Button>
          </div>
        </div>
      )}
    </section>
  );
}

const paramsOf = (params: Record<string, string | number>) => Object.values(params).map(String);
