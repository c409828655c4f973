/** Small builders for the relationship rules' tests: a client file with only what a rule reads. */
import {
  emptyAccountDraft,
  emptyContactDraft,
  emptyPricingNoteDraft,
  emptyTimelineNoteDraft,
  openComplaint,
} from '../../model/defaults';
import type { Account, ClientFileData, Contact, PricingNote, TimelineNote } from '../../model/types';

const STAMP = '2026-01-01T00:00:00.000Z';

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 'acc-1',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...emptyAccountDraft(),
    name: '星河物流',
    ...overrides,
  };
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: `con-${Math.random().toString(36).slice(2, 8)}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...emptyContactDraft('acc-1'),
    name: '王伟',
    ...overrides,
  };
}

export function note(overrides: Partial<TimelineNote> = {}): TimelineNote {
  const kind = overrides.kind ?? 'note';
  return {
    id: `note-${Math.random().toString(36).slice(2, 8)}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...emptyTimelineNoteDraft('acc-1', new Date(STAMP)),
    text: 'Talked',
    complaint: kind === 'complaint' ? openComplaint() : null,
    ...overrides,
  };
}

export function pricing(overrides: Partial<PricingNote> = {}): PricingNote {
  return {
    id: `price-${Math.random().toString(36).slice(2, 8)}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...emptyPricingNoteDraft('acc-1'),
    product: 'SD-WAN',
    ...overrides,
  };
}

/** A file with an active decision maker (so "no decision maker" stays out unless a test wants it). */
export function file(parts: Partial<ClientFileData> = {}): ClientFileData {
  return {
    account: account(),
    contacts: [contact({ id: 'con-dm', buyingRole: 'decisionMaker' })],
    talkingPoints: [],
    pricingNotes: [],
    notes: [],
    ...parts,
  };
}
