import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { Badge, tierTone } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './AccountPicker.module.css';

/** An account as the picker lists it. */
export interface PickerAccount {
  id: string;
  name: string;
  aliases: readonly string[];
  tier: string;
}

interface AccountPickerProps {
  /** The question the rep answers by picking ("Which client does acme.com belong to?"). */
  label: string;
  /**
   * In display order; `undefined` while they load. A rep who types and presses Enter before the
   * list has arrived gets the first match once it does, not a silent no-op.
   */
  accounts: readonly PickerAccount[] | undefined;
  /** An account not to offer (the one being corrected). */
  excludeId?: string;
  onPick(accountId: string): void;
  onCancel(): void;
}

/** How many rows are rendered at most: with 50,000 accounts the rep narrows by typing. */
export const PICKER_LIMIT = 50;

/** Accounts whose name or a short name contains `query` (case-insensitive), the first `limit`. */
export function filterAccounts(
  accounts: readonly PickerAccount[],
  query: string,
  limit = PICKER_LIMIT,
  excludeId?: string,
): { shown: PickerAccount[]; more: number } {
  const q = query.trim().toLowerCase();
  const hits = accounts.filter(
    (a) =>
      a.id !== excludeId &&
      (!q || a.name.toLowerCase().includes(q) || a.aliases.some((alias) => alias.toLowerCase().includes(q))),
  );
  return { shown: hits.slice(0, limit), more: Math.max(0, hits.length - limit) };
}

/**
 * A searchable list of accounts (combobox + listbox): type to filter by name or short name,
 * ↑/↓ to move, Enter to pick, Esc to cancel; a click picks too.
 */
export function AccountPicker({ label, accounts, excludeId, onPick, onCancel }: AccountPickerProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const loading = accounts === undefined;
  const { shown, more } = useMemo(
    () => filterAccounts(accounts ?? [], query, PICKER_LIMIT, excludeId),
    [accounts, query, excludeId],
  );
  const current = shown[Math.min(active, shown.length - 1)];
  // Enter pressed while the list was still loading: honoured when it arrives.
  const enterWhileLoading = useRef(false);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (!loading && enterWhileLoading.current) {
      enterWhileLoading.current = false;
      if (current) onPick(current.id);
    }
  }, [loading, current, onPick]);
  useEffect(() => {
    document.getElementById(`${id}-${current?.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current, id]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) setActive((i) => Math.max(0, Math.min(shown.length - 1, Math.min(i, shown.length - 1) + step)));
    else if (event.key === 'Enter' && loading) enterWhileLoading.current = true;
    else if (event.key === 'Enter' && current) onPick(current.id);
    else if (event.key === 'Escape') onCancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div class={styles.picker}>
      <label for={`${id}-q`} class={styles.label}>
        {label}
      </label>
      <div class={styles.searchRow}>
        <input
          ref={input}
          id={`${id}-q`}
          class={styles.search}
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-autocomplete="list"
          aria-controls={`${id}-list`}
          aria-activedescendant={current ? `${id}-${current.id}` : undefined}
          placeholder={t('pageMatches.picker.search')}
          autocomplete="off"
          value={query}
          onInput={(e) => {
            enterWhileLoading.current = false;
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <Button small variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <div id={`${id}-list`} role="listbox" aria-label={label} class={styles.list}>
        {shown.map((account) => (
          // Options are reached from the search box (aria-activedescendant), as in a combobox.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the search box handles ↑/↓/Enter for every option.
          <div
            key={account.id}
            id={`${id}-${account.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={account === current}
            class={styles.option}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(account.id)}
          >
            <span class={styles.name}>{account.name}</span>
            <Badge tone={tierTone(account.tier)}>{account.tier}</Badge>
          </div>
        ))}
      </div>
      {loading ? (
        <p class={styles.note} role="status">
          {t('pageMatches.picker.loading')}
        </p>
      ) : (
        shown.length === 0 && <p class={styles.note}>{t('pageMatches.picker.empty')}</p>
      )}
      {more > 0 && <p class={styles.note}>{t('pageMatches.picker.more', [String(more)])}</p>}
    </div>
  );
}
