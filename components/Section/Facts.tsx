import { type ComponentChildren, Fragment } from 'preact';
import styles from './Item.module.css';

/** Term → value pairs of a card; nothing at all when there are none. */
export function Facts({ facts }: { facts: [string, ComponentChildren][] }) {
  if (facts.length === 0) return null;
  return (
    <dl class={styles.facts}>
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
