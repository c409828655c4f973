import { emptyAccountDraft, emptyContactDraft, emptyTimelineNoteDraft } from '../model/defaults';
import type { TeamConnection } from '../model/team-sync';
import type { AccountDraft, ContactDraft, TimelineNote } from '../model/types';
import { DossierDatabase } from './database';

/** A fresh, uniquely named database on fake-indexeddb. */
export function openTestDatabase(): DossierDatabase {
  return new DossierDatabase(`test-${crypto.randomUUID()}`);
}

export function accountDraft(overrides: Partial<AccountDraft> = {}): AccountDraft {
  return { ...emptyAccountDraft(), name: 'Acme Logistics', ...overrides };
}

export function contactDraft(accountId: string, overrides: Partial<ContactDraft> = {}): ContactDraft {
  return { ...emptyContactDraft(accountId), name: '李伟', ...overrides };
}

/**
 * `count` stored notes of an account, each with a follow-up on `followUpDate` (ids `n-0000`…,
 * in that order), written in January: a rep's backlog, for bulk writes that skip the repositories.
 */
export function followUpRows(accountId: string, count: number, followUpDate: string): TimelineNote[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `n-${String(i).padStart(4, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...emptyTimelineNoteDraft(accountId, new Date('2026-01-01T00:00:00Z')),
    text: 'Old follow-up',
    followUpDate,
  }));
}

/** A team connection as the options page stores it (bob, a rep of team acme), with `overrides`. */
export function teamConnection(overrides: Partial<TeamConnection> = {}): TeamConnection {
  return {
    key: 'connection',
    origin: 'https://couch.example.com',
    team: 'acme',
    login: 'bob',
    password: 'pw',
    role: 'rep',
    connectedAt: '2026-12-05T09:00:00.000Z',
    ...overrides,
  };
}
