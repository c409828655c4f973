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
import { useVirtualWindow, type VirtualWindow } from './useVirtualWindow';

export const ACCOUNT_ROW_HEIGHT = 52;

interface AccountListProps {
  /** How many accounts the list holds (or, until `counted`, has read so far). */
  total: number;
  /** False while the total is still being counted: the heading shows no number meanwhile. */
  counted?: boolean;
  /** The row at a position in `sort`'s order; undefined while its window is being read. */
  rowAt(index: number): AccountSummary | undefined;
  /** The rows the list renders (what is on screen, plus overscan), so their window can be read. */
  onWindowChange?(window: VirtualWindow): void;
  sort: AccountSort;
  onSortChange(sort: AccountSort): void;
  onOpen(id: string): void;
  onCreate(): void;
  /** Where the client whose file the rep just left stands: its row takes focus, so Back lands there. */
  returnIndex?: number | null;
}

/**
 * The rep's clients, virtualised: only the rows on screen are rendered, and only their window is
 * read (rows not read yet show as blank placeholders). The rows are one Tab stop (a roving
 * tabindex): Tab reaches the list at the row last focused, the arrow keys, Page Up/Down, Home and
 * End move within it.
 */
export function AccountList({
  total,
  counted = true,
  rowAt,
  onWindowChange,
  sort,
  onSortChange,
  onOpen,
  onCreate,
  returnIndex,
}: AccountListProps) {
  const t = useT();
  const locale = intlLocale(t);
  const { containerRef, onScroll, window, reveal } = useVirtualWindow(total, ACCOUNT_ROW_HEIGHT);
  const pendingFocus = useRef<number | null>(null);
  const [active, setActive] = useState(0);
  // The new-account form loads on demand; fetch it once the list has painted.
  useEffect(() => preloadWhenIdle([AccountForm]), []);
  useEffect(() => onWindowChange?.(window), [window.start, window.end]);

  const rowButton = (index: number) =>
    containerRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"]`) ?? null;

  // A row scrolled into the window gets focus once it is rendered (and read).
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = rowButton(index);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });

  // Back from a file: that client's row, scrolled into view and focused, once its place is known.
  const returned = useRef(false);
  useLayoutEffect(() => {
    if (returned.current || returnIndex === null || returnIndex === undefined || returnIndex >= total) return;
    returned.current = true;
    setActive(returnIndex);
    reveal(returnIndex);
    pendingFocus.current = returnIndex;
  }, [returnIndex, total]);

  // Arrow keys walk the rows, even those not rendered yet.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.currentTarget as HTMLElement;
    const current = Number(target.dataset.index);
    if (Number.isNaN(current)) return;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    let next: number | undefined;
    if (event.key in step) next = current + step[event.key]!;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = total - 1;
    if (next === undefined) return;
    event.preventDefault();
    next = Math.max(0, Math.min(total - 1, next));
    reveal(next);
    const rendered = rowButton(next);
    if (rendered) rendered.focus();
    else pendingFocus.current = next;
  };

  const indexes = Array.from({ length: window.end - window.start }, (_, i) => window.start + i);
  // The row that holds the list's one Tab stop; when it is scrolled out, the first row shown.
  const stop = active >= window.start && active < window.end ? active : window.start;
  return (
    <section class={styles.accountList} aria-labelledby="account-list-title">
      <header class={styles.toolbar}>
        <h1 id="account-list-title" class={styles.title}>
          {t('accountList.title')}
          {counted && <span class={styles.count}>{t('accountList.count', [String(total)])}</span>}
        </h1>
        <Button variant="primary" onClick={onCreate}>
          {t('accountList.new')}
        </Button>
      </header>
      {total === 0 ? (
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
              style={{ height: `${total * ACCOUNT_ROW_HEIGHT}px` }}
            >
              {indexes.map((index) => {
                const place = {
                  style: { top: `${index * ACCOUNT_ROW_HEIGHT}px`, height: `${ACCOUNT_ROW_HEIGHT}px` },
                  'aria-setsize': total,
                  'aria-posinset': index + 1,
                };
                const account = rowAt(index);
                if (!account)
                  return <li key={`place-${index}`} class={styles.placeholder} aria-busy="true" {...place} />;
                const metaId = `account-row-${index}`;
                const tierId = `account-tier-${index}`;
                return (
                  <li key={account.id} class={styles.row} {...place}>
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
