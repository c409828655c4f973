import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { cadenceDays, loyaltySegment } from '../../lib/model/derive';
import type { SubKey } from '../../lib/model/messages';
import type { Account } from '../../lib/model/types';
import { formatDay, intlLocale, safeHttpUrl } from '../format';
import { useT } from '../i18n';
import { Section } from '../Section/Section';
import styles from './Profile.module.css';

type Fact = [labelKey: SubKey<'accountField'>, value: ComponentChildren];

interface ProfileProps {
  account: Account;
  onEdit(): void;
}

const text = (value: string) => (value.trim() === '' ? null : value);
const list = (values: string[]) => (values.length === 0 ? null : values.join(', '));
/** http(s) links open in a new tab; anything else is shown as text. */
const links = (urls: string[]) =>
  urls.length === 0
    ? null
    : urls.map((url, i) => {
        const href = safeHttpUrl(url);
        return (
          <Fragment key={url}>
            {i > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            ) : (
              url
            )}
          </Fragment>
        );
      });

/** The rest of the client file: needs, basic, business and logistics details, follow-up and scores. */
export function Profile({ account, onEdit }: ProfileProps) {
  const t = useT();
  const locale = intlLocale(t);
  const { needs, basic, business, logistics } = account;
  const website = safeHttpUrl(basic.website);
  const segment = loyaltySegment(account.satisfaction, account.loyalty);

  const groups: [SubKey<'profile.group'>, Fact[], boolean][] = [
    [
      'needs',
      [
        ['needs.current', text(needs.current)],
        ['needs.latent', text(needs.latent)],
        ['needs.keyBuyingFactors', list(needs.keyBuyingFactors)],
        ['needs.decisionProcess', text(needs.decisionProcess)],
        ['needs.purchaseType', needs.purchaseType && t(`purchaseType.${needs.purchaseType}`)],
        ['needs.competitors', list(needs.competitors)],
        ['needs.competitiveSituation', text(needs.competitiveSituation)],
      ],
      true,
    ],
    [
      'basic',
      [
        ['basic.legalName', text(basic.legalName)],
        ['basic.address', text(basic.address)],
        ['basic.phone', text(basic.phone)],
        ['basic.fax', text(basic.fax)],
        [
          'basic.website',
          website ? (
            <a href={website} target="_blank" rel="noopener noreferrer">
              {basic.website}
            </a>
          ) : (
            text(basic.website)
          ),
        ],
        ['websiteDomains', list(account.websiteDomains)],
        ['emailDomains', list(account.emailDomains)],
        ['basic.email', text(basic.email)],
        ['basic.socialProfiles', links(basic.socialProfiles)],
        // Shown as text: a logo is never loaded from the web (no remote images).
        ['basic.logoUrl', text(basic.logoUrl)],
        ['basic.bankAccount', text(basic.bankAccount)],
        ['basic.taxId', text(basic.taxId)],
        // Read-only: set by an import (`hubspot:123`), so the next import finds this account.
        ['externalIds', list(account.externalIds ?? [])],
      ],
      false,
    ],
    [
      'business',
      (Object.keys(business) as (keyof typeof business)[]).map((key) => [
        `business.${key}`,
        text(business[key]),
      ]),
      false,
    ],
    [
      'logistics',
      (Object.keys(logistics) as (keyof typeof logistics)[]).map((key) => [
        `logistics.${key}` as const,
        text(logistics[key]),
      ]),
      false,
    ],
    [
      'followUp',
      [
        ['cadenceDays', String(cadenceDays(account))],
        ['nextContactDate', account.nextContactDate && formatDay(account.nextContactDate, locale)],
        ['satisfaction', account.satisfaction && t(`score.s${account.satisfaction}`)],
        ['loyalty', account.loyalty && t(`score.s${account.loyalty}`)],
        ['aliases', list(account.aliases)],
      ],
      false,
    ],
  ];

  return (
    <Section title={t('profile.title')} addLabel={t('profile.edit')} onAdd={onEdit}>
      {groups.map(([group, facts, open]) => {
        const filled = facts.filter(([, value]) => value !== null && value !== '' && value !== undefined);
        return (
          <details key={group} class={styles.group} open={open}>
            <summary class={styles.summary}>{t(`profile.group.${group}`)}</summary>
            {filled.length === 0 ? (
              <p class={styles.empty}>{t('profile.empty')}</p>
            ) : (
              <dl class={styles.facts}>
                {filled.map(([key, value]) => (
                  <Fragment key={key}>
                    <dt>{t(`accountField.${key}`)}</dt>
                    <dd>{value}</dd>
                  </Fragment>
                ))}
              </dl>
            )}
            {group === 'followUp' && segment && (
              <p class={styles.segment}>
                {t('risk.segment', [t(`loyaltySegment.${segment}`)])} — {t(`loyaltySegmentHint.${segment}`)}
              </p>
            )}
          </details>
        );
      })}
    </Section>
  );
}
