import type { Hits } from '../../lib/model/quick-search';

/** `text` with its hits in `<mark>`: why a result matched, at a glance. */
export function Highlighted({ text, hits }: { text: string; hits: Hits }) {
  if (!hits.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [a, b] of hits) {
    if (a > at) parts.push(text.slice(at, a));
    parts.push(<mark key={a}>{text.slice(a, b)}</mark>);
    at = b;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
