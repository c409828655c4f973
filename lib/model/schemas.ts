import * as v from 'valibot';
import {
  BUYING_ROLES,
  COMPLAINT_STATUSES,
  CONTACT_STATUSES,
  CURRENCIES,
  INDUSTRIES,
  KEY_ACCOUNT_TYPES,
  LIFECYCLE_STAGES,
  NOTE_KINDS,
  PORTFOLIO_QUADRANTS,
  PRICE_SENSITIVITIES,
  PURCHASE_TYPES,
  SOCIAL_STYLES,
  TIERS,
} from './vocabulary';

/**
 * One schema per row type, used twice: to validate what a form submits (field errors) and every
 * row of a backup file before anything is written. Messages are error codes (`error.<code>` in
 * the locales). Objects are strict: an unknown key — `__proto__` included — is an error.
 */

import { LONG_TEXT_MAX, NAME_MAX, NOTE_TEXT_MAX, SHORT_TEXT_MAX } from './limits';

export { LONG_TEXT_MAX, NAME_MAX, NOTE_TEXT_MAX, SHORT_TEXT_MAX };

const LIST_MAX = 100;

const text = (max: number) => v.pipe(v.string('invalidChoice'), v.maxLength(max, 'tooLong'));
const requiredText = (max: number) =>
  v.pipe(v.string('invalidChoice'), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'tooLong'));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIST_MAX, 'tooLong'));
