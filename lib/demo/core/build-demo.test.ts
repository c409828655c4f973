import { describe, expect, it } from 'vitest';
import type { Account, Contact, PricingNote, TalkingPoint, TimelineNote } from '../../model/types';
import {
  validateAccount,
  validateContact,
  validatePricingNote,
  validateTalkingPoint,
  validateTimelineNote,
} from '../../model/validate';
import {
  BUYING_ROLES,
  INDUSTRIES,
  LIFECYCLE_STAGES,
  NOTE_KINDS,
  PORTFOLIO_QUADRANTS,
  PRICE_SENSITIVITIES,
  PURCHASE_TYPES,
  SOCIAL_STYLES,
  TIERS,
} from '../../model/vocabulary';
import { buildDemoDataset, occurredAtFor } from './build-demo';
import { DEMO_SEEDS } from './index';
import type { AccountSeed } from './seed-types';

const NOW = new Date(2025, 5, 15, 12, 30, 0); // 15 June 2025, 12:30 local time

function sequentialIds() {
  let n = 0;
  return () => `id-${++n}`;
}

const data = buildDemoDataset(DEMO_SEEDS, NOW, sequentialIds());
const CJK = /[\u4e00-\u9fff]/;
const FREE_MAIL = new Set([
  'gmail.com',
  'qq.com',
  '163.com',
  '126.com',
  'outlook.com',
  'hotmail.com',
  'foxmail.com',
  'yahoo.com',
  'icloud.com',
]);

function byAccount<T extends { accountId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.accountId, [...(map.get(row.accountId) ?? []), row]);
  return map;
}

function strip<T extends { id: string; createdAt: string; updatedAt: string }>(row: T) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = row;
  return draft;
}

