import { readPageSignals } from '../../detection/readers';
import type { CapturedSelection } from '../core/clip';

/** Selectors of this reader, in one place. */
const SELECTORS = {
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  editable: 'textarea, input',
} as const;

/** Headings looked at, at most: a hostile page with a million headings costs no more than this. */
const MAX_HEADINGS = 5_000;
const MAX_SELECTION = 5_000_000;
/** `Node.DOCUMENT_POSITION_*`, spelled out: the reader also runs where `Node` is not a global. */
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/**
 * What the rep selected on the page, read on their gesture (context menu, shortcut): the text with
 * its line breaks, the nearest heading above it, and on a webmail message its sender and subject.
 * DOM reads only; never throws on a strange page.
 */
export function readSelection(doc: Document, url: URL): CapturedSelection {
  const { text, anchor } = selectedText(doc);
  return {
    url: url.href,
    title: doc.title,
    text: text.slice(0, MAX_SELECTION),
    heading: anchor ? headingAbove(doc, anchor) : '',
    email: openMessage(doc, url),
  };
}

function selectedText(doc: Document): { text: string; anchor: Node | null } {
  const active = doc.activeElement;
  // A selection inside a text field is not part of the document's selection.
  if (active?.matches(SELECTORS.editable)) {
    const field = active as HTMLInputElement | HTMLTextAreaElement;
    try {
      const { selectionStart: start, selectionEnd: end } = field;
      if (start !== null && end !== null && end > start)
        return { text: field.value.slice(start, end), anchor: field };
    } catch {
      // inputs of a type without a selection (email, number) throw
    }
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return { text: '', anchor: null };
  return { text: selection.toString(), anchor: selection.getRangeAt(0).startContainer };
}

/** The last heading that comes before `node` in document order (or contains it). */
function headingAbove(doc: Document, node: Node): string {
  let found: Element | null = null;
  const headings = doc.querySelectorAll(SELECTORS.heading);
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const heading = headings[i]!;
    const position = heading.compareDocumentPosition(node);
    const before = position & FOLLOWING || position & CONTAINED_BY;
    if (!before) break;
    found = heading;
  }
  return (found?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** On a webmail message: who sent it and its subject (the detection adapters read them). */
function openMessage(doc: Document, url: URL): CapturedSelection['email'] {
  try {
    const signals = readPageSignals(doc, url);
    if (signals.source === 'generic' || !signals.subject) return null;
    const from = signals.people.find((p) => p.role === 'from');
    const sender = from ? (from.name ? `${from.name} <${from.email}>` : from.email) : '';
    return { from: sender, subject: signals.subject };
  } catch {
    return null;
  }
}
