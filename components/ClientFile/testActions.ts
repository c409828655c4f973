import { vi } from 'vitest';
import type { ClientFileActions } from '../../lib/model/client-file-actions';

/** Every action as a spy that succeeds; override what a test needs. */
export function fakeActions(overrides: Partial<ClientFileActions> = {}): ClientFileActions {
  return {
    saveAccount: vi.fn(async () => null),
    deleteAccount: vi.fn(async () => {}),
    saveContact: vi.fn(async () => null),
    deleteContact: vi.fn(async () => {}),
    saveTalkingPoint: vi.fn(async () => null),
    moveTalkingPoint: vi.fn(async () => {}),
    setTalkingPointPinned: vi.fn(async () => {}),
    deleteTalkingPoint: vi.fn(async () => {}),
    savePricingNote: vi.fn(async () => null),
    deletePricingNote: vi.fn(async () => {}),
    saveNote: vi.fn(async () => null),
    deleteNote: vi.fn(async () => {}),
    ...overrides,
  };
}
