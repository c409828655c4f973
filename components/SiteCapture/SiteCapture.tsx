import { useId, useState } from 'preact/hooks';
import type {
  AccountFieldChange,
  CompanyExtract,
  CompanyFieldSource,
  CompanyListField,
  CompanyScalarField,
  CompanyTarget,
  Sourced,
} from '../../lib/model/capture';
import type { SubKey } from '../../lib/model/messages';
import { Badge } from '../Badge/Badge';
import { Button } from '../Button/Button';
import form from '../Form/Form.module.css';
import { useT } from '../i18n';
import styles from './SiteCapture.module.css';

interface CommonProps {
  /** The page the data comes from (its title or host), shown under the heading. */
  pageLabel?: string;
  onCancel(): void;
  /** A save is under way: the buttons wait. */
  busy?: boolean;
  /** Why the last save failed, already in the rep's language. */
  error?: string;
}

/** "Create account from this site": every found value with its source, all ticked. */
export interface SiteCaptureCreateProps extends CommonProps {
  mode: 'create';
  extract: CompanyExtract;
  /** The extract without the values the rep unticked (null fields, shorter lists). */
  onCreate(accepted: CompanyExtract): void;
}

/** "Update <client> from this site": the changes `diffAccount` proposes, each to accept or not. */
export interface SiteCaptureUpdateProps extends CommonProps {
  mode: 'update';
  accountName: string;
  changes: readonly AccountFieldChange[];
  /** The changes the rep ticked, as given. */
  onApply(accepted: AccountFieldChange[]): void;
}

export type SiteCaptureProps = SiteCaptureCreateProps | SiteCaptureUpdateProps;

/** Scalar fields of the extract in the order the preview shows them. */
const SCALARS: readonly CompanyScalarField[] = [
  'name',
  'legalName',
  'description',
  'address',
  'website',
  'domain',
  'logoUrl',
];
const LISTS: readonly CompanyListField[] = ['phones', 'emails', 'socialProfiles'];

/** Account paths → message keys under `capture.site.target`. */
const TARGET_KEYS: Record<CompanyTarget, SubKey<'capture.site.target'>> = {
  name: 'name',
  'basic.legalName': 'legalName',
  'business.description': 'description',
  'basic.logoUrl': 'logoUrl',
  'basic.address': 'address',
  'basic.phone': 'phone',
  'basic.email': 'email',
  'basic.website': 'website',
  'basic.socialProfiles': 'socialProfiles',
  websiteDomains: 'websiteDomains',
  emailDomains: 'emailDomains',
};

/**
 * A company's site, before anything is written: in create mode a preview of what was found
 * (each value with where on the page it was read, ticked by default); in update mode a
 * field-by-field diff with the client's file, ticked only where the file is empty. Every value
 * is shown as text; the logo is its URL, never loaded. Esc cancels.
 */
export function SiteCapture(props: SiteCaptureProps) {
  const t = useT();
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !props.busy) {
      event.preventDefault();
      props.onCancel();
    }
  };
  return (
    <section class={`${form.form} ${styles.panel}`} aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <h2 id={`${id}-title`} class={form.title}>
        {props.mode === 'create'
          ? t('capture.site.createTitle')
          : t('capture.site.updateTitle', [props.accountName])}
      </h2>
      {props.pageLabel && <p class={styles.page}>{t('capture.site.from', [props.pageLabel])}</p>}
      {props.mode === 'create' ? <CreatePreview {...props} /> : <UpdateDiff {...props} />}
    </section>
  );
}

function SourceBadge({ source }: { source: CompanyFieldSource }) {
  const t = useT();
  return <Badge tone="neutral">{t(`capture.site.source.${source}`)}</Badge>;
}

function Actions({
  busy,
  error,
  label,
  disabled,
  onCancel,
}: {
  busy?: boolean;
  error?: string;
  label: string;
  disabled: boolean;
  onCancel(): void;
}) {
  const t = useT();
  return (
    <>
      {error && (
        <p class={form.topErrors} role="alert">
          {error}
        </p>
      )}
      <div class={styles.actions}>
        <Button variant="primary" type="submit" disabled={disabled || busy}>
          {busy ? t('common.saving') : label}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </>
  );
}

/** One ticked-or-not value of the preview. */
interface PreviewRow {
  key: string;
  field: CompanyScalarField | CompanyListField;
  value: Sourced<string>;
}

function previewRows(extract: CompanyExtract): PreviewRow[] {
  const rows: PreviewRow[] = [];
  for (const field of SCALARS) {
    const value = extract[field];
    if (value) rows.push({ key: field, field, value });
  }
  for (const field of LISTS) {
    extract[field].forEach((value, i) => {
      rows.push({ key: `${field}.${i}`, field, value });
    });
  }
  return rows;
}

