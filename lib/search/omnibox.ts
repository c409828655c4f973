import { browser } from 'wxt/browser';
import type { MessageKey } from '../model/messages';
import type { Hits, QuickResult } from '../model/quick-search';

/** How many suggestions the address bar shows under `ds`. */
const SUGGESTIONS = 6;

export interface OmniboxDeps {
  query(text: string, limit: number): Promise<QuickResult[]>;
  /** The rep typed the keyword: load the index now, before the first letter. */
  warm(): void;
  /** Opens the client file (panel if the browser allows it here, else a tab). */
  open(accountId: string): Promise<void>;
  translate(key: MessageKey, subs?: string[]): string;
  /** Chrome reads XML markup in descriptions (`<match>`, `<dim>`); Firefox shows plain text. */
  markup: boolean;
}

/**
 * The omnibox keyword `ds` (manifest `omnibox.keyword`): suggestions from the same warm index as
 * the popup, and Enter on one (or on what was typed: its best result) opens that client's file.
 */
export function registerOmnibox(deps: OmniboxDeps): void {
  const omnibox = browser.omnibox;
  if (!omnibox) return;
  /** Suggestion content → account, for the last suggestions shown (content is what Enter gives). */
  let shown = new Map<string, string>();
  void omnibox.setDefaultSuggestion({ description: deps.translate('omnibox.default') });
  omnibox.onInputStarted.addListener(() => deps.warm());

  omnibox.onInputChanged.addListener((text, suggest) => {
    void deps.query(text, SUGGESTIONS).then((results) => {
      const next = new Map<string, string>();
      const suggestions = results.map((r) => {
        // Content must be unique and is what the address bar shows once the suggestion is selected.
        let content = [r.title, r.subtitle].filter(Boolean).join(' — ') || r.id;
        while (next.has(content)) content += ' ';
        next.set(content, r.accountId);
        return { content, description: describe(r, deps) };
      });
      shown = next;
      suggest(suggestions);
    });
  });

  omnibox.onInputEntered.addListener((text) => {
    const known = shown.get(text);
    // A chosen suggestion opens at once, still within the gesture; typed text is searched first.
    if (known) void deps.open(known);
    else void deps.query(text, 1).then((r) => (r[0] ? deps.open(r[0].accountId) : undefined));
  });
}

/** One suggestion line: the title with what matched, then the subtitle and the matched fragment. */
export function describe(r: QuickResult, deps: Pick<OmniboxDeps, 'markup' | 'translate'>): string {
  const tier = r.tier ? deps.translate('quickSearch.tierShort', [r.tier]) : '';
  const quadrant = r.portfolioQuadrant ? deps.translate(`portfolioQuadrant.${r.portfolioQuadrant}`) : '';
  const rest = [r.subtitle, r.fragment?.text, tier, quadrant].filter(Boolean).join(' · ');
  if (!deps.markup) return [r.title, rest].filter(Boolean).join(' — ');
  const title = highlighted(r.title, r.titleHits);
  return rest ? `${title} <dim>${escapeXml(rest)}</dim>` : title;
}

/** `text` as Chrome's description markup, its hits in `<match>`. */
export function highlighted(text: string, hits: Hits): string {
  let out = '';
  let at = 0;
  for (const [a, b] of hits) {
    out += `${escapeXml(text.slice(at, a))}<match>${escapeXml(text.slice(a, b))}</match>`;
    at = b;
  }
  return out + escapeXml(text.slice(at));
}

/** Chrome parses suggestion descriptions as XML: a client called "A&B <Ltd>" must not break it. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
