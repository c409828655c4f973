import type {
  AccountDraft,
  ComplaintCourse,
  ContactDraft,
  PricingNoteDraft,
  TalkingPointDraft,
  TimelineNoteDraft,
} from './types';

/** A new account as the "new account" form starts it. */
export function emptyAccountDraft(): AccountDraft {
  return {
    name: '',
    aliases: [],
    tier: 'B',
    portfolioQuadrant: 'questionMark',
    industry: 'other',
    lifecycleStage: 'prospect',
    keyAccountType: null,
    websiteDomains: [],
    emailDomains: [],
    cadenceDays: null,
    nextContactDate: null,
    satisfaction: null,
    loyalty: null,
    basic: {
      legalName: '',
      address: '',
      phone: '',
      fax: '',
      website: '',
      bankAccount: '',
      taxId: '',
      email: '',
      logoUrl: '',
      socialProfiles: [],
    },
    business: {
      description: '',
      size: '',
      strategy: '',
      financialSituation: '',
      fiscalYearStart: '',
      fiscalYearEnd: '',
      productsInUse: '',
      usageHistory: '',
    },
    logistics: { deliveryPriority: '', serviceLevel: '', billingTerms: '', paymentTerms: '', credit: '' },
    needs: {
      current: '',
      latent: '',
      keyBuyingFactors: [],
      decisionProcess: '',
      purchaseType: null,
      competitors: [],
      competitiveSituation: '',
    },
  };
}

export function emptyContactDraft(accountId: string): ContactDraft {
  return {
    accountId,
    name: '',
    title: '',
    status: 'active',
    buyingRole: null,
    socialStyle: null,
    emails: [],
    phones: [],
    birthday: null,
    interests: [],
    family: '',
    prejudices: '',
    notes: '',
  };
}

export function emptyTalkingPointDraft(accountId: string, order = 0): TalkingPointDraft {
  return { accountId, contactId: null, text: '', pinned: false, order, source: null };
}

export function emptyPricingNoteDraft(accountId: string): PricingNoteDraft {
  return {
    accountId,
    product: '',
    currency: 'CNY',
    listPrice: null,
    floorPrice: null,
    approvedDiscountPct: null,
    approver: '',
    competitor: '',
    competitorPrice: null,
    priceSensitivity: null,
    validUntil: null,
    text: '',
    source: null,
  };
}

/** A new timeline note happening `now`. */
export function emptyTimelineNoteDraft(accountId: string, now: Date): TimelineNoteDraft {
  return {
    accountId,
    contactId: null,
    kind: 'note',
    occurredAt: now.toISOString(),
    text: '',
    source: null,
    followUpDate: null,
    complaint: null,
  };
}

/** A complaint's course as it starts: open, nothing answered yet. */
export function openComplaint(): ComplaintCourse {
  return { status: 'open', answeredAt: null, response: '', closedAt: null };
}
