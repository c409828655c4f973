import {
  emptyAccountDraft,
  emptyContactDraft,
  emptyPricingNoteDraft,
  emptyTalkingPointDraft,
  emptyTimelineNoteDraft,
} from '../lib/model/defaults';
import { listOrder, nameKey } from '../lib/model/list-order';
import { linkProvenance } from '../lib/model/provenance';
import type {
  Account,
  AccountSummary,
  ClientFileData,
  Contact,
  PricingNote,
  RowMeta,
  TalkingPoint,
  TimelineNote,
} from '../lib/model/types';

/** The instant component tests treat as "now". */
export const FIXTURE_NOW = new Date('2025-06-15T09:00:00Z');

const STAMP = '2025-01-01T00:00:00.000Z';
const meta = (id: string): RowMeta => ({ id, createdAt: STAMP, updatedAt: STAMP });

/** An account with nothing but a name: every section should show its empty state. */
export function buildEmptyClientFile(name = '空白客户'): ClientFileData {
  return {
    account: { ...meta('acc-empty'), ...emptyAccountDraft(), name },
    contacts: [],
    talkingPoints: [],
    pricingNotes: [],
    notes: [],
  };
}

/** A fully populated client file: every field set, every section filled. */
export function buildClientFile(): ClientFileData {
  const accountId = 'acc-1';
  const base = emptyAccountDraft();
  const account: Account = {
    ...meta(accountId),
    ...base,
    name: 'Acme Logistics',
    aliases: ['Acme', '艾克姆物流'],
    tier: 'A',
    portfolioQuadrant: 'star',
    industry: 'logistics',
    lifecycleStage: 'repeatCustomer',
    keyAccountType: 'selective',
    websiteDomains: ['acme-logistics.com'],
    emailDomains: ['acme-logistics.com'],
    cadenceDays: 10,
    nextContactDate: '2025-06-20',
    satisfaction: 5,
    loyalty: 4,
    basic: {
      legalName: 'Acme Logistics Co., Ltd.',
      address: '1 Harbour Road, Shanghai',
      phone: '+86 21 5555 0000',
      fax: '+86 21 5555 0001',
      website: 'https://acme-logistics.com',
      bankAccount: 'ICBC 6222 0000 1111',
      taxId: '91310000MA1K000000',
      email: 'info@acme-logistics.com',
      logoUrl: 'https://acme-logistics.com/logo.png',
      socialProfiles: ['https://www.linkedin.com/company/acme-logistics'],
    },
    business: {
      description: 'Cold-chain and contract logistics across the Yangtze delta',
      size: '3,000 staff',
      strategy: 'Expand cold-chain network in the Yangtze delta',
      financialSituation: 'Profitable, cash-rich',
      fiscalYearStart: '01-01',
      fiscalYearEnd: '12-31',
      productsInUse: 'MPLS VPN, 200 SIMs',
      usageHistory: 'Customer since 2019',
    },
    logistics: {
      deliveryPriority: 'High',
      serviceLevel: 'Gold SLA',
      billingTerms: 'Monthly',
      paymentTerms: 'Net 60',
      credit: 'Good',
    },
    needs: {
      current: 'Faster links between depots',
      latent: 'IoT tracking of trucks',
      keyBuyingFactors: ['price', 'uptime'],
      decisionProcess: 'IT proposes, CFO approves',
      purchaseType: 'modifiedRebuy',
      competitors: ['Unicom'],
      competitiveSituation: 'Unicom pitched a bundle in May',
    },
  };
  const contacts: Contact[] = [
    {
      ...meta('con-1'),
      ...emptyContactDraft(accountId),
      name: 'Wang Lei',
      title: 'CIO',
      buyingRole: 'decisionMaker',
      socialStyle: 'driver',
      emails: ['wang.lei@acme-logistics.com'],
      phones: ['+86 138 0000 0000'],
      birthday: '--03-14',
      interests: ['golf', 'tea'],
      family: 'Two children',
      prejudices: 'Distrusts long slide decks',
      notes: 'Prefers mornings',
    },
  ];
  const talkingPoints: TalkingPoint[] = [
    {
      ...meta('tp-1'),
      ...emptyTalkingPointDraft(accountId, 0),
      text: 'Offer the cold-chain IoT pilot',
      pinned: true,
    },
    {
      ...meta('tp-2'),
      ...emptyTalkingPointDraft(accountId, 1),
      text: 'Ask about the May outage',
      contactId: 'con-1',
    },
  ];
  const pricingNotes: PricingNote[] = [
    {
      ...meta('pn-1'),
      ...emptyPricingNoteDraft(accountId),
      product: 'MPLS VPN 100M',
      currency: 'CNY',
      listPrice: 12000,
      floorPrice: 9500,
      approvedDiscountPct: 15,
      approver: 'Regional director',
      competitor: 'Unicom',
      competitorPrice: 9900,
      priceSensitivity: 'high',
      validUntil: '2025-03-31',
      text: 'Bundle with SIMs if needed',
    },
  ];
  const now = FIXTURE_NOW;
  const notes: TimelineNote[] = [
    {
      ...meta('note-1'),
      ...emptyTimelineNoteDraft(accountId, now),
      kind: 'visit',
      occurredAt: '2025-06-10T02:00:00.000Z',
      contactId: 'con-1',
      text: 'Visited the depot.\nThey want IoT tracking.',
      source: linkProvenance('https://news.example.com/acme', 'Acme expands'),
      followUpDate: '2025-06-20',
    },
    {
      ...meta('note-2'),
      ...emptyTimelineNoteDraft(accountId, now),
      kind: 'complaint',
      occurredAt: '2025-05-20T02:00:00.000Z',
      text: '<img src=x onerror=alert(1)>',
      source: linkProvenance('javascript:alert(1)', 'bad'),
    },
  ];
  return { account, contacts, talkingPoints, pricingNotes, notes };
}

export function buildSummaries(count: number): AccountSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `Account ${String(i).padStart(5, '0')}`;
    const tier = (['A', 'B', 'C'] as const)[i % 3]!;
    const nextContactDate = i % 2 === 0 ? '2025-07-01' : null;
    return {
      id: `acc-${i}`,
      name,
      aliases: [],
      tier,
      portfolioQuadrant: 'star',
      industry: 'finance',
      lifecycleStage: 'customer',
      nextContactDate,
      risk: 'low',
      order: listOrder(`acc-${i}`, nameKey(name), { tier, nextContactDate }, 'low'),
    };
  });
}
