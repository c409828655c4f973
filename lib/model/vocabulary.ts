/**
 * The domain's closed vocabularies (DOMAIN.md). Each value is a stable code stored in the
 * database; its label in English and Simplified Chinese lives in `locales/*.json` under the
 * same group name (e.g. `buyingRole.decisionMaker` → "Decision maker" / "决策者").
 */

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

/** Account portfolio matrix 客户组合矩阵: attractiveness × our position. */
export const PORTFOLIO_QUADRANTS = ['star', 'questionMark', 'cashCow', 'dog'] as const;
export type PortfolioQuadrant = (typeof PORTFOLIO_QUADRANTS)[number];

/** Telecom key-account industries (DOMAIN.md §1). */
export const INDUSTRIES = [
  'government',
  'finance',
  'hospitality',
  'retail',
  'realEstate',
  'logistics',
  'telecom',
  'ict',
  'manufacturing',
  'publicServices',
  'education',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** 准顾客 → 顾客 → 常顾客 → 老顾客, plus lost 流失. */
export const LIFECYCLE_STAGES = ['prospect', 'customer', 'repeatCustomer', 'loyalCustomer', 'lost'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** 垄断型 选择型 密集型 */
export const KEY_ACCOUNT_TYPES = ['exclusive', 'selective', 'intensive'] as const;
export type KeyAccountType = (typeof KEY_ACCOUNT_TYPES)[number];

/** 直接重购 调整后的重购 新购 */
export const PURCHASE_TYPES = ['straightRebuy', 'modifiedRebuy', 'newBuy'] as const;
export type PurchaseType = (typeof PURCHASE_TYPES)[number];

/** 决策者 使用者 影响者 采购者 发起人 把关者 */
export const BUYING_ROLES = [
  'decisionMaker',
  'user',
  'influencer',
  'buyer',
  'initiator',
  'gatekeeper',
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** 支配型 表达型 分析型 和蔼型 */
export const SOCIAL_STYLES = ['driver', 'expressive', 'analytical', 'amiable'] as const;
export type SocialStyle = (typeof SOCIAL_STYLES)[number];

/** Satisfaction × loyalty: 传道者 图利者 囚禁者 破坏者 (derived, never stored). */
export const LOYALTY_SEGMENTS = ['apostle', 'mercenary', 'hostage', 'saboteur'] as const;
export type LoyaltySegment = (typeof LOYALTY_SEGMENTS)[number];

export const NOTE_KINDS = ['note', 'call', 'visit', 'meeting', 'email', 'complaint', 'clip'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
/**
 * The kinds that are contact with the client — what the cadence counts from. A plain note (an
 * internal "ask the pricing desk"), a complaint the client sent and a clip the rep read are not.
 */
export const CLIENT_CONTACT_KINDS: readonly NoteKind[] = ['call', 'visit', 'meeting', 'email'];

/**
 * Whether a contact is still the client's person in that seat: active, left the company (the
 * person's own 跳槽), or moved to another role there. A decision maker who left is a churn risk.
 */
export const CONTACT_STATUSES = ['active', 'left', 'changedRole'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** A complaint's course (seed 001: record every one, answer promptly): open → answered → closed. */
export const COMPLAINT_STATUSES = ['open', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Churn risk, derived by documented rules with its reasons (never stored as a bare score). */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** 价格敏感度 */
export const PRICE_SENSITIVITIES = ['low', 'medium', 'high'] as const;
export type PriceSensitivity = (typeof PRICE_SENSITIVITIES)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** 1 (very low) … 5 (very high); satisfaction and loyalty are scored on it. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/**
 * Why page detection matched a client, strongest first: the rep's
 * correction, a contact's address, an address at the client's domain, the site itself, company
 * data on the page, the domain or the name mentioned in the text.
 */
export const MATCH_REASON_KINDS = [
  'correction',
  'contactEmail',
  'emailDomain',
  'siteDomain',
  'organization',
  'domainMention',
  'nameMention',
] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];
