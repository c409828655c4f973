import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AccountSort, AccountSummary } from '../../lib/model/types';
import { ACCOUNT_SORTS } from '../../lib/model/types';
import { Badge, tierTone } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { formatDay, intlLocale } from '../format';
import { useT } from '../i18n';
import { AccountForm } from '../Lazy/forms';
import { preloadWhenIdle } from '../Lazy/lazy';
import styles from './AccountList.module.css';
import { useVirtualWindow } from './useVirtualWindow';

export const ACCOUNT_ROW_HEIGHT = 52;

interface AccountListProps {
  /** Already sorted by `sort`. */
  accounts: AccountSummary[];
  sort: AccountSort;
  onSortChange(sort: AccountSort): void;
  onOpen(id: string): void;
  onCreate(): void;
  /** The client whose file the rep just left: its row takes focus, so Back lands where they were. */
  returnTo?: string | null;
}

/**
 * The rep's clients, virtualised. The rows are one Tab stop (a roving tabindex): Tab reaches the
 * list at the row last focused, the arrow keys, Page Up/Down, Home and End move within it.
 */
export function AccountList({ accounts, sort, onSortChange, onOpen, onCreate, returnTo }: AccountListProps) {
  const t = useT();
  const locale = intlLocale(t);
  const { containerRef, onScroll, window, reveal } = useVirtualWindow(accounts.length, ACCOUNT_ROW_HEIGHT);
  const pendingFocus = useRef<number | null>(null);
  const [active, setActive] = useState(0);
  // The new-account form loads on demand; fetch it once the list has painted.
  useEffect(() => preloadWhenIdle([AccountForm]), []);

  const rowButton = (index: number) =>
    containerRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"]`) ?? null;

  // A row scrolled into the window gets focus once it is rendered.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    rowButton(index)?.focus();
  });

  // Back from a file: that client's row, scrolled into view and focused.
  useLayoutEffect(() => {
    if (!returnTo) return;
    const index = accounts.findIndex((a) => a.id === returnTo);
    if (index < 0) return;
    setActive(index);
    reveal(index);
    pendingFocus.current = index;
  }, []);

  // Arrow keys walk the rows, even those not rendered yet.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.currentTarget as HTMLElement;
    const current = Number(target.dataset.index);
    if (Number.isNaN(current)) return;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    let next: number | undefined;
    if (event.key in step) next = current + step[event.key]!;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = accounts.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    next = Math.max(0, Math.min(accounts.length - 1, next));
    reveal(next);
    const rendered = rowButton(next);
    if (rendered) rendered.focus();
    else pendingFocus.current = next;
  };

  const rows = accounts.slice(window.start, window.end);
  // The row that holds the list's one Tab stop; when it is scrolled out, the first row shown.
  const stop = active >= window.start && active < window.end ? active : window.start;
  return (
    <section class={styles.accountList} aria-labelledby="account-list-title">
      <header class={styles.toolbar}>
        <h1 id="account-list-title" class={styles.title}>
          {t('accountList.title')}
          <span class={styles.count}>{t('accountList.count', [String(accounts.length)])}</span>
        </h1>
        <Button variant="primary" onClick={onCreate}>
          {t('accountList.new')}
        </Button>
      </header>
      {accounts.length === 0 ? (
        <p class={styles.empty}>{t('accountList.empty')}</p>
      ) : (
        <>
          <div class={styles.sortBar}>
            <label for="account-sort">{t('accountList.sortBy')}</label>
            <select
              id="account-sort"
              class={styles.sort}
              value={sort}
              onChange={(e) => onSortChange(e.currentTarget.value as AccountSort)}
            >
              {ACCOUNT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`accountList.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div ref={containerRef} class={styles.scroller} onScroll={onScroll}>
            <ul
              class={styles.list}
              aria-label={t('accountList.title')}
              style={{ height: `${accounts.length * ACCOUNT_ROW_HEIGHT}px` }}
            >
              {rows.map((account, i) => {
                const index = window.start + i;
                const metaId = `account-row-${index}`;
                const tierId = `account-tier-${index}`;
                return (
                  <li
                    key={account.id}
                    class={styles.row}
                    style={{ top: `${index * ACCOUNT_ROW_HEIGHT}px`, height: `${ACCOUNT_ROW_HEIGHT}px` }}
                    aria-setsize={accounts.length}
                    aria-posinset={index + 1}
                  >
                    <span class={styles.rowTop}>
                      {/* The name is the button (its accessible name is what it shows); the whole row is
                          its click target (a stretched ::after), tier and details its description. */}
                      <button
                        type="button"
                        class={styles.rowButton}
                        data-index={index}
                        tabIndex={index === stop ? 0 : -1}
                        onFocus={() => setActive(index)}
                        aria-describedby={`${tierId} ${metaId}`}
                        onClick={() => onOpen(account.id)}
                        onKeyDown={onKeyDown}
                      >
                        <span class={styles.name}>{account.name}</span>
                      </button>
                      <span id={tierId}>
                        <Badge tone={tierTone(account.tier)}>{account.tier}</Badge>
                      </span>
                    </span>
                    <span id={metaId} class={styles.meta}>
                      <span>{t(`portfolioQuadrant.${account.portfolioQuadrant}`)}</span>
                      <span>{t(`industry.${account.industry}`)}</span>
                      {(account.risk === 'high' || account.risk === 'medium') && (
                        <span class={styles[`risk-${account.risk}`]}>
                          {t('accountList.risk', [t(`riskLevel.${account.risk}`)])}
                        </span>
                      )}
                      {account.nextContactDate && (
                        <span>
                          {t('accountList.nextContact', [formatDay(account.nextContactDate, locale)])}
                        </span>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
