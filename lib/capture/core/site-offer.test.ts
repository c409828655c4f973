import { describe, expect, it } from 'vitest';
import { siteOffer } from './site-offer';

const onSite = { reasons: [{ kind: 'siteDomain' as const }, { kind: 'nameMention' as const }] };
const mentioned = { reasons: [{ kind: 'nameMention' as const }] };

describe('siteOffer', () => {
  it('updates the client on its own site, creates one where no client is named', () => {
    expect(siteOffer(true, 'generic', [onSite])).toBe('update');
    expect(siteOffer(true, 'generic', [])).toBe('create');
    expect(siteOffer(true, null, [])).toBe('create');
  });

  it('offers nothing on a page that only mentions clients, on webmail or off the web', () => {
    expect(siteOffer(true, 'generic', [mentioned, onSite])).toBe('none');
    expect(siteOffer(true, 'gmail', [])).toBe('none');
    expect(siteOffer(false, null, [])).toBe('none');
  });
});