describe('demo seeds', () => {
  it('has enough accounts, with unique names and keys', () => {
    expect(DEMO_SEEDS.length).toBeGreaterThanOrEqual(40);
    expect(data.accounts).toHaveLength(DEMO_SEEDS.length);
    const names = data.accounts.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    const keys = DEMO_SEEDS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('mixes Chinese-named and English-named accounts', () => {
    const chinese = data.accounts.filter((a) => CJK.test(a.name));
    const english = data.accounts.filter((a) => /^[A-Za-z]/.test(a.name) && !CJK.test(a.name));
    expect(chinese.length).toBeGreaterThanOrEqual(15);
    expect(english.length).toBeGreaterThanOrEqual(15);
  });

  it('covers every vocabulary value', () => {
    const has = <T>(values: readonly T[], seen: Iterable<T | null>) => {
      const set = new Set(seen);
      for (const v of values) expect(set, String(v)).toContain(v);
    };
    has(
      INDUSTRIES,
      data.accounts.map((a) => a.industry),
    );
    has(
      PORTFOLIO_QUADRANTS,
      data.accounts.map((a) => a.portfolioQuadrant),
    );
    has(
      TIERS,
      data.accounts.map((a) => a.tier),
    );
    has(
      LIFECYCLE_STAGES,
      data.accounts.map((a) => a.lifecycleStage),
    );
    has(
      PURCHASE_TYPES,
      data.accounts.map((a) => a.needs.purchaseType),
    );
    has(
      BUYING_ROLES,
      data.contacts.map((c) => c.buyingRole),
    );
    has(
      SOCIAL_STYLES,
      data.contacts.map((c) => c.socialStyle),
    );
    has(
      NOTE_KINDS,
      data.notes.map((n) => n.kind),
    );
    has(
      PRICE_SENSITIVITIES,
      data.pricingNotes.map((p) => p.priceSensitivity),
    );
  });

  it('gives every account contacts, talking points and notes; most have pricing notes', () => {
    const contacts = byAccount(data.contacts);
    const points = byAccount(data.talkingPoints);
    const notes = byAccount(data.notes);
    const pricing = byAccount(data.pricingNotes);
    for (const a of data.accounts) {
      expect(contacts.get(a.id)?.length ?? 0, a.name).toBeGreaterThanOrEqual(1);
      expect(points.get(a.id)?.length ?? 0, a.name).toBeGreaterThanOrEqual(1);
      expect(notes.get(a.id)?.length ?? 0, a.name).toBeGreaterThanOrEqual(1);
    }
    expect(data.accounts.filter((a) => (pricing.get(a.id)?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(
      30,
    );
  });

  it('resolves every contactKey inside its seed', () => {
    for (const seed of DEMO_SEEDS) {
      const keys = new Set(seed.contacts.map((c) => c.key));
      expect(keys.size, seed.key).toBe(seed.contacts.length);
      for (const tp of seed.talkingPoints) if (tp.contactKey) expect(keys, seed.key).toContain(tp.contactKey);
      for (const n of seed.notes) if (n.contactKey) expect(keys, seed.key).toContain(n.contactKey);
    }
  });

  it('has no free-mail domains', () => {
    const domains = [
      ...data.accounts.flatMap((a) => a.emailDomains),
      ...data.contacts.flatMap((c) => c.emails.map((e) => e.split('@')[1] ?? '')),
    ];
    expect(domains.length).toBeGreaterThan(0);
    for (const d of domains) expect(FREE_MAIL.has(d), d).toBe(false);
  });

  it('keeps floor price at or below list price', () => {
    for (const p of data.pricingNotes) {
      if (p.listPrice !== null && p.floorPrice !== null)
        expect(p.floorPrice, p.product).toBeLessThanOrEqual(p.listPrice);
    }
  });
});

describe('buildDemoDataset', () => {
  it('gives unique ids and valid foreign keys', () => {
    const all = [
      ...data.accounts,
      ...data.contacts,
      ...data.talkingPoints,
      ...data.pricingNotes,
      ...data.notes,
    ];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const accountIds = new Set(data.accounts.map((a) => a.id));
    const contactAccount = new Map(data.contacts.map((c) => [c.id, c.accountId]));
    for (const row of [...data.contacts, ...data.talkingPoints, ...data.pricingNotes, ...data.notes]) {
      expect(accountIds.has(row.accountId)).toBe(true);
    }
    for (const row of [...data.talkingPoints, ...data.notes]) {
      if (row.contactId !== null) expect(contactAccount.get(row.contactId)).toBe(row.accountId);
    }
  });

  it('stamps rows with now, lower-cases emails and domains, orders talking points', () => {
    const stamp = NOW.toISOString();
    for (const r of [...data.accounts, ...data.contacts, ...data.notes]) {
      expect(r.createdAt).toBe(stamp);
      expect(r.updatedAt).toBe(stamp);
    }
    for (const a of data.accounts) {
      for (const d of [...a.emailDomains, ...a.websiteDomains]) expect(d).toBe(d.toLowerCase());
      expect(a.websiteDomains.length, a.name).toBeGreaterThan(0);
      expect(a.emailDomains.length, a.name).toBeGreaterThan(0);
    }
    for (const c of data.contacts) for (const e of c.emails) expect(e).toBe(e.toLowerCase());
    for (const points of byAccount(data.talkingPoints).values()) {
      expect(points.map((p) => p.order)).toEqual(points.map((_, i) => i * 1000));
    }
  });

  it('computes dates relative to now', () => {
    const seed: AccountSeed = {
      key: 'date-check',
      account: {
        name: 'Date Check Co',
        tier: 'C',
        portfolioQuadrant: 'dog',
        industry: 'other',
        lifecycleStage: 'prospect',
      },
      nextContactInDays: -20,
      contacts: [{ key: 'x', name: 'X', emails: ['X.Person@Date-Check.COM'] }],
      talkingPoints: [{ text: 'a' }],
      pricingNotes: [{ product: 'p', validInDays: 30 }],
      notes: [{ kind: 'call', daysAgo: 16, hour: 9, text: 'n', contactKey: 'x', followUpInDays: 3 }],
    };
    const out = buildDemoDataset([seed], NOW, sequentialIds());
    expect(out.accounts[0]?.nextContactDate).toBe('2025-05-26');
    expect(out.pricingNotes[0]?.validUntil).toBe('2025-07-15');
    expect(out.notes[0]?.followUpDate).toBe('2025-06-18');
    expect(out.notes[0]?.occurredAt).toBe(new Date(2025, 4, 30, 9, 0, 0).toISOString());
    expect(out.contacts[0]?.emails).toEqual(['x.person@date-check.com']);
    expect(out.accounts[0]?.emailDomains).toEqual(['date-check.com']);
    expect(out.accounts[0]?.basic.legalName).toBe('');
    // A note "today" at a later hour never lands in the future.
    expect(occurredAtFor(NOW, 0, 18)).toBe(NOW.toISOString());
  });

  it('is deterministic and rejects unknown contact keys', () => {
    expect(buildDemoDataset(DEMO_SEEDS, NOW, sequentialIds())).toEqual(data);
    const bad: AccountSeed = {
      key: 'bad',
      account: {
        name: 'Bad',
        tier: 'C',
        portfolioQuadrant: 'dog',
        industry: 'other',
        lifecycleStage: 'prospect',
      },
      contacts: [{ key: 'a', name: 'A' }],
      talkingPoints: [{ text: 't', contactKey: 'nobody' }],
      pricingNotes: [],
      notes: [],
    };
    expect(() => buildDemoDataset([bad], NOW, sequentialIds())).toThrow(/nobody/);
  });

  it('builds rows that pass the model validators', () => {
    const check = <T extends { id: string; createdAt: string; updatedAt: string }>(
      rows: T[],
      validate: (draft: Omit<T, 'id' | 'createdAt' | 'updatedAt'>) => Record<string, string>,
      label: (row: T) => string,
    ) => {
      for (const row of rows) expect(validate(strip(row)), label(row)).toEqual({});
    };
    check<Account>(data.accounts, validateAccount, (a) => a.name);
    check<Contact>(data.contacts, validateContact, (c) => c.name);
    check<TalkingPoint>(data.talkingPoints, validateTalkingPoint, (t) => t.text);
    check<PricingNote>(data.pricingNotes, validatePricingNote, (p) => p.product);
    check<TimelineNote>(data.notes, validateTimelineNote, (n) => n.text);
  });
});
