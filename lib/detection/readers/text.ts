/**
 * Shared DOM reading for every site adapter: the visible text of a subtree, and whether an
 * element is hidden by its own markup. Reads only; never computes styles (this runs in a content
 * script after every batch of DOM changes, and getComputedStyle per node is far too slow).
 */
import { collapse } from '../../model/email-text';
import { MAX_TEXT_CHARS } from '../core/signals';

export { collapse };

// Numeric DOM constants, so this works on any document (an iframe's window has its own globals).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Elements whose content is never shown as text. */
const NEVER_TEXT = new Set(
  'head script style noscript template svg iframe object embed canvas video audio'.split(' '),
);

/** Block-level elements: their content starts and ends a line. */
const BLOCKS = new Set([
  ...'address article aside blockquote body br caption center dd details dialog div dl dt'.split(' '),
  ...'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend'.split(' '),
  ...'li main menu nav ol option p pre search section summary table tbody tfoot thead tr ul'.split(' '),
]);

/** Boxes drawn side by side: their content is separated by a space. */
const CELLS = new Set('td th button label select textarea input'.split(' '));

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;

/**
 * Whether the element's own markup hides it: a never-rendered element (script, style, …), the
 * `hidden` attribute, `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`.
 * Stylesheet rules are not consulted.
 */
export function isHiddenElement(el: Element): boolean {
  return (
    NEVER_TEXT.has(el.localName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
  );
}

/** Whether neither the element nor any ancestor is hidden by its markup (see isHiddenElement). */
export function isRendered(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenElement(node)) return false;
  }
  return true;
}

/** The first element under `root` matching `selector` that is rendered, or null. */
export function firstRendered(root: ParentNode, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) if (isRendered(el)) return el;
  return null;
}

/** All rendered elements under `root` matching `selector`, in document order. */
export function allRendered(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter(isRendered);
}

/** `textContent` with whitespace collapsed and trimmed ('' for null). */
export function cleanText(node: Node | null | undefined): string {
  return collapse(node?.textContent ?? '');
}

/** Whitespace runs (including no-break and ideographic spaces) → one space, trimmed. */

/** Collects text pieces with at most one separator between them, up to a cap. */
class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  private pending: '' | ' ' | '\n' = '';

  constructor(private readonly max: number) {}

  get full(): boolean {
    return this.length >= this.max;
  }

  space(): void {
    if (this.pending === '') this.pending = ' ';
  }

  newline(): void {
    this.pending = '\n';
  }

  add(raw: string): void {
    const text = raw.replace(/\s+/g, ' ');
    const core = text.trim();
    if (text.startsWith(' ')) this.space();
    if (core) {
      if (this.length > 0 && this.pending) this.push(this.pending);
      this.pending = '';
      this.push(core);
    }
    if (core && text.endsWith(' ')) this.space();
  }

  private push(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
  }

  toString(): string {
    let text = this.parts.join('');
    if (text.length > this.max) {
      text = text.slice(0, this.max);
      // Do not end on half of a surrogate pair.
      if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
    }
    return text;
  }
}

/**
 * Deeper than any page a person reads (real pages nest a few dozen levels): a subtree below this
 * is not read. A hostile page nesting 100,000 elements made every read walk all of them (240 ms
 * on every change of the page, there for nothing a rep could see).
 */
export const MAX_TEXT_DEPTH = 256;

/**
 * The text a reader sees under `root`: text nodes in document order, skipping hidden subtrees
 * (see isHiddenElement) and what lies deeper than MAX_TEXT_DEPTH, with a line break around block
 * elements and a space between cells so words of neighbouring boxes do not run together,
 * whitespace collapsed, at most `max` chars — and the text of the open shadow roots and
 * same-origin frames inside it (many webmails show a message body in a frame; web-component sites
 * keep their text in shadow roots). Closed shadow roots and cross-origin frames cannot be read.
 */
export function visibleText(root: Node, max: number = MAX_TEXT_CHARS): string {
  const sink = new TextSink(max);
  // Open shadow roots and same-origin frames met on the way, read after the tree that holds them
  // (the order of pieces does not change what they name), within the same caps.
  const inner: Node[] = [];
  walkText(root, sink, inner);
  for (let i = 0; i < inner.length && i < MAX_INNER_TREES && !sink.full; i++) {
    sink.newline();
    walkText(inner[i]!, sink, inner);
  }
  return sink.toString();
}

/** Shadow roots and frames read at most per page: a page of thousands of widgets is not read whole. */
export const MAX_INNER_TREES = 50;

/** The document of a same-origin frame, or null (cross-origin, not loaded, or gone). */
function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function walkText(root: Node, sink: TextSink, inner: Node[]): void {
  if (root.nodeType === TEXT_NODE) {
    sink.add(root.nodeValue ?? '');
    return;
  }
  if (root.nodeType === ELEMENT_NODE && isHiddenElement(root as Element)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const note = (el: Element) => {
    if (el.shadowRoot) inner.push(el.shadowRoot);
    if (el.localName === 'iframe' || el.localName === 'frame') {
      const body = frameDocument(el)?.body;
      if (body) inner.push(body);
    }
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, (node: Node) => {
    if (node.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
    const el = node as Element;
    if (isHiddenElement(el)) {
      // A frame is "never text" itself, but a visible one shows a document of its own.
      if ((el.localName === 'iframe' || el.localName === 'frame') && !isHiddenByMarkup(el)) note(el);
      return FILTER_REJECT;
    }
    if (el.shadowRoot) note(el);
    return FILTER_ACCEPT;
  });
  const open = (node: Node) => {
    if (node.nodeType === TEXT_NODE) sink.add(node.nodeValue ?? '');
    else separate(node);
  };
  const separate = (node: Node) => {
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName;
    if (BLOCKS.has(name)) sink.newline();
    else if (CELLS.has(name)) sink.space();
  };
  // Depth-first with explicit enter/leave, so a block also ends its line when it closes.
  let depth = 0;
  outer: while (!sink.full) {
    if (depth < MAX_TEXT_DEPTH && walker.firstChild()) {
      depth++;
      open(walker.currentNode);
      continue;
    }
    for (;;) {
      if (walker.currentNode === root) break outer;
      separate(walker.currentNode);
      if (walker.nextSibling()) {
        open(walker.currentNode);
        continue outer;
      }
      if (!walker.parentNode()) break outer;
      depth--;
    }
  }
}

/** Hidden by its own attributes or inline style (not merely a never-text element such as a frame). */
export function isHiddenByMarkup(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
  );
}