const choice = <T extends readonly string[]>(options: T) => v.picklist(options, 'invalidChoice');

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
/** `YYYY-MM-DD`, a real calendar day. */
export const dateSchema = v.pipe(
  v.string('invalidDate'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate'),
  v.check(isCalendarDate, 'invalidDate'),
);
/** `MM-DD` (fiscal year start/end), or ''. */
const monthDay = v.union(
  [
    v.literal(''),
    v.pipe(
      v.string(),
      v.check((s) => /^\d{2}-\d{2}$/.test(s) && isCalendarDate(`2024-${s}`), 'invalidMonthDay'),
    ),
  ],
  'invalidMonthDay',
);
/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
const birthday = v.union(
  [
    dateSchema,
    v.pipe(
      v.string(),
      v.check((s) => /^--\d{2}-\d{2}$/.test(s) && isCalendarDate(`2024-${s.slice(2)}`), 'invalidDate'),
    ),
  ],
  'invalidDate',
);
const timestamp = v.pipe(
  v.string('invalidDate'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'invalidDate'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'invalidDate'),
);
const domain = v.pipe(
  v.string('invalidDomain'),
  v.regex(
    /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(xn--[a-z0-9-]+|[a-z]{2,63})$/,
    'invalidDomain',
  ),
);
const email = v.pipe(v.string('invalidEmail'), v.maxLength(254, 'tooLong'), v.email('invalidEmail'));
const phone = v.pipe(
  v.string('invalidPhone'),
  v.maxLength(40, 'tooLong'),
  v.regex(/^\+?[\d\s\-().]{5,}((\s*(ext\.?|x|转|分机)\s*)\d{1,6})?$/i, 'invalidPhone'),
  v.check((s) => (s.match(/\d/g) ?? []).length >= 5, 'invalidPhone'),
);
const httpUrl = v.pipe(
  v.string('invalidUrl'),
  v.maxLength(4_000, 'tooLong'),
  v.check((s) => {
    try {
      const { protocol } = new URL(s);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'invalidUrl'),
);
const websiteUrl = v.union([v.literal(''), httpUrl], 'invalidUrl');
const id = v.pipe(v.string('invalidChoice'), v.nonEmpty('required'), v.maxLength(100, 'tooLong'));
const money = v.nullable(
  v.pipe(
    v.number('notANumber'),
    v.finite('notANumber'),
    v.minValue(0, 'negative'),
    v.maxValue(1e12, 'tooLong'),
  ),
);
const score = v.nullable(v.picklist([1, 2, 3, 4, 5], 'invalidChoice'));

const meta = { id, createdAt: timestamp, updatedAt: timestamp };

/**
 * A record's id in another system (schema v5): `hubspot:123`, `salesforce:0015g00000ABCdeAAA`,
 * `dossier:<uuid>` — a system name, a colon, an id without spaces.
 */
export const externalIdSchema = v.pipe(
  v.string('invalidChoice'),
  v.maxLength(140, 'tooLong'),
  v.regex(/^[^\s:;]+:[^\s;]+$/, 'invalidChoice'),
);
/**
 * Stored rows only (drafts never carry it, lib/db keeps it). Optional: a backup row without the
 * key is restored with none, like a row from before version 5 (`upgradeRow`).
 */
const externalIds = v.optional(list(externalIdSchema));

/** Where a captured item came from; see `Provenance`. */
export const provenanceSchema = v.strictObject({
  url: httpUrl,
  title: text(SHORT_TEXT_MAX),
  capturedAt: v.nullable(timestamp),
  selection: text(NOTE_TEXT_MAX),
  heading: text(SHORT_TEXT_MAX),
  email: v.nullable(v.strictObject({ from: text(SHORT_TEXT_MAX), subject: text(SHORT_TEXT_MAX) })),
});
const source = v.nullable(provenanceSchema);

const accountEntries = {
  name: requiredText(NAME_MAX),
  aliases: list(requiredText(NAME_MAX)),
  tier: choice(TIERS),
  portfolioQuadrant: choice(PORTFOLIO_QUADRANTS),
  industry: choice(INDUSTRIES),
  lifecycleStage: choice(LIFECYCLE_STAGES),
  keyAccountType: v.nullable(choice(KEY_ACCOUNT_TYPES)),
  websiteDomains: list(domain),
  emailDomains: list(domain),
  cadenceDays: v.nullable(
    v.pipe(
      v.number('notANumber'),
      v.integer('notANumber'),
      v.minValue(1, 'negative'),
      v.maxValue(3650, 'tooLong'),
    ),
  ),
  nextContactDate: v.nullable(dateSchema),
  satisfaction: score,
  loyalty: score,
  basic: v.strictObject({
    legalName: text(NAME_MAX),
    address: text(SHORT_TEXT_MAX),
    phone: v.union([v.literal(''), phone], 'invalidPhone'),
    fax: v.union([v.literal(''), phone], 'invalidPhone'),
    website: websiteUrl,
    bankAccount: text(NAME_MAX),
    taxId: text(NAME_MAX),
    email: v.union([v.literal(''), email], 'invalidEmail'),
    logoUrl: websiteUrl,
    socialProfiles: list(httpUrl),
  }),
  business: v.strictObject({
    description: text(LONG_TEXT_MAX),
    size: text(SHORT_TEXT_MAX),
    strategy: text(LONG_TEXT_MAX),
    financialSituation: text(LONG_TEXT_MAX),
    fiscalYearStart: monthDay,
    fiscalYearEnd: monthDay,
    productsInUse: text(LONG_TEXT_MAX),
    usageHistory: text(LONG_TEXT_MAX),
  }),
  logistics: v.strictObject({
    deliveryPriority: text(SHORT_TEXT_MAX),
    serviceLevel: text(SHORT_TEXT_MAX),
    billingTerms: text(SHORT_TEXT_MAX),
    paymentTerms: text(SHORT_TEXT_MAX),
    credit: text(SHORT_TEXT_MAX),
  }),
  needs: v.strictObject({
    current: text(LONG_TEXT_MAX),
    latent: text(LONG_TEXT_MAX),
    keyBuyingFactors: list(requiredText(SHORT_TEXT_MAX)),
    decisionProcess: text(LONG_TEXT_MAX),
    purchaseType: v.nullable(choice(PURCHASE_TYPES)),
    competitors: list(requiredText(NAME_MAX)),
    competitiveSituation: text(LONG_TEXT_MAX),
  }),
};

const contactEntries = {
  accountId: id,
  name: requiredText(NAME_MAX),
  title: text(NAME_MAX),
  status: choice(CONTACT_STATUSES),
  buyingRole: v.nullable(choice(BUYING_ROLES)),
  socialStyle: v.nullable(choice(SOCIAL_STYLES)),
  emails: list(email),
  phones: list(phone),
  birthday: v.nullable(birthday),
  interests: list(requiredText(NAME_MAX)),
  family: text(SHORT_TEXT_MAX),
  prejudices: text(SHORT_TEXT_MAX),
  notes: text(LONG_TEXT_MAX),
};

const talkingPointEntries = {
  accountId: id,
  contactId: v.nullable(id),
  text: requiredText(SHORT_TEXT_MAX),
  pinned: v.boolean('invalidChoice'),
  order: v.pipe(v.number('notANumber'), v.finite('notANumber')),
  source,
};

const pricingNoteEntries = {
  accountId: id,
  product: requiredText(NAME_MAX),
  currency: choice(CURRENCIES),
  listPrice: money,
  floorPrice: money,
  approvedDiscountPct: v.nullable(
    v.pipe(
      v.number('notANumber'),
      v.minValue(0, 'discountOutOfRange'),
      v.maxValue(100, 'discountOutOfRange'),
    ),
  ),
  approver: text(NAME_MAX),
  competitor: text(NAME_MAX),
  competitorPrice: money,
  priceSensitivity: v.nullable(choice(PRICE_SENSITIVITIES)),
  validUntil: v.nullable(dateSchema),
  text: text(LONG_TEXT_MAX),
  source,
};

/** The floor is what we may go down to: it can never be above the list price. */
const floorNotAboveList = (p: { listPrice: number | null; floorPrice: number | null }) =>
  p.listPrice === null || p.floorPrice === null || p.floorPrice <= p.listPrice;

/** A complaint's course: an answered one says when, a closed one when it was settled. */
const complaintCourse = v.pipe(
  v.strictObject({
    status: choice(COMPLAINT_STATUSES),
    answeredAt: v.nullable(timestamp),
    response: text(LONG_TEXT_MAX),
    closedAt: v.nullable(timestamp),
  }),
  v.forward(
    v.check((c) => c.status === 'open' || c.answeredAt !== null, 'required'),
    ['answeredAt'],
  ),
  v.forward(
    v.check((c) => c.status !== 'closed' || c.closedAt !== null, 'required'),
    ['closedAt'],
  ),
);

const timelineNoteEntries = {
  accountId: id,
  contactId: v.nullable(id),
  kind: choice(NOTE_KINDS),
  occurredAt: timestamp,
  text: requiredText(NOTE_TEXT_MAX),
  source,
  followUpDate: v.nullable(dateSchema),
  complaint: v.nullable(complaintCourse),
};

/** A complaint has its course, and only a complaint has one. */
const courseOnlyOnComplaints = (n: { kind: string; complaint: unknown }) =>
  (n.kind === 'complaint') === (n.complaint !== null);

const matchCorrectionEntries = {
  key: v.pipe(
    v.string('invalidChoice'),
    v.nonEmpty('required'),
    v.maxLength(254, 'tooLong'),
    v.regex(/^[^\sA-Z]+$/, 'invalidChoice'),
  ),
  accountId: id,
  verdict: v.picklist(['belongsTo', 'notThis'], 'invalidChoice'),
};

export const accountDraftSchema = v.strictObject(accountEntries);
export const contactDraftSchema = v.strictObject(contactEntries);
export const talkingPointDraftSchema = v.strictObject(talkingPointEntries);
export const pricingNoteDraftSchema = v.pipe(
  v.strictObject(pricingNoteEntries),
  v.forward(v.partialCheck([['listPrice'], ['floorPrice']], floorNotAboveList, 'floorAboveList'), [
    'floorPrice',
  ]),
);
export const timelineNoteDraftSchema = v.pipe(
  v.strictObject(timelineNoteEntries),
  v.forward(v.partialCheck([['kind'], ['complaint']], courseOnlyOnComplaints, 'invalidChoice'), [
    'complaint',
  ]),
);

export const accountRowSchema = v.strictObject({ ...meta, ...accountEntries, externalIds });
export const contactRowSchema = v.strictObject({ ...meta, ...contactEntries, externalIds });
export const talkingPointRowSchema = v.strictObject({ ...meta, ...talkingPointEntries });
export const pricingNoteRowSchema = v.pipe(
  v.strictObject({ ...meta, ...pricingNoteEntries }),
  v.forward(v.partialCheck([['listPrice'], ['floorPrice']], floorNotAboveList, 'floorAboveList'), [
    'floorPrice',
  ]),
);
export const timelineNoteRowSchema = v.pipe(
  v.strictObject({ ...meta, ...timelineNoteEntries }),
  v.forward(v.partialCheck([['kind'], ['complaint']], courseOnlyOnComplaints, 'invalidChoice'), [
    'complaint',
  ]),
);

/** An item key: a kind, a colon, what it is about (ids and dates, no spaces). */
const itemKey = v.pipe(
  v.string('invalidChoice'),
  v.maxLength(300, 'tooLong'),
  v.regex(/^[a-zA-Z]+:[^\s]+$/, 'invalidChoice'),
);
export const agendaMarkRowSchema = v.strictObject({
  ...meta,
  itemKey,
  accountId: v.nullable(id),
  snoozedUntil: v.nullable(dateSchema),
});
export const matchCorrectionDraftSchema = v.strictObject(matchCorrectionEntries);
export const matchCorrectionRowSchema = v.strictObject({ ...meta, ...matchCorrectionEntries });
