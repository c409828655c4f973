import type {
  AccountDraft,
  BasicDetails,
  BusinessDetails,
  ContactDraft,
  LogisticsDetails,
  NeedsAnalysis,
  PricingNoteDraft,
} from '../../model/types';
import type { NoteKind } from '../../model/vocabulary';

/** Groups merged field by field over the defaults of `emptyAccountDraft()`. */
type NestedGroups = 'basic' | 'business' | 'logistics' | 'needs';

/**
 * The account part of a seed: any draft field, nested groups partial. `nextContactDate` is not
 * seeded directly; it comes from `AccountSeed.nextContactInDays` so the demo always looks current.
 * When `websiteDomains` / `emailDomains` are left out they are derived from `basic.website` and the
 * contacts' email addresses.
 */
export type AccountSeedFields = Partial<Omit<AccountDraft, NestedGroups | 'nextContactDate'>> &
  Pick<AccountDraft, 'name' | 'tier' | 'portfolioQuadrant' | 'industry' | 'lifecycleStage'> & {
    basic?: Partial<BasicDetails>;
    business?: Partial<BusinessDetails>;
    logistics?: Partial<LogisticsDetails>;
    needs?: Partial<NeedsAnalysis>;
  };

export type ContactSeed = { key: string } & Partial<Omit<ContactDraft, 'accountId'>> &
  Pick<ContactDraft, 'name'> & {
    /** A birthday this many days from today (year unknown), so *Today* always has one to greet. */
    birthdayInDays?: number;
  };

export interface TalkingPointSeed {
  text: string;
  pinned?: boolean;
  /** Key of a contact of the same seed. */
  contactKey?: string;
}

export type PricingNoteSeed = Partial<Omit<PricingNoteDraft, 'accountId' | 'validUntil'>> & {
  product: string;
  /** Days from today the price stays valid (negative = expired); null/absent = open-ended. */
  validInDays?: number | null;
};

export interface NoteSeed {
  kind: NoteKind;
  /** Calendar days before today (local time). */
  daysAgo: number;
  /** Local hour of day it happened; 10 when absent. */
  hour?: number;
  text: string;
  /** Key of a contact of the same seed. */
  contactKey?: string;
  source?: { url: string; title: string };
  /** Days from today (not from the note) the follow-up is due; negative = overdue. */
  followUpInDays?: number;
  /**
   * A complaint's course: open (nothing answered yet) or closed (answered the next day and
   * settled two days later, as the note's text tells). Closed when absent.
   */
  complaint?: 'open' | 'closed';
}

/** One demo client file, with every date relative to "today" at load time. */
export interface AccountSeed {
  /** Stable slug, e.g. 'js-telecom'. */
  key: string;
  account: AccountSeedFields;
  /** Relative to today (negative = overdue); null/absent = no next contact planned. */
  nextContactInDays?: number | null;
  contacts: ContactSeed[];
  talkingPoints: TalkingPointSeed[];
  pricingNotes: PricingNoteSeed[];
  notes: NoteSeed[];
}
