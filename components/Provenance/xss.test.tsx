// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import {
  emptyPricingNoteDraft,
  emptyTalkingPointDraft,
  emptyTimelineNoteDraft,
} from '../../lib/model/defaults';
import { personName } from '../../lib/model/people';
import { textFragmentUrl } from '../../lib/model/provenance';
import type { PricingNote, Provenance, TalkingPoint, TimelineNote } from '../../lib/model/types';
import { PAYLOAD_COUNT, payloadOfHit, payloads } from '../../tests/fixtures/xss/payloads';
import { renderWithI18n } from '../../tests/support/i18n';
import { CaptureToast } from '../CaptureToast/CaptureToast';
import { fakeActions } from '../ClientFile/testActions';
import { PeopleCapture } from '../PeopleCapture/PeopleCapture';
import { PricingNoteCard } from '../PricingNotes/PricingNoteCard';
import { QuickNote } from '../QuickNote/QuickNote';
import { TalkingPoints } from '../TalkingPoints/TalkingPoints';
import { NoteItem } from '../Timeline/NoteItem';
import { FIXTURE_NOW } from '../test-fixtures';

/**
 * The XSS corpus against every place a captured item is shown: each payload as the item's text,
 * as every provenance field and as the source URL must come out as text — no element it names,
 * no event handler, no link that is not http(s) into a new tab without opener or referrer.
 */
const BEACON = 'http://127.0.0.1:9';
const CORPUS = payloads(BEACON);
const STAMP = '2025-01-01T00:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP });

/** The elements an item may contain; anything else came from a payload. */
const ALLOWED_TAGS = new Set([
  'ARTICLE',
  'LI',
  'DIV',
  'SPAN',
  'P',
  'A',
  'TIME',
  'BUTTON',
  'H3',
  'DL',
  'DT',
  'DD',
]);
const FORBIDDEN =
  'script, iframe, frame, frameset, img, image, picture, source, track, object, embed, portal, base, meta, form, input, textarea, select, style, link, svg, math, video, audio, template, noscript, details, marquee, body, title, xmp, noembed, xss';
/** Attributes that load, run or navigate, none of which a rendered item uses. */
const LOADING_ATTRIBUTES = [
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'ping',
  'background',
  'poster',
  'data',
  'style',
  'xlink:href',
  'http-equiv',
];

function expectInert(root: Element) {
  const elements = [root, ...root.querySelectorAll('*')];
  expect(elements.map((el) => el.tagName).filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
  expect(document.body.querySelectorAll(FORBIDDEN)).toHaveLength(0);
  const attributes = elements.flatMap((el) => [...el.attributes].map((a) => a.name.toLowerCase()));
  expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  expect(attributes.filter((name) => LOADING_ATTRIBUTES.includes(name))).toEqual([]);
  for (const el of elements.filter((e) => e.hasAttribute('href'))) {
    expect(el.tagName).toBe('A');
    expect(['http:', 'https:']).toContain(new URL(el.getAttribute('href')!).protocol);
    expect(el.getAttribute('target')).toBe('_blank');
    expect(el.getAttribute('rel')!.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
}

/** Renders one item and gives its root element. */
function renderItem(ui: ComponentChild, selector: string): Element {
  const { container } = renderWithI18n(ui);
  const root = container.querySelector(selector);
  expect(root).toBeTruthy();
  return root!;
}

function note(text: string, source: Provenance): TimelineNote {
  return { ...meta('n1'), ...emptyTimelineNoteDraft('acc', FIXTURE_NOW), kind: 'clip', text, source };
}
function point(text: string, source: Provenance): TalkingPoint {
  return { ...meta('t1'), ...emptyTalkingPointDraft('acc', 0), text, source };
}
function pricing(text: string, source: Provenance): PricingNote {
  return {
    ...meta('p1'),
    ...emptyPricingNoteDraft('acc'),
    product: text,
    approver: text,
    competitor: text,
    text,
    source,
  };
}

/** The three places a captured item is shown, each rendered with `text` and `source`. */
const ITEMS: [string, (text: string, source: Provenance) => Element][] = [
  [
    'timeline note',
    (text, source) =>
      renderItem(
        <NoteItem note={note(text, source)} contact={undefined} onEdit={vi.fn()} onDelete={vi.fn()} />,
        'article',
      ),
  ],
  [
    'talking point',
    (text, source) =>
      renderItem(
        <TalkingPoints
          accountId="acc"
          points={[point(text, source)]}
          contacts={[]}
          actions={fakeActions()}
        />,
        'li',
      ),
  ],
  [
    'pricing note',
    (text, source) =>
      renderItem(
        <PricingNoteCard
          note={pricing(text, source)}
          now={FIXTURE_NOW}
          onEdit={vi.fn()}
          onDelete={vi.fn()}
        />,
        'article',
      ),
  ],
];

/** Payload-carrying provenance: as every text field, or as the URL itself, or inside an http URL. */
const sources = (payload: string): [string, Provenance][] => [
  [
    'provenance fields',
    {
      url: 'https://news.example.com/acme',
      title: payload,
      capturedAt: FIXTURE_NOW.toISOString(),
      selection: payload,
      heading: payload,
      email: { from: payload, subject: payload },
    },
  ],
  ['source URL', { url: payload, title: '', capturedAt: null, selection: payload, heading: '', email: null }],
  [
    'inside an http URL',
    {
      url: `https://news.example.com/search?q=${payload}#${payload}`,
      title: 'Search',
      capturedAt: null,
      selection: payload,
      heading: '',
      email: null,
    },
  ],
];

describe('the XSS corpus', () => {
  it(`has at least 100 distinct payloads, each aimed at its own beacon path (${PAYLOAD_COUNT})`, () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CORPUS).size).toBe(CORPUS.length);
    // Decoded as a browser might (entities, percent-encoding, base64), each names /hit/<its index>.
    const reveal = (p: string) => {
      const decoded = p
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
      const base64 = [...p.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)].map((m) => atob(m[0]));
      return [p, decoded, decodeURIComponent(p.replace(/%(?![0-9a-f]{2})/gi, '%25')), ...base64].join('\n');
    };
    const host = BEACON.replace(/^http:/, '').replace(/\./g, '\\.');
    CORPUS.forEach((payload, n) => {
      // Scheme optional: one payload aims at `//host/hit/n`.
      expect(reveal(payload), payload).toMatch(new RegExp(`${host}/hit/${n}(?!\\d)`));
    });
    expect(payloadOfHit('/hit/17')).toBe(17);
    expect(payloadOfHit('/hit/88/x.png?y=1')).toBe(88);
    expect(payloadOfHit('/favicon.ico')).toBeNull();
  });

  it('covers the families the issue names', () => {
    const all = CORPUS.join('\n');
    for (const needle of [
      '<script',
      'onerror=',
      '<svg onload',
      'ontoggle',
      'autofocus onfocus',
      'javascript:',
      'vbscript:',
      'data:text/html',
      'formaction=',
      'xlink:href',
      '<base href',
      'http-equiv="refresh"',
      'url(',
      '@import',
      'expression(',
      'rel=stylesheet',
      'rel=prefetch',
      'rel=preload',
      '<form action',
      '<object',
      '<embed',
      'srcdoc=',
      '<noscript><p title="</noscript>',
      '<template>',
      '<use href',
      'ping=',
      'import(',
      '](javascript:',
      'jav&#x09;ascript:',
    ]) {
      expect(all, needle).toContain(needle);
    }
  });
});

