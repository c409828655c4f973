/**
 * What the webmail adapters share: walking a message header in document order to read its people
 * (a role label such as `cc:` / `抄送：` applies to the addresses after it), and assembling the
 * signals of an open message.
 */

import { addressesInText, ROLE_LABEL_IN_TEXT, roleAtStart, roleOfWord, unique } from '../../model/email-text';
import type { MessagePerson, PageSignals, SignalSource } from '../core/signals';
import { readMailtos, readOrganizations } from './generic';
import { collapse, isHiddenByMarkup, isHiddenElement, isRendered, visibleText } from './text';

type Role = MessagePerson['role'];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** People of a thread, one per role and address, in the order first shown. */
export class PeopleList {
  private readonly byKey = new Map<string, MessagePerson>();

  add(role: Role, email: string, name: string): void {
    if (!email) return;
    const key = `${role} ${email}`;
    const known = this.byKey.get(key);
    if (!known) this.byKey.set(key, { role, email, name });
    else if (!known.name && name) known.name = name;
  }

  list(): MessagePerson[] {
    return [...this.byKey.values()];
  }
}

/** Display names that are not names: the address itself, or the webmail's word for the rep. */
const NOT_A_NAME = new Set(['me', '我', '自己']);

/** A display name as shown, '' when it is only the address or "me". */
export function displayName(raw: string | null | undefined, email: string): string {
  const name = collapse(raw ?? '')
    .replace(/<[^<>]*@[^<>]*>/g, '')
    .replace(/^["'\s]+|["'\s]+$/g, '');
  return !name || name.toLowerCase() === email || NOT_A_NAME.has(name.toLowerCase()) ? '' : name;
}

/** Whether an element's text is the webmail's word for the rep ("me", "我"). */
export function isSelfMarker(el: Element): boolean {
  return NOT_A_NAME.has(collapse(el.textContent ?? '').toLowerCase());
}

/** A person an element stands for; `role` overrides the role of the label before it. */
export interface PersonOnPage {
  email: string;
  name: string;
  role?: Role;
}

/** How one webmail marks people in a message header. */
export interface HeaderReader {
  /** The person `el` stands for, or null. The element's subtree is not read further. */
  person(el: Element): PersonOnPage | null;
  /** Subtrees that are not header (message bodies, quoted text). */
  skip?: string;
  /** Also read `Name <address>` and bare addresses written in text nodes. */
  textAddresses?: boolean;
}

/**
 * Reads the people under `root` into `people`: person elements and (optionally) addresses in
 * text, each with the role of the last label before it (`initial` until one is seen). Labels are
 * `from:`/`to:`/`cc:` and their Chinese forms in text, or at the start of an `aria-label`.
 * Hidden subtrees and `skip` subtrees are not read.
 */
export function readHeaderPeople(
  root: Element,
  reader: HeaderReader,
  initial: Role,
  people: PeopleList,
): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, (node: Node) => {
    if (node.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
    const el = node as Element;
    return isHiddenElement(el) || (reader.skip && el.matches(reader.skip)) ? FILTER_REJECT : FILTER_ACCEPT;
  });
  let role = initial;
  let inside: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (inside?.contains(node)) continue;
    inside = null;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      role = roleAtStart(el.getAttribute('aria-label')) ?? role;
      const person = reader.person(el);
      if (person) {
        people.add(person.role ?? role, person.email, person.name);
        inside = el;
      }
    } else if (node.nodeType === TEXT_NODE) {
      role = readHeaderText(node.nodeValue ?? '', role, reader.textAddresses === true, people);
    }
  }
}

/** Applies the labels (and, when asked, the addresses) of one text node; returns the role after it. */
function readHeaderText(text: string, role: Role, withAddresses: boolean, people: PeopleList): Role {
  if (!/[:：@]/.test(text)) return role;
  const events: { index: number; role?: Role; email?: string; name?: string }[] = [];
  for (const match of text.matchAll(ROLE_LABEL_IN_TEXT)) {
    events.push({ index: match.index + match[0].length - 1, role: roleOfWord(match[1] ?? '') });
  }
  if (withAddresses) for (const found of addressesInText(text)) events.push(found);
  events.sort((a, b) => a.index - b.index);
  let current = role;
  for (const event of events) {
    if (event.email) people.add(current, event.email, displayName(event.name, event.email));
    else if (event.role) current = event.role;
  }
  return current;
}

/** The parts of an open message an adapter found. `view` is null when no message is open. */
export interface OpenMessage {
  view: Element | null;
  subject: string;
  people: MessagePerson[];
  selfEmail: string;
}

/**
 * The signals of a webmail page: text, mailtos and organizations come from the open message's
 * `view` only (never the inbox list or folders around it) and the same-origin frames inside it,
 * where some webmails show the body; all empty when no message is open.
 */
export function webmailSignals(
  source: SignalSource,
  doc: Document,
  url: URL,
  { view, subject, people, selfEmail }: OpenMessage,
): PageSignals {
  const roots: ParentNode[] = view ? [view, ...frameDocuments(view)] : [];
  return {
    source,
    url: url.href,
    host: url.hostname.toLowerCase(),
    title: collapse(doc.title),
    subject: collapse(subject),
    people,
    selfEmail,
    mailtos: unique(roots.flatMap(readMailtos)),
    organizations: roots.flatMap(readOrganizations),
    text: view ? visibleText(view) : '',
  };
}

/** The documents of the shown same-origin frames under `root` (others cannot be read). */
function frameDocuments(root: Element): Document[] {
  return [...root.querySelectorAll('iframe')].flatMap((frame) => {
    if (isHiddenByMarkup(frame) || !isRendered(frame.parentElement!)) return [];
    try {
      return (frame as HTMLIFrameElement).contentDocument ?? [];
    } catch {
      return [];
    }
  });
}
