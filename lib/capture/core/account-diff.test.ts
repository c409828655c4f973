import { describe, expect, it } from 'vitest';
import type { CompanyExtract, CompanyFieldSource } from '../../model/capture';
import { emptyAccountDraft } from '../../model/defaults';
import type { AccountDraft } from '../../model/types';
import { validateAccount } from '../../model/validate';
import { applyAccountChanges, companyToAccountDraft, diffAccount, isListTarget } from './account-diff';

const s = (value: string, source: CompanyFieldSource = 'jsonLd') => ({ value, source });

const EXTRACT: CompanyExtract = {
  name: s('Northwind Freight'),
  legalName: s('Northwind Freight Systems, Inc.'),
  description: s('Cross-border trucking.', 'openGraph'),
  logoUrl: s('https://www.northwind-freight.example/logo.svg'),
  address: s('2200 Riverside Drive, Windsor, ON N8Y 1A1, Canada'),
  phones: [s('+1 (519) 555-0142'), s('+1-800-555-0199', 'link')],
  emails: [
    s('info@gmail.com', 'contactBlock'),
    s('sales@northwind-freight.example', 'link'),
    s('hr@nwf.example', 'link'),
  ],
  socialProfiles: [s('https://www.linkedin.com/company/northwind'), s('https://x.com/NorthwindFS', 'link')],
  website: s('https://www.northwind-freight.example'),
  domain: s('northwind-freight.example', 'url'),
};

function account(overrides: (draft: AccountDraft) => void = () => {}): AccountDraft {
  const draft = emptyAccountDraft();
  overrides(draft);
  return draft;
}

describe('companyToAccountDraft', () => {
  it('fills a new account from everything the site says', () => {
    const draft = companyToAccountDraft(EXTRACT, emptyAccountDraft());
    expect(draft).toMatchObject({
      name: 'Northwind Freight',
      websiteDomains: ['northwind-freight.example'],
      emailDomains: ['northwind-freight.example', 'nwf.example'],
      basic: {
        legalName: 'Northwind Freight Systems, Inc.',
        logoUrl: 'https://www.northwind-freight.example/logo.svg',
        address: '2200 Riverside Drive, Windsor, ON N8Y 1A1, Canada',
        phone: '+1 (519) 555-0142',
        email: 'info@gmail.com',
        website: 'https://www.northwind-freight.example',
        socialProfiles: ['https://www.linkedin.com/company/northwind', 'https://x.com/NorthwindFS'],
      },
      business: { description: 'Cross-border trucking.' },
    });
    expect(validateAccount(draft)).toEqual({});
  });

  it('falls back to the legal name, then the domain, for the name; to https://domain for the website', () => {
    const noName = { ...EXTRACT, name: null, website: null };
    expect(companyToAccountDraft(noName, emptyAccountDraft())).toMatchObject({
      name: 'Northwind Freight Systems, Inc.',
      basic: { website: 'https://northwind-freight.example' },
    });
    expect(companyToAccountDraft({ ...noName, legalName: null }, emptyAccountDraft()).name).toBe(
      'northwind-freight.example',
    );
  });

  it('keeps what the base has in lists and leaves fields the site says nothing about', () => {
    const base = account((d) => {
      d.websiteDomains = ['northwind.example'];
      d.basic.fax = '+1 519 555 0143';
      d.tier = 'A';
    });
    const empty: CompanyExtract = {
      ...EXTRACT,
      description: null,
      phones: [],
      emails: [],
      socialProfiles: [],
    };
    const draft = companyToAccountDraft(empty, base);
    expect(draft.websiteDomains).toEqual(['northwind.example', 'northwind-freight.example']);
    expect(draft.basic.fax).toBe('+1 519 555 0143');
    expect(draft.tier).toBe('A');
    expect(draft.basic.phone).toBe('');
    expect(draft.business.description).toBe('');
  });
});

