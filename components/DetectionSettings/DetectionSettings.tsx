import { useId } from 'preact/hooks';
import type { OwnAddresses } from '../../lib/model/storage-items';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import { CorrectionsList, type CorrectionView } from './CorrectionsList';
import styles from './DetectionSettings.module.css';
import { OwnAddressesForm } from './OwnAddressesForm';

/** Host access the rep can grant: the webmail sites, or every site. */
export type DetectionScope = 'webmail' | 'allSites';

interface DetectionSettingsProps {
  /** Whether each scope is granted now; null while the browser is asked. */
  access: Record<DetectionScope, boolean> | null;
  /** Must ask the browser synchronously: the permission prompt needs the click's user gesture. */
  onGrant(scope: DetectionScope): void;
  onRevoke(scope: DetectionScope): void;
  /** The scope whose last request the rep or the browser declined, to say so. */
  declined: DetectionScope | null;
  addresses: OwnAddresses | null;
  onSaveAddresses(value: OwnAddresses): Promise<void>;
  /** The rep's corrections (null while they load), each removable. */
  corrections?: CorrectionView[] | null;
  onRemoveCorrection?(id: string): void;
}

const SCOPES: readonly DetectionScope[] = ['webmail', 'allSites'];

/**
 * Options section "Page detection": what Dossier reads, the two optional host grants, and the
 * rep's own addresses (never treated as a client).
 */
export function DetectionSettings({
  access,
  onGrant,
  onRevoke,
  declined,
  addresses,
  onSaveAddresses,
  corrections = null,
  onRemoveCorrection = () => {},
}: DetectionSettingsProps) {
  const t = useT();
  const titleId = useId();
  return (
    <section class={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} class={styles.title}>
        {t('detection.title')}
      </h2>
      <p class={styles.muted}>{t('detection.privacy')}</p>
      <ul class={styles.scopes}>
        {SCOPES.map((scope) => (
          <ScopeRow
            key={scope}
            scope={scope}
            granted={access?.[scope] ?? null}
            // Every site includes the webmail sites: webmail cannot be stopped on its own then.
            included={scope === 'webmail' && access?.allSites === true}
            declined={declined === scope}
            onGrant={() => onGrant(scope)}
            onRevoke={() => onRevoke(scope)}
          />
        ))}
      </ul>
      <p class={styles.note}>{t('detection.withoutAccess')}</p>
      <OwnAddressesForm value={addresses} onSave={onSaveAddresses} />
      <CorrectionsList corrections={corrections} onRemove={onRemoveCorrection} />
    </section>
  );
}

interface ScopeRowProps {
  scope: DetectionScope;
  granted: boolean | null;
  included: boolean;
  declined: boolean;
  onGrant(): void;
  onRevoke(): void;
}

function ScopeRow({ scope, granted, included, declined, onGrant, onRevoke }: ScopeRowProps) {
  const t = useT();
  const id = useId();
  return (
    <li class={styles.scope}>
      <div class={styles.scopeHead}>
        <span id={`${id}-title`} class={styles.scopeTitle}>
          {t(`detection.${scope}Title`)}
        </span>
        <span id={`${id}-state`} class={granted ? styles.on : styles.off}>
          {granted ? t('detection.statusOn') : t('detection.statusOff')}
        </span>
      </div>
      <p class={styles.hint}>
        {t(
          included
            ? 'detection.webmailIncluded'
            : granted
              ? `detection.${scope}On`
              : `detection.${scope}Hint`,
        )}
      </p>
      {!included && (
        <div class={styles.actions}>
          {granted ? (
            <Button onClick={onRevoke} aria-describedby={`${id}-title`}>
              {t(`detection.${scope}Revoke`)}
            </Button>
          ) : (
            <Button
              variant="primary"
              disabled={granted === null}
              onClick={onGrant}
              aria-describedby={`${id}-title ${id}-state`}
            >
              {t(`detection.${scope}Grant`)}
            </Button>
          )}
          {declined && !granted && (
            <p role="status" class={styles.hint}>
              {t('detection.declined')}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
