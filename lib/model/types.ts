import type {
  BuyingRole,
  ComplaintStatus,
  ContactStatus,
  Currency,
  Industry,
  KeyAccountType,
  LifecycleStage,
  NoteKind,
  PortfolioQuadrant,
  PriceSensitivity,
  PurchaseType,
  RiskLevel,
  Score,
  SocialStyle,
  Tier,
} from './vocabulary';

/**
 * Rows are sync-ready: string ids from `crypto.randomUUID()`, ISO-8601 UTC timestamps on every
 * row, no auto-increment keys. Calendar dates (birthday, next contact, valid until) are
 * `YYYY-MM-DD` strings so they never shift with the time zone. Free text defaults to ''.
 */
export interface RowMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** 基本细节: who the client is and how to reach it. */
export interface BasicDetails {
  legalName: string;
  address: string;
  phone: string;
  fax: string;
  website: string;
  bankAccount: string;
  taxId: string;
  /** The company's general address (info@…), '' when unknown. */
  email: string;
  /** Where the company's logo is published; kept as text, never loaded (no remote images). */
  logoUrl: string;
  /** Profile pages on LinkedIn, Weibo, X and the like (http/https URLs). */
  socialProfiles: string[];
}

/** 商业细节: what the client does and how it buys. */
export interface BusinessDetails {
  /** What the company says it does (its own words, often from its website). */
  description: string;
  size: string;
  strategy: string;
  financialSituation: string;
  /** `MM-DD`, '' when unknown. */
  fiscalYearStart: string;
  fiscalYearEnd: string;
  productsInUse: string;
  usageHistory: string;
}

/** 后勤细节: how we serve and bill the client. */
export interface LogisticsDetails {
  deliveryPriority: string;
  serviceLevel: string;
  billingTerms: string;
  paymentTerms: string;
  credit: string;
}

/** Understanding the client (six-step process): needs, buying factors, decision, competition. */
export interface NeedsAnalysis {
  current: string;
  latent: string;
  keyBuyingFactors: string[];
  decisionProcess: string;
  purchaseType: PurchaseType | null;
  competitors: string[];
  competitiveSituation: string;
}

export interface Account extends RowMeta {
  name: string;
  /** Short names and other names the client goes by (简称), matched on pages later. */
  aliases: string[];
  /** Derived by lib/db on every write: readings of the Chinese names; not in drafts or backups. */
  pinyin?: PinyinReadings[];
  /**
   * The record's ids in other systems (schema v5): `hubspot:123`,
   * `salesforce:0015g00000ABCdeAAA`, so a re-import merges by them. Kept by lib/db: every stored row
   * has the list (empty when none); optional only so that drafts need not carry it, and a form's
   * save never changes it.
   */
  externalIds?: string[];
  tier: Tier;
  portfolioQuadrant: PortfolioQuadrant;
  industry: Industry;
  lifecycleStage: LifecycleStage;
  keyAccountType: KeyAccountType | null;
  /** Lower-case registrable domains, e.g. `acme-logistics.com`. */
  websiteDomains: string[];
  emailDomains: string[];
  /** Days between contacts this account deserves (from its quadrant or set by hand). */
  cadenceDays: number | null;
  nextContactDate: string | null;
  satisfaction: Score | null;
  loyalty: Score | null;
  basic: BasicDetails;
  business: BusinessDetails;
  logistics: LogisticsDetails;
  needs: NeedsAnalysis;
}

/** A person in the client's buying centre, with 个人细节. */
export interface Contact extends RowMeta {
  accountId: string;
  name: string;
  /** Derived by lib/db on every write: the name's reading (surname rules); not in drafts or backups. */
  pinyin?: PinyinReadings[];
  /** Ids in other systems (schema v5), as on `Account`. */
  externalIds?: string[];
  title: string;
  /** Schema v7: active, left the company, or changed role; rows before it are active. */
  status: ContactStatus;
  buyingRole: BuyingRole | null;
  socialStyle: SocialStyle | null;
  /** Lower-case addresses. */
  emails: string[];
  phones: string[];
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  birthday: string | null;
  /**
   * Derived by lib/db on every write (schema v7): the birthday's `MM-DD`, indexed so *Today* finds
   * the week's birthdays without reading every contact; not in drafts or backups.
   */
  birthMonthDay?: string;
  interests: string[];
  family: string;
  prejudices: string;
  notes: string;
}

export interface TalkingPoint extends RowMeta {
  accountId: string;
  contactId: string | null;
  text: string;
  pinned: boolean;
  /** Position in the rep's order; pinned points show first, then by `order`. */
  order: number;
  /** Set when the point was taken from a page. */
  source: Provenance | null;
}

export interface PricingNote extends RowMeta {
  accountId: string;
  product: string;
  currency: Currency;
  listPrice: number | null;
  floorPrice: number | null;
  /** Discount the rep may give without asking, in percent. */
  approvedDiscountPct: number | null;
  /** Who approves anything below the floor / beyond the approved discount. */
  approver: string;
  competitor: string;
  competitorPrice: number | null;
  priceSensitivity: PriceSensitivity | null;
  validUntil: string | null;
  text: string;
  /** Set when the note was taken from a page. */
  source: Provenance | null;
}

/**
 * Where a captured item came from. Every note, talking point or pricing note taken from a page
 * keeps it; a source typed by hand has only the link (`capturedAt` null, the rest empty).
 */
export interface Provenance {
  /** http(s) only. */
  url: string;
  title: string;
  /** When the rep's gesture captured it (ISO-8601), null for a link typed by hand. */
  capturedAt: string | null;
  /** The text the rep had selected, as the page showed it ('' when none). */
  selection: string;
  /** Where on the page: the nearest heading above the selection ('' when none). */
  heading: string;
  /** Captured from an open webmail message: its sender and subject. */
  email: { from: string; subject: string } | null;
}

