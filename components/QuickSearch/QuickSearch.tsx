import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuickReason, QuickResult } from '../../lib/model/quick-search';
import { useT } from '../i18n';
import styles from './QuickSearch.module.css';
import { ResultItem } from './ResultItem';

export interface QuickSearchProps {
  query: string;
  onQuery(query: string): void;
  /** In display order; grouped under a heading per reason. */
  results: readonly QuickResult[];
  /** `searching`: results for the current query are on their way (the old ones stay meanwhile). */
  status: 'ready' | 'searching' | 'error';
  onOpen(result: QuickResult): void;
  onClose(): void;
  onOpenPanel(): void;
  /** "Note": a quick note about the page's client, here in the popup. */
  onQuickNote(): void;
}

/**
 * The toolbar popup: a search box, focused on open, over a list of results. ↑/↓ move the
 * selection, Enter opens the selected result's client file, Esc closes; the mouse works too.
 * With an empty box the list says why each line is there (this page, recently opened, due).
 */
export function QuickSearch({
  query,
  onQuery,
  results,
  status,
  onOpen,
  onClose,
  onOpenPanel,
  onQuickNote,
}: QuickSearchProps) {
  const t = useT();
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  // New results: the best one is selected again.
  useEffect(() => setSelected(0), [results]);
  const current = Math.min(selected, results.length - 1);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!results.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setSelected((current + step + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const result = results[current];
      if (result) onOpen(result);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const optionId = (i: number) => `quick-result-${i}`;
  const empty = status !== 'searching' && results.length === 0;
  return (
    <main class={styles.quickSearch}>
      <h1 class="visually-hidden">{t('quickSearch.title')}</h1>
      <div class={styles.bar}>
        <input
          ref={input}
          class={styles.box}
          type="search"
          aria-controls="quick-results"
          aria-activedescendant={results.length ? optionId(current) : undefined}
          aria-label={t('quickSearch.label')}
          placeholder={t('quickSearch.placeholder')}
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" class={styles.panelButton} onClick={onQuickNote}>
          {t('quickSearch.quickNote')}
        </button>
        <button type="button" class={styles.panelButton} onClick={onOpenPanel}>
          {t('quickSearch.openPanel')}
        </button>
      </div>
      <div
        id="quick-results"
        role="listbox"
        aria-label={t('quickSearch.results')}
        aria-busy={status === 'searching'}
        // Which query the list shows the answer to (the benchmark times keystrokes by it).
        data-query={status === 'ready' ? query.trim() : undefined}
        class={styles.list}
      >
        {results.flatMap((result, i) => [
          heading(results, i) ? (
            <div role="presentation" class={styles.heading} key={`h-${result.reason}`}>
              {t(`quickSearch.section.${result.reason}`)}
            </div>
          ) : null,
          <ResultItem
            key={`${result.kind}-${result.id}`}
            id={optionId(i)}
            result={result}
            selected={i === current}
            onOpen={() => onOpen(result)}
            onHover={() => i !== current && setSelected(i)}
          />,
        ])}
      </div>
      {empty && (
        <p class={styles.note} role="status">
          {status === 'error'
            ? t('quickSearch.error')
            : query.trim()
              ? t('quickSearch.noResults')
              : t('quickSearch.hint')}
        </p>
      )}
    </main>
  );
}

/** A heading before the first line of each reason (home list), and before the first match. */
function heading(results: readonly QuickResult[], i: number): QuickReason | null {
  const reason = results[i]!.reason;
  return i === 0 || results[i - 1]!.reason !== reason ? reason : null;
}
