/**
 * The shapes of the rep's day (lib/relationship): *Today*'s items, the churn risk and its reasons,
 * the suggested talking points, the holidays. Types only, so the components can take them as
 * props; the rules that make them are in lib/relationship/core.
 */
import type { Account } from './types';
import type { BuyingRole, PortfolioQuadrant, PurchaseType, RiskLevel, SocialStyle } from './vocabulary';

export const HOLIDAYS = ['newYear', 'springFestival', 'midAutumn', 'nationalDay', 'christmas'] as const;
export type Holiday = (typeof HOLIDAYS)[number];

export interface HolidayDate {
  holiday: Holiday;
  /** `YYYY-MM-DD`. */
  date: string;
}

export const AGENDA_KINDS = [
  'complaint',
  'followUp',
  'nextContact',
  'cadence',
  'risk',
  'price',
  'birthday',
  'holiday',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export type AgendaAccount = Pick<Account, 'id' | 'name' | 'tier' | 'portfolioQuadrant' | 'cadenceDays'>;

export interface AgendaItem {
  /** Names the occurrence: what a Done or a Snooze is remembered by. */
  key: string;
  kind: AgendaKind;
  /** `YYYY-MM-DD`: when it is due. */
  due: string;
  account: AgendaAccount | null;
  /** Whom it is about, when a person: the contact's id and name. */
  contact: { id: string; name: string } | null;
  /** What the reason's words need, in order: a date, a product, a count (see `agenda.reason.*`). */
  params: string[];
  /** The row it comes from (note, pricing note), for the Done action. */
  rowId: string | null;
  /** The next contact date the account's cadence proposes once this is done; null without an account. */
  proposedNext: string | null;
}

export interface Agenda {
  overdue: AgendaItem[];
  today: AgendaItem[];
  week: AgendaItem[];
}

export type RiskReason =
  | { code: 'contactOverdue'; days: number; cadence: number }
  | { code: 'openComplaint'; count: number; oldestDays: number }
  | { code: 'recentComplaint'; count: number }
  | { code: 'competitorMentioned'; competitor: string; at: string }
  | { code: 'decisionMakerLeft'; name: string }
  | { code: 'decisionMakerMoved'; name: string }
  | { code: 'noDecisionMaker' }
  | { code: 'loyalty'; segment: 'saboteur' | 'mercenary' }
  | { code: 'priceUndercut'; product: string; competitor: string };

export type RiskReasonCode = RiskReason['code'];

export interface ChurnRisk {
  level: RiskLevel;
  /** Heaviest first. */
  reasons: { reason: RiskReason; weight: number }[];
}

export type Hint =
  | {
      kind: 'contact';
      key: string;
      contactId: string;
      name: string;
      style: SocialStyle | null;
      role: BuyingRole | null;
    }
  | { kind: 'quadrant'; key: string; quadrant: PortfolioQuadrant }
  | { kind: 'complaintFirst'; key: string; noteId: string; day: string; text: string }
  | { kind: 'priceExpiring'; key: string; product: string; validUntil: string; ended: boolean }
  | { kind: 'birthday'; key: string; contactId: string; name: string; day: string }
  | { kind: 'holiday'; key: string; holiday: HolidayDate; names: string[] }
  | { kind: 'purchaseType'; key: string; purchaseType: PurchaseType }
  | { kind: 'recentClip'; key: string; noteId: string; day: string; title: string }
  | { kind: 'decisionMakerLeft'; key: string; contactId: string; name: string };

export type HintKind = Hint['kind'];

/** The kinds of note that are contact with the client: what a Done on *Today* may log. */
export type ContactKind = 'call' | 'visit' | 'meeting' | 'email';

/** What the rep logs when an item of *Today* is done. */
export interface ContactLog {
  kind: ContactKind;
  text: string;
  /** The account's next contact date from now on; null leaves it unset. */
  nextContactDate: string | null;
}

/** What the client file's relationship parts can ask for: keep a suggested point as the rep's own, or dismiss it. */
export interface HintActions {
  /** `text` is the suggestion in the rep's language, as shown. */
  keepHint(hint: Hint, text: string): Promise<void>;
  dismissHint(hint: Hint): Promise<void>;
}
