import {
  emptyAccountDraft,
  emptyContactDraft,
  emptyPricingNoteDraft,
  emptyTalkingPointDraft,
  emptyTimelineNoteDraft,
  openComplaint,
} from '../../model/defaults';
import { localDayPlus } from '../../model/local-day';
import { linkProvenance } from '../../model/provenance';
import type {
  Account,
  ComplaintCourse,
  Contact,
  PricingNote,
  TalkingPoint,
  TimelineNote,
} from '../../model/types';
import type { AccountSeed, NoteSeed } from './seed-types';

export interface DemoDataset {
  accounts: Account[];
  contacts: Contact[];
  talkingPoints: TalkingPoint[];
  pricingNotes: PricingNote[];
  notes: TimelineNote[];
}

const DEFAULT_NOTE_HOUR = 10;

/** ISO instant of `hour`:00 local time, `daysAgo` local days before `now`; never later than `now`. */
export function occurredAtFor(now: Date, daysAgo: number, hour: number): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour, 0, 0, 0);
  return (d.getTime() > now.getTime() ? now : d).toISOString();
}

function relativeDate(now: Date, days: number | null | undefined): string | null {
  return days === null || days === undefined ? null : localDayPlus(now, days);
}

/** A seeded complaint's course; a closed one was answered the next day and settled two days later. */
function complaintCourse(now: Date, n: NoteSeed): ComplaintCourse {
  if (n.complaint === 'open') return openComplaint();
  const day = (offset: number) =>
    occurredAtFor(now, Math.max(0, n.daysAgo - offset), n.hour ?? DEFAULT_NOTE_HOUR);
  return { status: 'closed', answeredAt: day(1), response: '', closedAt: day(3) };
}

/** `https://www.Acme-Logistics.com/about` → `acme-logistics.com`. */
function domainOfUrl(url: string): string | null {
  const m = /^(?:[a-z]+:\/\/)?([^/:?#\s]+)/i.exec(url.trim());
  if (!m?.[1]) return null;
  return m[1].toLowerCase().replace(/^www\./, '');
}

function domainOfEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at < 0 ? null : email.slice(at + 1).toLowerCase();
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Turns seeds into full rows. Pure: the same seeds, `now` and id sequence give the same rows.
 * Throws when a seed refers to a contact key it does not define.
 */
export function buildDemoDataset(seeds: readonly AccountSeed[], now: Date, newId: () => string): DemoDataset {
  const stamp = now.toISOString();
  const meta = () => ({ id: newId(), createdAt: stamp, updatedAt: stamp });
  const out: DemoDataset = { accounts: [], contacts: [], talkingPoints: [], pricingNotes: [], notes: [] };

  for (const seed of seeds) {
    const base = emptyAccountDraft();
    const { basic, business, logistics, needs, ...top } = seed.account;
    const accountMeta = meta();
    const accountId = accountMeta.id;

    const contactIds = new Map<string, string>();
    const contacts: Contact[] = seed.contacts.map(({ key, birthdayInDays, ...fields }) => {
      if (contactIds.has(key)) throw new Error(`demo seed ${seed.key}: duplicate contact key ${key}`);
      const row: Contact = {
        ...meta(),
        ...emptyContactDraft(accountId),
        ...fields,
        accountId,
      };
      if (birthdayInDays !== undefined) row.birthday = `--${localDayPlus(now, birthdayInDays).slice(5)}`;
      row.emails = row.emails.map((e) => e.trim().toLowerCase());
      row.phones = [...row.phones];
      row.interests = [...row.interests];
      contactIds.set(key, row.id);
      return row;
    });
    const contactId = (key: string | undefined): string | null => {
      if (key === undefined) return null;
      const id = contactIds.get(key);
      if (id === undefined) throw new Error(`demo seed ${seed.key}: unknown contact key ${key}`);
      return id;
    };

    const merged = {
      ...base,
      ...top,
      basic: { ...base.basic, ...basic },
      business: { ...base.business, ...business },
      logistics: { ...base.logistics, ...logistics },
      needs: { ...base.needs, ...needs },
    };
    const websiteDomains = merged.websiteDomains.length
      ? merged.websiteDomains
      : [domainOfUrl(merged.basic.website)].filter((d): d is string => !!d);
    const emailDomains = merged.emailDomains.length
      ? merged.emailDomains
      : contacts.flatMap((c) => c.emails.map(domainOfEmail)).filter((d): d is string => !!d);
    const account: Account = {
      ...accountMeta,
      ...merged,
      aliases: [...merged.aliases],
      websiteDomains: unique(websiteDomains.map((d) => d.trim().toLowerCase())),
      emailDomains: unique(emailDomains.map((d) => d.trim().toLowerCase())),
      nextContactDate: relativeDate(now, seed.nextContactInDays),
      needs: {
        ...merged.needs,
        keyBuyingFactors: [...merged.needs.keyBuyingFactors],
        competitors: [...merged.needs.competitors],
      },
    };
    out.accounts.push(account);
    out.contacts.push(...contacts);

    seed.talkingPoints.forEach((tp, i) => {
      out.talkingPoints.push({
        ...meta(),
        ...emptyTalkingPointDraft(accountId, i * 1000),
        contactId: contactId(tp.contactKey),
        text: tp.text,
        pinned: tp.pinned ?? false,
      });
    });

    for (const { validInDays, ...fields } of seed.pricingNotes) {
      out.pricingNotes.push({
        ...meta(),
        ...emptyPricingNoteDraft(accountId),
        ...fields,
        accountId,
        validUntil: relativeDate(now, validInDays),
      });
    }

    for (const n of seed.notes) {
      out.notes.push({
        ...meta(),
        ...emptyTimelineNoteDraft(accountId, now),
        contactId: contactId(n.contactKey),
        kind: n.kind,
        occurredAt: occurredAtFor(now, n.daysAgo, n.hour ?? DEFAULT_NOTE_HOUR),
        text: n.text,
        source: n.source ? linkProvenance(n.source.url, n.source.title) : null,
        followUpDate: relativeDate(now, n.followUpInDays),
        complaint: n.kind === 'complaint' ? complaintCourse(now, n) : null,
      });
    }
  }
  return out;
}