describe.each(ITEMS)('a %s', (_, render) => {
  it.each(CORPUS.map((payload, n) => [n, payload] as const))(
    'renders payload %i inertly, as text',
    (_n, payload) => {
      for (const [where, source] of sources(payload)) {
        const root = render(payload, source);
        try {
          expectInert(root);
          // The item's own text, and wherever the source shows it, come out as the very same characters.
          expect(root.textContent, where).toContain(payload);
        } finally {
          cleanup();
        }
      }
    },
  );
});

describe('capture UI with payloads as names and titles', () => {
  it.each(CORPUS.map((payload, n) => [n, payload] as const))('payload %i', (_n, payload) => {
    const { container } = renderWithI18n(
      <>
        <CaptureToast message={payload} onUndo={vi.fn()} onOpen={vi.fn()} onDismiss={vi.fn()} />
        <PeopleCapture
          accountName={payload}
          people={[{ email: 'x@acme.com', name: payload, role: 'from', known: false }]}
          onAdd={vi.fn(async () => null)}
          onCancel={vi.fn()}
        />
        <QuickNote
          accounts={[{ id: 'a', name: payload, aliases: [], tier: 'A' }]}
          accountId="a"
          contacts={[]}
          page={{ url: payload, title: payload }}
          now={FIXTURE_NOW}
          onAccountChange={vi.fn()}
          onSave={vi.fn(async () => null)}
          onClose={vi.fn()}
        />
      </>,
    );
    expect(
      container.querySelectorAll(
        'script, iframe, img, object, embed, base, meta, style, link, svg, video, audio',
      ),
    ).toHaveLength(0);
    const attributes = [...container.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name),
    );
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(container.querySelectorAll('[href], [src], [action], [formaction], [style]')).toHaveLength(0);
    expect(container.textContent).toContain(payload);
    // The name box holds the payload (tidied as any display name is) as a value, not as markup.
    expect((container.querySelector('input[type="text"]') as HTMLInputElement).value).toBe(
      personName(payload, 'x@acme.com'),
    );
  });

  it('never makes a text-fragment link out of anything but http(s)', () => {
    for (const payload of CORPUS) {
      const href = textFragmentUrl(payload, payload);
      if (href !== null) expect(['http:', 'https:']).toContain(new URL(href).protocol);
      const inside = textFragmentUrl(`https://acme.com/?q=${payload}`, payload)!;
      expect(new URL(inside).origin).toBe('https://acme.com');
    }
  });
});
