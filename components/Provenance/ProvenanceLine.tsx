import { textFragmentUrl } from '../../lib/model/provenance';
import type { Provenance } from '../../lib/model/types';
import { formatDateTime, intlLocale, safeHttpUrl } from '../format';
import { useT } from '../i18n';
import styles from './ProvenanceLine.module.css';

/** `acme.com/news/2025` for a link without a title: host and path, no scheme, query or fragment. */
export function linkLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.host}${path}`;
  } catch {
    return url;
  }
}

interface ProvenanceLineProps {
  source: Provenance;
}

/**
 * Where a captured item came from, in one muted line under it: the source link (its title, else
 * host and path) opening in a new tab at the quoted text, the heading it was under, the email it
 * was taken from, when it was captured. Everything is text; a URL that is not http(s) is shown,
 * never linked.
 */
export function ProvenanceLine({ source }: ProvenanceLineProps) {
  const t = useT();
  const safe = safeHttpUrl(source.url);
  const href = safe && (textFragmentUrl(safe, source.selection) ?? safe);
  return (
    <p class={styles.line}>
      <span class={styles.part}>
        {t('capture.provenance.source')}{' '}
        {href ? (
          <a class={styles.link} href={href} target="_blank" rel="noopener noreferrer">
            {source.title || linkLabel(source.url)}
          </a>
        ) : (
          <>
            {source.title && <span class={styles.title}>{source.title}</span>} <span>{source.url}</span>
          </>
        )}
      </span>
      {source.heading && <span class={styles.part}>{t('capture.provenance.under', [source.heading])}</span>}
      {source.email?.from && (
        <span class={styles.part}>{t('capture.provenance.emailFrom', [source.email.from])}</span>
      )}
      {source.email?.subject && (
        <span class={styles.part}>{t('capture.provenance.emailSubject', [source.email.subject])}</span>
      )}
      {source.capturedAt && (
        <span class={styles.part}>
          <time dateTime={source.capturedAt}>
            {t('capture.provenance.capturedAt', [formatDateTime(source.capturedAt, intlLocale(t))])}
          </time>
        </span>
      )}
    </p>
  );
}