describe('diffAccount', () => {
  it('proposes every field of an empty account, all accepted by default', () => {
    const changes = diffAccount(
      account((d) => (d.name = '')),
      EXTRACT,
    );
    expect(changes.map((c) => c.path)).toEqual([
      'name',
      'basic.legalName',
      'business.description',
      'basic.logoUrl',
      'basic.address',
      'basic.phone',
      'basic.email',
      'basic.website',
      'basic.socialProfiles',
      'websiteDomains',
      'emailDomains',
    ]);
    expect(changes.every((c) => c.acceptByDefault)).toBe(true);
    expect(changes.find((c) => c.path === 'business.description')?.source).toBe('openGraph');
  });

  it('proposes a different value without accepting it, and nothing where the account agrees', () => {
    const existing = account((d) => {
      d.name = 'NORTHWIND   freight';
      d.basic.legalName = 'Northwind Freight Ltd.';
      d.basic.phone = '800-555-0199';
      d.basic.email = 'Sales@Northwind-Freight.example';
      d.basic.website = 'https://northwind-freight.example/';
      d.basic.address = 'Windsor';
    });
    const changes = diffAccount(existing, EXTRACT);
    const byPath = Object.fromEntries(changes.map((c) => [c.path, c]));
    expect(byPath.name).toBeUndefined();
    expect(byPath['basic.phone']).toBeUndefined();
    expect(byPath['basic.email']).toBeUndefined();
    expect(byPath['basic.website']).toBeUndefined();
    expect(byPath['basic.legalName']).toEqual({
      path: 'basic.legalName',
      current: 'Northwind Freight Ltd.',
      proposed: 'Northwind Freight Systems, Inc.',
      source: 'jsonLd',
      acceptByDefault: false,
    });
    expect(byPath['basic.address']?.acceptByDefault).toBe(false);
    expect(byPath['business.description']?.acceptByDefault).toBe(true);
  });

  it('proposes the union for lists, and no change when the site adds nothing', () => {
    const existing = account((d) => {
      d.websiteDomains = ['northwind-freight.example'];
      d.emailDomains = ['nwf.example'];
      d.basic.socialProfiles = ['https://linkedin.com/company/northwind/'];
    });
    const changes = diffAccount(existing, EXTRACT);
    expect(changes.find((c) => c.path === 'websiteDomains')).toBeUndefined();
    expect(changes.find((c) => c.path === 'emailDomains')).toEqual({
      path: 'emailDomains',
      current: ['nwf.example'],
      proposed: ['nwf.example', 'northwind-freight.example'],
      source: 'link',
      acceptByDefault: false,
    });
    expect(changes.find((c) => c.path === 'basic.socialProfiles')?.proposed).toEqual([
      'https://linkedin.com/company/northwind/',
      'https://x.com/NorthwindFS',
    ]);
  });

  it('proposes nothing from an empty extract', () => {
    const nothing: CompanyExtract = {
      name: null,
      legalName: null,
      description: null,
      logoUrl: null,
      address: null,
      phones: [],
      emails: [],
      socialProfiles: [],
      website: null,
      domain: null,
    };
    expect(diffAccount(account(), nothing)).toEqual([]);
  });
});

describe('applyAccountChanges', () => {
  it('applies only the accepted changes, to a copy', () => {
    const existing = {
      ...account((d) => (d.name = 'Northwind')),
      id: 'acc-1',
      createdAt: 'x',
      updatedAt: 'x',
    };
    const changes = diffAccount(existing, EXTRACT);
    const accepted = changes.filter((c) => c.path === 'basic.legalName' || isListTarget(c.path));
    const next = applyAccountChanges(existing, accepted);
    expect(next.id).toBe('acc-1');
    expect(next.name).toBe('Northwind');
    expect(next.basic.legalName).toBe('Northwind Freight Systems, Inc.');
    expect(next.basic.phone).toBe('');
    expect(next.websiteDomains).toEqual(['northwind-freight.example']);
    expect(next.basic.socialProfiles).toHaveLength(2);
    expect(existing.basic.legalName).toBe('');
    expect(existing.websiteDomains).toEqual([]);
    expect(applyAccountChanges(existing, [])).toEqual(existing);
  });
});
