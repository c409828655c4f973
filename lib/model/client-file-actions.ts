import type {
  AccountDraft,
  ContactDraft,
  FieldErrors,
  PricingNoteDraft,
  TalkingPointDraft,
  TimelineNoteDraft,
} from './types';

/** What the client file can ask for; the owner wires these to the repositories. A save resolves to null when saved. */
export interface ClientFileActions {
  saveAccount(draft: AccountDraft): Promise<FieldErrors | null>;
  /** Called only after the rep confirmed. */
  deleteAccount(): Promise<void>;
  /** `id` null creates. */
  saveContact(id: string | null, draft: ContactDraft): Promise<FieldErrors | null>;
  deleteContact(id: string): Promise<void>;
  saveTalkingPoint(id: string | null, draft: TalkingPointDraft): Promise<FieldErrors | null>;
  moveTalkingPoint(id: string, direction: -1 | 1): Promise<void>;
  setTalkingPointPinned(id: string, pinned: boolean): Promise<void>;
  deleteTalkingPoint(id: string): Promise<void>;
  savePricingNote(id: string | null, draft: PricingNoteDraft): Promise<FieldErrors | null>;
  deletePricingNote(id: string): Promise<void>;
  saveNote(id: string | null, draft: TimelineNoteDraft): Promise<FieldErrors | null>;
  deleteNote(id: string): Promise<void>;
}
