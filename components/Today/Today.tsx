import { useState } from 'preact/hooks';
import { localDayPlus } from '../../lib/model/local-day';
import type { Agenda, AgendaItem, ContactLog } from '../../lib/model/relationship';
import { Badge, tierTone } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { formatDay, intlLocale } from '../format';
import { useT } from '../i18n';
import { lazy } from '../Lazy/lazy';
import { reasonText } from './reason';
import styles from './Today.module.css';

/** Done's form: loaded on the rep's first Done. */
const LazyLogContactForm = lazy(() => import('./LogContactForm').then((m) => m.LogContactForm));

const GROUPS = ['overdue', 'today', 'week'] as const;
/** Items a group shows before its "Show all": a long overdue list stays quick to paint and to scan. */
export const GROUP_SHOWN = 25;

interface TodayProps {
  agenda: Agenda;
  /** Whether older items were left out (each kind is read up to a limit, nearest first). */
  truncated: boolean;
  now: Date;
  /** The summary on the home screen: the first `limit` items due now, and a way to the whole day. */
  limit?: number;
  onSeeAll?(): void;
  /**
   * Reads the rest of the day (Today opens on the first items of each kind): asked for by a
   * group's Show all, or with the older items; absent once read.
   */
  onReadMore?(): void;
  /** On its own screen: back to the accounts. */
  onBack?(): void;
  onOpen(accountId: string): void;
  /** Logs the contact (null for an item with nothing to log) and marks the item done; resolves to an error to show, or null. */
  onDone(item: AgendaItem, log: ContactLog | null): Promise<string | null>;
  onSnooze(item: AgendaItem, until: string): void;
}

/**
 * *Today*: what needs the rep, overdue first, each item saying why, with Done (log the contact and
 * set the next date), Snooze and Open file.
 */
export function Today({
  agenda,
  truncated,
  now,
  limit,
  onSeeAll,
  onReadMore,
  onBack,
  onOpen,
  onDone,
  onSnooze,
}: TodayProps) {
  const t = useT();
  const locale = intlLocale(t);
  const today = localDayPlus(now, 0);
  const [open, setOpen] = useState<{ key: string; panel: 'log' | 'snooze' } | null>(null);
  const [snoozeDate, setSnoozeDate] = useState(localDayPlus(now, 3));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const total = agenda.overdue.length + agenda.today.length + agenda.week.length;
  const summary = limit !== undefined;
  const groups = summary ? (['overdue', 'today'] as const) : GROUPS;
  let budget = limit ?? Number.POSITIVE_INFINITY;

  const snooze = (item: AgendaItem, until: string) => {
    setOpen(null);
    onSnooze(item, until);
  };

  return (
    <section class={`${styles.today} ${summary ? styles.summary : ''}`} aria-labelledby="today-title">
      {onBack && (
        <div>
          <Button variant="ghost" small onClick={onBack}>
            <span aria-hidden="true">←</span> {t('clientFile.back')}
          </Button>
        </div>
      )}
      <header class={styles.header}>
        <h2 id="today-title" class={styles.title}>
          {t('today.title')}
        </h2>
        <span class={styles.counts}>
          {t('today.counts', [
            String(agenda.overdue.length),
            String(agenda.today.length),
            String(agenda.week.length),
          ])}
        </span>
        {onSeeAll && total > 0 && (
          <Button small variant="ghost" onClick={onSeeAll}>
            {t('today.seeAll', [String(total)])}
          </Button>
        )}
      </header>
      {total === 0 && <p class={styles.empty}>{t('today.empty')}</p>}
      {groups.map((group) => {
        const shown = summary || expanded.has(group) ? budget : Math.min(budget, GROUP_SHOWN);
        const items = agenda[group].slice(0, Math.max(0, shown));
        budget -= items.length;
        if (items.length === 0) return null;
        const headingId = `today-group-${group}`;
        return (
          <div key={group} class={styles.group}>
            <h3 id={headingId} class={`${styles.groupTitle} ${styles[`group-${group}`]}`}>
              {t(`today.group.${group}`)} <span class={styles.groupCount}>{agenda[group].length}</span>
            </h3>
            <ul class={styles.items} aria-labelledby={headingId}>
              {items.map((item) => {
                const panel = open?.key === item.key ? open.panel : null;
                const reasonId = `today-reason-${item.key}`;
                return (
                  <li key={item.key} class={styles.item}>
                    <p class={styles.who}>
                      <strong>{item.account?.name ?? t('today.portfolio')}</strong>
                      {item.account && <Badge tone={tierTone(item.account.tier)}>{item.account.tier}</Badge>}
                      <span class={styles.due}>{formatDay(item.due, locale)}</span>
                    </p>
                    <p id={reasonId} class={styles.reason}>
                      {reasonText(t, item, locale, today)}
                    </p>
                    <div class={styles.actions}>
                      <Button
                        small
                        variant="primary"
                        aria-describedby={reasonId}
                        aria-expanded={item.account ? panel === 'log' : undefined}
                        onClick={() =>
                          item.account
                            ? setOpen(panel === 'log' ? null : { key: item.key, panel: 'log' })
                            : void onDone(item, null)
                        }
                      >
                        {t('today.done')}
                      </Button>
                      <Button
                        small
                        aria-describedby={reasonId}
                        aria-expanded={panel === 'snooze'}
                        onClick={() =>
                          setOpen(panel === 'snooze' ? null : { key: item.key, panel: 'snooze' })
                        }
                      >
                        {t('today.snooze')}
                      </Button>
                      {item.account && (
                        <Button small variant="ghost" onClick={() => onOpen(item.account!.id)}>
                          {t('today.open')}
                        </Button>
                      )}
                    </div>
                    {panel === 'snooze' && (
                      <div class={styles.snooze}>
                        <Button small onClick={() => snooze(item, localDayPlus(now, 1))}>
                          {t('today.snoozeTomorrow')}
                        </Button>
                        <Button small onClick={() => snooze(item, localDayPlus(now, 7))}>
                          {t('today.snoozeNextWeek')}
                        </Button>
                        <label class={styles.snoozeDate}>
                          <span>{t('today.snoozeUntil')}</span>
                          <input
                            type="date"
                            value={snoozeDate}
                            min={localDayPlus(now, 1)}
                            onInput={(e) => setSnoozeDate(e.currentTarget.value)}
                          />
                        </label>
                        <Button
                          small
                          disabled={!snoozeDate || snoozeDate <= today}
                          onClick={() => snooze(item, snoozeDate)}
                        >
                          {t('today.snoozeDate')}
                        </Button>
                      </div>
                    )}
                    {panel === 'log' && (
                      <LazyLogContactForm
                        item={item}
                        onCancel={() => setOpen(null)}
                        onSave={async (log) => {
                          const error = await onDone(item, log);
                          if (error === null) setOpen(null);
                          return error;
                        }}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
            {!summary && items.length < agenda[group].length && (
              <Button
                small
                variant="ghost"
                onClick={() => {
                  setExpanded(new Set([...expanded, group]));
                  onReadMore?.();
                }}
              >
                {t('today.showAll', [String(agenda[group].length)])}
              </Button>
            )}
          </div>
        );
      })}
      {!summary && truncated && (
        <p class={styles.more}>
          {onReadMore ? (
            <Button small variant="ghost" onClick={onReadMore}>
              {t('today.readMore')}
            </Button>
          ) : (
            t('today.more')
          )}
        </p>
      )}
    </section>
  );
}
