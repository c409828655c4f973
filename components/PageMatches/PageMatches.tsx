import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Translate } from '../../lib/model/messages';
import type { PageMatch, PageReason, ScanOffer, UnknownSender } from '../../lib/model/page-matches';
import { Badge, tierTone } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './PageMatches.module.css';

export type { PageMatch, PageReason, ScanOffer, UnknownSender };

/** What a picker host needs to ask the rep for an account. */
export interface PickRequest {
  label: string;
  excludeId?: string;
  onPick(accountId: string): void;
  onCancel(): void;
}

interface PageMatchesProps {
  /** Most relevant first. */
  matches: PageMatch[];
  unknownSender: UnknownSender | null;
  scan: ScanOffer;
  error?: string | null;
  onOpen(accountId: string): void;
  onNotThis(accountId: string, key: string): void;
  onBelongsTo(key: string, accountId: string): void;
  onCreateAccount(sender: UnknownSender): void;
  onAddContact(sender: UnknownSender, accountId: string): void;
  onScan(): void;
  onOpenSettings(): void;
  /** The correction the rep just made, which Undo takes back. */
  undo?: { name: string; verdict: 'notThis' | 'belongsTo' } | null;
  onUndo?(): void;
  /** Renders the account picker (loaded on demand by the host). */
  renderPicker(request: PickRequest): ComponentChildren;
}

/** One reason in the rep's words: "Sender li.wei@acme.com is a contact", "Domain acme.com mentioned 2×". */
export function reasonText(t: Translate, reason: PageReason): string {
  if (reason.kind === 'contactEmail') {
    const who =
      reason.role === 'from' ? 'Sender' : reason.role === 'to' || reason.role === 'cc' ? 'Recipient' : '';
    return t(`pageMatches.reason.contact${who}`, reason.value);
  }
  return t(`pageMatches.reason.${reason.kind}`, [reason.value, String(reason.count)]);
}

/** Whether `email` is at a domain the match was found by (`wang@sales.acme.com` and acme.com). */
function atDomainOf(email: string, match: PageMatch): boolean {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return match.reasons.some(
    (r) => r.kind === 'emailDomain' && (host === r.value || host.endsWith(`.${r.value}`)),
  );
}

type Picking =
  | { kind: 'belongsTo'; key: string; excludeId: string }
  | { kind: 'contact'; sender: UnknownSender };

/**
 * The clients the active tab is about, above the current screen: the top match with its
 * strongest reason, why (every reason), the other matches one click away, corrections, an
 * unknown sender to file, and a way to scan the page.
 */
