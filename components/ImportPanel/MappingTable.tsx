import { Component } from 'preact';
import { useId } from 'preact/hooks';
import type { MessageKey } from '../../lib/model/messages';
import { useT } from '../i18n';
import styles from './ImportPanel.module.css';
import type { FieldChoices, ImportFileView } from './types';

type ReadFile = Extract<ImportFileView, { ok: true }>;

interface MappingTableProps {
  file: ReadFile;
  mapping: (string | null)[];
  fields: FieldChoices;
  encodings: readonly string[];
  disabled: boolean;
  onSetField(column: number, field: string | null): void;
  onSetEncoding(encoding: string): void;
}

/** Encodings are keyed without dashes in the locales (`utf-8` → `import.encoding.utf_8`). */
/** An encoding's label; tests/unit/import-locales.test.ts checks every encoding the import offers has one. */
export const encodingKey = (encoding: string) =>
  `import.encoding.${encoding.replaceAll('-', '_')}` as MessageKey;

const SAMPLE_ROWS = 3;

/**
 * One file: its detected source and encoding (the rep may pick another), then where each column
 * goes (a select per column, suggested from the headers) beside what the first rows hold in it.
 * A vCard's properties are read one way: its first cards are shown instead.
 */
export function MappingTable({
  file,
  mapping,
  fields,
  encodings,
  disabled,
  onSetField,
  onSetEncoding,
}: MappingTableProps) {
  const t = useT();
  const id = useId();
  return (
    <section class={styles.file} aria-labelledby={`${id}-name`}>
      <div class={styles.fileHead}>
        <h3 id={`${id}-name`} class={styles.fileName}>
          {file.name}
        </h3>
        <span class={styles.badge}>{t(`import.source.${file.source}`)}</span>
      </div>
      <div class={styles.encoding}>
        <label for={`${id}-encoding`}>{t('import.file.encoding')}</label>
        <select
          id={`${id}-encoding`}
          value={file.encoding}
          disabled={disabled}
          onChange={(event) => onSetEncoding(event.currentTarget.value)}
        >
          {encodings.map((encoding) => (
            <option key={encoding} value={encoding}>
              {t(encodingKey(encoding))}
            </option>
          ))}
        </select>
      </div>
      {file.replacedBytes > 0 && (
        <p class={styles.warning}>{t('import.file.replaced', [String(file.replacedBytes)])}</p>
      )}
      {file.kind === 'vcard' ? (
        <VcardPreview file={file} />
      ) : (
        <ColumnTable
          file={file}
          mapping={mapping}
          fields={fields}
          disabled={disabled}
          onSetField={onSetField}
        />
      )}
    </section>
  );
}

function ColumnTable({
  file,
  mapping,
  fields,
  disabled,
  onSetField,
}: Pick<MappingTableProps, 'file' | 'mapping' | 'fields' | 'disabled' | 'onSetField'>) {
  const t = useT();
  const id = useId();
  return (
    <div class={styles.scroll}>
      <table class={styles.table}>
        <caption class={styles.caption}>{t('import.mapping.caption', [file.name])}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.column')}</th>
            <th scope="col">{t('import.mapping.field')}</th>
            <th scope="col">{t('import.mapping.sample')}</th>
          </tr>
        </thead>
        <tbody>
          {file.headers.map((header, column) => {
            const field = mapping[column] ?? null;
            const samples = file.preview
              .slice(0, SAMPLE_ROWS)
              .map((row) => row[column] ?? '')
              .filter(Boolean);
            return (
              <tr key={`${column}-${header}`} class={field ? undefined : styles.unmapped}>
                <th scope="row" id={`${id}-col-${column}`} class={styles.columnName}>
                  {header}
                </th>
                <td>
                  <select
                    aria-labelledby={`${id}-col-${column}`}
                    value={field ?? ''}
                    disabled={disabled}
                    onChange={(event) => onSetField(column, event.currentTarget.value || null)}
                  >
                    <option value="">{t('import.mapping.skip')}</option>
                    <optgroup label={t('import.mapping.groupAccount')}>
                      {fields.account.map((f) => (
                        <option key={f} value={f}>
                          {t(`import.field.${f}`)}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label={t('import.mapping.groupContact')}>
                      {fields.contact.map((f) => (
                        <option key={f} value={f}>
                          {t(`import.field.${f}`)}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </td>
                <td class={styles.samples}>
                  {samples.map((sample, i) => (
                    <span key={i} class={styles.sample}>
                      {sample}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A vCard's first cards as the import reads them. */
function VcardPreview({ file }: { file: ReadFile }) {
  const t = useT();
  return (
    <div class={styles.scroll}>
      <p class={styles.muted}>{t('import.mapping.vcard')}</p>
      <table class={styles.table}>
        <caption class={styles.caption}>{t('import.mapping.vcardCaption', [file.name])}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.vcardName')}</th>
            <th scope="col">{t('import.mapping.vcardCompany')}</th>
            <th scope="col">{t('import.mapping.vcardEmail')}</th>
          </tr>
        </thead>
        <tbody>
          {file.preview.map(([name, company, ...emails], i) => (
            <tr key={i}>
              <td>{name}</td>
              <td>{company}</td>
              <td>{emails.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The mapping table, re-rendered only when its file, mapping or state changes: the panel above
 * re-renders with every progress message (20 a second), and a file's selects hold hundreds of
 * options. Its callbacks may be an earlier render's: they act on the import's current state.
 */
export class StableMappingTable extends Component<MappingTableProps> {
  shouldComponentUpdate(next: MappingTableProps) {
    const was = this.props;
    return (
      was.file !== next.file ||
      was.mapping !== next.mapping ||
      was.disabled !== next.disabled ||
      was.fields !== next.fields ||
      was.encodings !== next.encodings
    );
  }

  render() {
    return <MappingTable {...this.props} />;
  }
}
