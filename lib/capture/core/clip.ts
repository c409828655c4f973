import { NOTE_TEXT_MAX, SHORT_TEXT_MAX } from '../../model/limits';
import type { PricingNoteDraft, Provenance, TalkingPointDraft, TimelineNoteDraft } from '../../model/types';
import { defaultCurrency, parsePrice } from './price';

/** What the capture script reads on the rep's gesture: the page, the selection, the open message. */
export interface CapturedSelection {
  url: string;
  title: string;
  /** The selected text as the page lays it out (line breaks kept); '' when nothing is selected. */
  text: string;
  /** The nearest heading above the selection. */
  heading: string;
  /** On a webmail message: who sent it and its subject. */
  email: { from: string; subject: string } | null;
}

/** Where a selection of a page should be clipped to. */
export type ClipTarget = 'note' | 'talkingPoint' | 'pricingNote';

/** Collapses runs of blank lines and trailing spaces, keeps paragraphs; caps at `max` characters. */
export function cleanSelection(text: string, max = NOTE_TEXT_MAX): string {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

/** The provenance of a capture made `now`. */
export function provenanceOf(captured: CapturedSelection, now: Date): Provenance {
  return {
    url: captured.url,
    title: captured.title.trim().slice(0, SHORT_TEXT_MAX),
    capturedAt: now.toISOString(),
    selection: cleanSelection(captured.text),
    heading: captured.heading.trim().slice(0, SHORT_TEXT_MAX),
    email: captured.email
      ? {
          from: captured.email.from.slice(0, SHORT_TEXT_MAX),
          subject: captured.email.subject.slice(0, SHORT_TEXT_MAX),
        }
      : null,
  };
}

/** A clip note: the quoted selection in the client's timeline, happening now. */
export function clipNoteDraft(accountId: string, source: Provenance): TimelineNoteDraft {
  return {
    accountId,
    contactId: null,
    kind: 'clip',
    occurredAt: source.capturedAt ?? new Date().toISOString(),
    text: source.selection,
    source,
    followUpDate: null,
    complaint: null,
  };
}

/** A talking point from a selection (a talking point is short: long selections are cut). */
export function clipTalkingPointDraft(accountId: string, source: Provenance): TalkingPointDraft {
  return {
    accountId,
    contactId: null,
    text: cleanSelection(source.selection.replace(/\s*\n\s*/g, ' '), SHORT_TEXT_MAX),
    pinned: false,
    order: 0,
    source,
  };
}

/**
 * A pricing note prefilled from a selection: the price the text names (currency and amount), the
 * product from the heading when there is one; the rep completes it before it is saved.
 */
export function clipPricingNoteDraft(accountId: string, source: Provenance): PricingNoteDraft {
  const price = parsePrice(source.selection);
  return {
    accountId,
    product: source.heading.slice(0, 200),
    currency: price?.currency ?? defaultCurrency(source.selection),
    listPrice: price?.amount ?? null,
    floorPrice: null,
    approvedDiscountPct: null,
    approver: '',
    competitor: '',
    competitorPrice: null,
    priceSensitivity: null,
    validUntil: null,
    text: cleanSelection(source.selection, 20_000),
    source,
  };
}