export function PageMatches(props: PageMatchesProps) {
  const { matches, unknownSender, scan, error, onOpen, renderPicker, undo } = props;
  const t = useT();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [picking, setPicking] = useState<Picking | null>(null);
  const [top, ...others] = matches;
  if (!top && !unknownSender && scan === 'none' && !error && !undo) return null;
  // A new person writing from a client's email domain is most likely that client's: offered first.
  const colleagueOf = unknownSender ? matches.find((m) => atDomainOf(unknownSender.email, m)) : undefined;

  const corrections = (match: PageMatch) => (
    <div class={styles.actions}>
      <Button small variant="ghost" onClick={() => props.onNotThis(match.accountId, match.correctionKey)}>
        {t('pageMatches.notThis')}
      </Button>
      <Button
        small
        variant="ghost"
        onClick={() =>
          setPicking({ kind: 'belongsTo', key: match.correctionKey, excludeId: match.accountId })
        }
      >
        {t('pageMatches.belongsTo')}
      </Button>
    </div>
  );
  const picker =
    picking &&
    renderPicker(
      picking.kind === 'belongsTo'
        ? {
            label: t('pageMatches.belongsToQuestion', picking.key),
            excludeId: picking.excludeId,
            onPick: (accountId) => {
              setPicking(null);
              props.onBelongsTo(picking.key, accountId);
            },
            onCancel: () => setPicking(null),
          }
        : {
            label: t('pageMatches.addContactQuestion', picking.sender.email),
            onPick: (accountId) => {
              setPicking(null);
              props.onAddContact(picking.sender, accountId);
            },
            onCancel: () => setPicking(null),
          },
    );

  return (
    <section class={styles.bar} aria-label={t('pageMatches.region')}>
      {undo && (
        <p role="status" class={styles.undo}>
          <span>{t(`pageMatches.corrected.${undo.verdict}`, undo.name)}</span>
          <Button small variant="ghost" onClick={props.onUndo}>
            {t('pageMatches.undo')}
          </Button>
        </p>
      )}
      {top && (
        <>
          <div class={styles.top}>
            <h2 class={styles.name}>
              <button type="button" class={styles.link} onClick={() => onOpen(top.accountId)}>
                {top.name}
              </button>
            </h2>
            <Badge tone={tierTone(top.tier)} title={t(`portfolioQuadrant.${top.portfolioQuadrant}`)}>
              {top.tier}
            </Badge>
            {top.reasons[0] && <span class={styles.reason}>{reasonText(t, top.reasons[0])}</span>}
          </div>
          <div class={styles.actions}>
            <Button
              small
              variant="ghost"
              aria-expanded={expanded}
              aria-controls={`${id}-why`}
              onClick={() => setExpanded(!expanded)}
            >
              {t('pageMatches.why')}
              <span class={styles.chevron} aria-hidden="true" />
            </Button>
            {corrections(top)}
          </div>
          {expanded && (
            <div id={`${id}-why`} class={styles.why}>
              {matches.map((match, i) => (
                <section key={match.accountId} aria-labelledby={`${id}-m${i}`}>
                  <h3 id={`${id}-m${i}`} class={styles.whyName}>
                    {match.name}
                  </h3>
                  <ul class={styles.reasons}>
                    {/* Every reason of the top match; the strongest two of the others (their list shows one). */}
                    {match.reasons.slice(0, i === 0 ? undefined : 2).map((reason) => (
                      <li key={`${reason.kind}|${reason.value}|${reason.role ?? ''}`}>
                        {reasonText(t, reason)}
                      </li>
                    ))}
                  </ul>
                  {i > 0 && corrections(match)}
                </section>
              ))}
            </div>
          )}
          {others.length > 0 && (
            <ul class={styles.others} aria-label={t('pageMatches.others')}>
              {others.map((match) => (
                <li key={match.accountId}>
                  <button type="button" class={styles.other} onClick={() => onOpen(match.accountId)}>
                    <span class={styles.otherName}>{match.name}</span>
                    {match.reasons[0] && (
                      <span class={styles.otherReason}>{reasonText(t, match.reasons[0])}</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {unknownSender && (
        <section class={styles.sender} aria-labelledby={`${id}-sender`}>
          <p id={`${id}-sender`} class={styles.senderText}>
            {t(
              'pageMatches.unknownSender',
              unknownSender.name
                ? t('pageMatches.nameAndEmail', [unknownSender.name, unknownSender.email])
                : unknownSender.email,
            )}
          </p>
          <div class={styles.actions}>
            {colleagueOf && (
              <Button
                small
                variant="primary"
                onClick={() => props.onAddContact(unknownSender, colleagueOf.accountId)}
              >
                {t('pageMatches.addTo', colleagueOf.name)}
              </Button>
            )}
            <Button small onClick={() => props.onCreateAccount(unknownSender)}>
              {t('pageMatches.createAccount')}
            </Button>
            <Button small onClick={() => setPicking({ kind: 'contact', sender: unknownSender })}>
              {t('pageMatches.addAsContact')}
            </Button>
          </div>
        </section>
      )}
      {picker}
      {scan !== 'none' && (
        <div class={styles.scan}>
          {scan === 'noAccess' && <p class={styles.hint}>{t('pageMatches.noAccess')}</p>}
          <div class={styles.actions}>
            <Button small disabled={scan === 'scanning'} onClick={props.onScan}>
              {t(scan === 'scanning' ? 'pageMatches.scanning' : 'pageMatches.scan')}
            </Button>
            {scan === 'noAccess' && (
              <Button small variant="ghost" onClick={props.onOpenSettings}>
                {t('pageMatches.openSettings')}
              </Button>
            )}
          </div>
        </div>
      )}
      {error && (
        <p role="alert" class={styles.error}>
          {error}
        </p>
      )}
    </section>
  );
}
