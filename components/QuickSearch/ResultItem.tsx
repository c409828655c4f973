import type { QuickResult } from '../../lib/model/quick-search';
import { Badge, tierTone } from '../Badge/Badge';
import { useT } from '../i18n';
import { Highlighted } from './Highlighted';
import styles from './QuickSearch.module.css';

/**
 * One result: what it is (account, contact, note), its title and the fragment that matched,
 * highlighted, the line under it, and the account's tier and portfolio quadrant. An option of the
 * list box: the search box keeps the focus and points at the selected option.
 */
export function ResultItem({
  result,
  id,
  selected,
  onOpen,
  onHover,
}: {
  result: QuickResult;
  id: string;
  selected: boolean;
  onOpen(): void;
  onHover(): void;
}) {
  const t = useT();
  const second = [
    result.kind === 'account' ? '' : t(`quickSearch.kind.${result.kind}`),
    result.subtitle,
    result.dueDate ? t('quickSearch.due', result.dueDate) : '',
  ].filter(Boolean);
  return (
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={selected}
      class={`${styles.item} ${selected ? styles.selected : ''}`}
      // mousedown, not click: the search box must not lose focus (and the popup its keyboard path).
      onMouseDown={(e) => {
        e.preventDefault();
        onOpen();
      }}
      onMouseMove={onHover}
    >
      <div class={styles.main}>
        <span class={styles.title}>
          <Highlighted text={result.title} hits={result.titleHits} />
        </span>
        {second.length > 0 && <span class={styles.subtitle}>{second.join(' · ')}</span>}
        {result.fragment && (
          <span class={styles.fragment}>
            <Highlighted text={result.fragment.text} hits={result.fragment.hits} />
          </span>
        )}
      </div>
      <div class={styles.badges}>
        {result.tier && (
          <Badge tone={tierTone(result.tier)} title={t('quickSearch.tierShort', result.tier)}>
            {result.tier}
          </Badge>
        )}
        {result.portfolioQuadrant && <Badge>{t(`portfolioQuadrant.${result.portfolioQuadrant}`)}</Badge>}
      </div>
    </div>
  );
}