/** The extract with only the ticked values. */
function keepTicked(extract: CompanyExtract, ticked: ReadonlySet<string>): CompanyExtract {
  const out: CompanyExtract = { ...extract };
  for (const field of SCALARS) if (!ticked.has(field)) out[field] = null;
  for (const field of LISTS) out[field] = extract[field].filter((_, i) => ticked.has(`${field}.${i}`));
  return out;
}

function CreatePreview({ extract, onCreate, onCancel, busy, error }: SiteCaptureCreateProps) {
  const t = useT();
  const id = useId();
  const rows = previewRows(extract);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(rows.map((r) => r.key)));
  const toggle = (key: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const submit = (event: Event) => {
    event.preventDefault();
    if (!busy && ticked.size > 0) onCreate(keepTicked(extract, ticked));
  };
  return (
    <form class={styles.body} onSubmit={submit} noValidate>
      {rows.length === 0 ? (
        <p class={styles.note}>{t('capture.site.nothingFound')}</p>
      ) : (
        <>
          <p class={styles.note}>{t('capture.site.createHint')}</p>
          <ul class={styles.list}>
            {rows.map((row) => {
              const checkId = `${id}-${row.key}`;
              return (
                <li key={row.key} class={styles.row}>
                  <input
                    id={checkId}
                    class={styles.check}
                    type="checkbox"
                    checked={ticked.has(row.key)}
                    disabled={busy}
                    onChange={(e) => toggle(row.key, e.currentTarget.checked)}
                  />
                  <label for={checkId} class={styles.what}>
                    <span class={form.label}>{t(`capture.site.field.${row.field}`)}</span>
                    <span class={styles.value}>{row.value.value}</span>
                  </label>
                  <SourceBadge source={row.value.source} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Actions
        busy={busy}
        error={error}
        label={t('capture.site.create')}
        disabled={ticked.size === 0}
        onCancel={onCancel}
      />
    </form>
  );
}

function ValueCell({ value, current }: { value: string | string[]; current?: string | string[] }) {
  const t = useT();
  if (Array.isArray(value)) {
    // For a list, what the site adds to it: what is there already stays either way.
    const shown = current === undefined ? value : value.filter((v) => !(current as string[]).includes(v));
    if (shown.length === 0) return <span class={styles.empty}>{t('common.none')}</span>;
    return (
      <ul class={styles.values}>
        {shown.map((v) => (
          <li key={v} class={styles.value}>
            {current === undefined ? v : t('capture.site.adds', [v])}
          </li>
        ))}
      </ul>
    );
  }
  return value ? (
    <span class={styles.value}>{value}</span>
  ) : (
    <span class={styles.empty}>{t('common.none')}</span>
  );
}

function UpdateDiff({ changes, onApply, onCancel, busy, error }: SiteCaptureUpdateProps) {
  const t = useT();
  const id = useId();
  const [accepted, setAccepted] = useState(() => changes.map((c) => c.acceptByDefault));
  const count = accepted.filter(Boolean).length;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!busy && count > 0) onApply(changes.filter((_, i) => accepted[i]));
  };
  return (
    <form class={styles.body} onSubmit={submit} noValidate>
      <p class={styles.consent}>{t('capture.site.consent')}</p>
      {changes.length === 0 ? (
        <p class={styles.note}>{t('capture.site.upToDate')}</p>
      ) : (
        <div class={styles.scroll}>
          <table class={styles.table}>
            <caption class={styles.caption}>{t('capture.site.diffCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('capture.site.column.accept')}</th>
                <th scope="col">{t('capture.site.column.field')}</th>
                <th scope="col">{t('capture.site.column.current')}</th>
                <th scope="col">{t('capture.site.column.proposed')}</th>
                <th scope="col">{t('capture.site.column.source')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change, i) => {
                const label = t(`capture.site.target.${TARGET_KEYS[change.path]}`);
                return (
                  <tr key={change.path}>
                    <td>
                      <input
                        id={`${id}-${i}`}
                        class={styles.check}
                        type="checkbox"
                        checked={accepted[i]}
                        disabled={busy}
                        aria-label={t('capture.site.accept', [label])}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setAccepted((all) => all.map((v, j) => (j === i ? on : v)));
                        }}
                      />
                    </td>
                    <th scope="row">
                      <label for={`${id}-${i}`}>{label}</label>
                    </th>
                    <td data-label={t('capture.site.column.current')}>
                      <ValueCell value={change.current} />
                    </td>
                    <td data-label={t('capture.site.column.proposed')}>
                      <ValueCell
                        value={change.proposed}
                        current={Array.isArray(change.proposed) ? change.current : undefined}
                      />
                    </td>
                    <td>
                      <SourceBadge source={change.source} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Actions
        busy={busy}
        error={error}
        label={count === 1 ? t('capture.site.applyOne') : t('capture.site.applyMany', [String(count)])}
        disabled={count === 0}
        onCancel={onCancel}
      />
    </form>
  );
}
