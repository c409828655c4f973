import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fitSignals, MAX_TEXT_CHARS, type PageSignals, SIGNAL_LIMITS } from './signals';
import { pageSignalsSchema } from './signals-schema';

const base: PageSignals = {
  source: 'generic',
  url: 'https://www.example.com/staff',
  host: 'www.example.com',
  title: 'Staff',
  subject: '',
  people: [],
  selfEmail: '',
  mailtos: [],
  organizations: [],
  text: '',
};

describe('fitSignals', () => {
  it('cuts a page over every cap to what the background accepts, instead of it being refused', () => {
    const huge: PageSignals = {
      ...base,
      url: `https://www.example.com/${'p'.repeat(10_000)}`,
      title: 'T'.repeat(5_000),
      people: [
        ...Array.from({ length: 600 }, (_, i) => ({ role: 'cc' as const, email: `cc${i}@x.cn`, name: 'N' })),
        { role: 'from', email: 'li.wei@acme-logistics.com', name: 'Li Wei' },
      ],
      mailtos: [
        ...Array.from({ length: 3_000 }, (_, i) => `staff${i}@big-corp.example`),
        'sales@acme-logistics.com',
      ],
      organizations: [
        ...Array.from({ length: 30 }, (_, i) => ({
          name: `Org ${i}`,
          legalName: '',
          url: '',
          email: '',
          sameAs: [],
        })),
        {
          name: 'Acme',
          legalName: '',
          url: 'https://acme-logistics.com',
          email: '',
          sameAs: Array(80).fill('x'),
        },
      ],
      text: 'x'.repeat(MAX_TEXT_CHARS + 10),
    };
    expect(v.safeParse(pageSignalsSchema, huge).success).toBe(false);
    const fitted = fitSignals(huge);
    expect(v.safeParse(pageSignalsSchema, fitted).success).toBe(true);
    // The sender outranks 600 people in cc; an organisation naming its site outranks bare names.
    expect(fitted.people).toHaveLength(SIGNAL_LIMITS.people);
    expect(fitted.people.some((p) => p.email === 'li.wei@acme-logistics.com')).toBe(true);
    expect(fitted.organizations.some((o) => o.url === 'https://acme-logistics.com')).toBe(true);
    expect(fitted.organizations.find((o) => o.name === 'Acme')?.sameAs).toHaveLength(SIGNAL_LIMITS.sameAs);
    expect(fitted.mailtos).toHaveLength(SIGNAL_LIMITS.mailtos);
    expect(fitted.title).toHaveLength(SIGNAL_LIMITS.short);
  });

  it('leaves a page within the caps as it is, and drops what cannot be an address', () => {
    const page: PageSignals = { ...base, mailtos: ['a@b.cn', `${'x'.repeat(300)}@b.cn`], text: 'Acme' };
    expect(fitSignals(page)).toEqual({ ...page, mailtos: ['a@b.cn'] });
  });
});