/** One entry of the business record 商业记录: the client's timeline. */
export interface TimelineNote extends RowMeta {
  accountId: string;
  contactId: string | null;
  kind: NoteKind;
  /** When it happened (ISO-8601); the timeline is ordered by it, newest first. */
  occurredAt: string;
  text: string;
  source: Provenance | null;
  followUpDate: string | null;
  /** Schema v7: a complaint's course; null for every other kind. */
  complaint: ComplaintCourse | null;
}

/** Where a complaint stands, and when and how it was answered. */
export interface ComplaintCourse {
  status: ComplaintStatus;
  /** When the answer was given (ISO-8601); null while open. */
  answeredAt: string | null;
  /** How it was answered: what the rep did or said ('' when not recorded). */
  response: string;
  /** When the client agreed it was settled (ISO-8601); null until closed. */
  closedAt: string | null;
}

/**
 * The rep's answer to one item of *Today* or one suggested talking point (schema v7): snoozed
 * until a day, or done/dismissed for good. `itemKey` names the occurrence (`birthday:<contact>:
 * 2027-03-02`), so next year's birthday is a new item. In backups.
 */
export interface AgendaMark extends RowMeta {
  itemKey: string;
  /** The client it is about; null for an item about the whole portfolio (a holiday). */
  accountId: string | null;
  /** `YYYY-MM-DD`: hidden until that local day; null: done or dismissed for good. */
  snoozedUntil: string | null;
}

/**
 * What lib/db derives for each account on every write of its file (schema v7), indexed so *Today*
 * reads due accounts and rising risk without opening every file. Rebuilt from the files at any
 * time (upgrade, restore); never in backups.
 */
export interface AccountSignals {
  /** The account's id. */
  id: string;
  /** The newest call, visit, meeting or email with the client (ISO-8601), null when none. */
  lastContactAt: string | null;
  /** When the cadence runs out: the last contact (or the account's creation) plus its cadence days. */
  cadenceDueAt: string;
  /** The churn risk as of the last write of the file. */
  risk: RiskLevel;
  /** When a write last raised the risk (ISO-8601); null once it falls back. */
  riskRoseAt: string | null;
  /**
   * Whose holidays the account's people celebrate, by their names' script: `chinese` (春节, 中秋,
   * 国庆), `western` (Christmas). *Today* names a holiday only when someone celebrates it.
   */
  greets: ('chinese' | 'western')[];
  /**
   * What the account list, the pickers and *Today* show of the account, copied at every write of
   * it: they read these small rows, never the accounts' whole ones.
   */
  summary: SignalsSummary;
  /** Its place in the account list under each sort (indexed; see `listOrder`). */
  order: ListOrder;
}

/** An account's name and the fields that place it in the list and on the rep's day. */
export type SignalsSummary = Pick<
  Account,
  | 'name'
  | 'aliases'
  | 'tier'
  | 'portfolioQuadrant'
  | 'industry'
  | 'cadenceDays'
  | 'nextContactDate'
  | 'lifecycleStage'
>;

/**
 * A rep's correction of page detection, remembered and applied before anything else: the
 * address, domain or host `key` belongs to the account, or is not about it.
 */
export interface MatchCorrection extends RowMeta {
  /** A lower-case email address, domain or host. */
  key: string;
  accountId: string;
  verdict: 'belongsTo' | 'notThis';
}

/**
 * The pinyin of one Chinese name (`中国电信` → `zhongguodianxin`, `zgdx`, `[zhong, guo, dian, xin]`),
 * computed with pinyin-pro where rows are written and stored with them, so the quick search never
 * loads pinyin-pro.
 */
export interface PinyinReadings {
  /** Syllables joined, lower case, no tones (`ü` as `v`). */
  full: string;
  /** First letter of every syllable. */
  initials: string;
  /** One per Han character; a Latin word or number inside the name is one syllable of its own. */
  syllables: string[];
}

/** What a form edits: a row without its bookkeeping. */
export type Draft<T extends RowMeta> = Omit<T, keyof RowMeta>;
export type AccountDraft = Draft<Account>;
export type ContactDraft = Draft<Contact>;
export type TalkingPointDraft = Draft<TalkingPoint>;
export type PricingNoteDraft = Draft<PricingNote>;
export type TimelineNoteDraft = Draft<TimelineNote>;

/** Field path (`basic.website`, `emails.1`) → error code; codes are keys of `error.*` in locales. */
export type FieldErrors = Record<string, string>;

/** Everything the side panel shows for one client. Lists come ordered for display. */
export interface ClientFileData {
  account: Account;
  contacts: Contact[];
  /** Pinned first, then by `order`. */
  talkingPoints: TalkingPoint[];
  pricingNotes: PricingNote[];
  /** Newest first. */
  notes: TimelineNote[];
}

/**
 * One row of the account list; `risk` is the churn risk as of the file's last change (its
 * signals), null before they are computed.
 */
export type AccountSummary = Pick<
  Account,
  'id' | 'name' | 'aliases' | 'tier' | 'portfolioQuadrant' | 'industry' | 'lifecycleStage' | 'nextContactDate'
> & { risk?: RiskLevel | null; order: ListOrder };

export const ACCOUNT_SORTS = ['name', 'tier', 'nextContact', 'risk'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

/**
 * Where an account stands in the list under each sort: strings that order as the list does by
 * plain code-unit comparison, IndexedDB's own key order (`listOrder` in list-order.ts).
 */
export type ListOrder = Record<AccountSort, string>;
