// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { organizationsInJsonLd, readMailtos, readOrganizations } from './generic';
import { type LoadedPage, loadPage } from './test-pages';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const ACME = { name: 'Acme', legalName: '', url: '', email: '', sameAs: [] };

describe('organizationsInJsonLd', () => {
  it.each([
    ['invalid JSON', '{ "@type": "Organization", "name": "Acme", }', []],
    ['empty', '', []],
    ['not an object', '"Organization"', []],
    ['plain Organization', '{"@type":"Organization","name":"Acme"}', [ACME]],
    ['full schema.org URL type', '{"@type":"https://schema.org/Organization","name":"Acme"}', [ACME]],
    ['schema: prefix', '{"@type":"schema:Corporation","name":"Acme"}', [ACME]],
    ['type array', '{"@type":["Thing","LocalBusiness"],"name":"Acme"}', [ACME]],
    ['type ending in Organization', '{"@type":"NewsMediaOrganization","name":"Acme"}', [ACME]],
    ['type ending in Business', '{"@type":"OnlineBusiness","name":"Acme"}', [ACME]],
    ['not an organization', '{"@type":"Person","name":"Acme"}', []],
    ['top-level array', '[{"@type":"WebPage"},{"@type":"Organization","name":"Acme"}]', [ACME]],
    [
      '@graph',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"Organization","name":"Acme"}]}',
      [ACME],
    ],
    [
      'nested organization is not the page subject',
      '{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Acme"}}',
      [],
    ],
    ['@type missing', '{"name":"Acme"}', []],
  ])('%s', (_case, json, expected) => {
    expect(organizationsInJsonLd(json)).toEqual(expected);
  });

  it('reads value shapes: lists, @value, @id, mailto emails, single sameAs', () => {
    const json = JSON.stringify({
      '@type': 'Organization',
      name: [{ '@value': 'Acme', '@language': 'en' }, '亚克'],
      legalName: 'Acme  Ltd.',
      url: { '@id': 'https://acme.example/' },
      email: 'mailto:Info@Acme.Example',
      sameAs: 'https://weibo.com/acme',
    });
    expect(organizationsInJsonLd(json)).toEqual([
      {
        name: 'Acme',
        legalName: 'Acme Ltd.',
        url: 'https://acme.example/',
        email: 'info@acme.example',
        sameAs: ['https://weibo.com/acme'],
      },
    ]);
  });
});

describe('readOrganizations', () => {
  it('reads microdata items of organization types, with their own properties only', () => {
    page = loadPage(
      `<div itemscope itemtype="http://schema.org/Organization">
         <span itemprop="name">Acme</span><meta itemprop="legalName" content="Acme Ltd.">
         <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="name">Not Acme</span></div>
         <a itemprop="url sameAs" href="/about">About</a>
         <span itemprop="email">mailto:Info@Acme.example</span>
       </div>
       <div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Li Wei</span></div>`,
      'https://acme.example/contact',
    );
    expect(readOrganizations(page.doc)).toEqual([
      {
        name: 'Acme',
        legalName: 'Acme Ltd.',
        url: 'https://acme.example/about',
        email: 'info@acme.example',
        sameAs: ['https://acme.example/about'],
      },
    ]);
  });

  it('drops duplicates of the same organization from JSON-LD and microdata', () => {
    page = loadPage(
      `<script type="application/ld+json">{"@type":"Organization","name":"Acme","url":"https://acme.example/"}</script>
       <div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span>
       <link itemprop="url" href="https://acme.example/"></div>`,
      'https://acme.example/',
    );
    expect(readOrganizations(page.doc)).toHaveLength(1);
  });
});

describe('readMailtos', () => {
  it('lower-cases, splits, strips queries and de-duplicates in document order', () => {
    page = loadPage(
      `<a href="mailto:B@x.com">b</a><a href="MAILTO:a@x.com,b@x.com?cc=c@x.com">a</a>
       <a href="mailto:">none</a><a href="https://x.com">web</a><area href="mailto:d@x.com">`,
      'https://x.com/',
    );
    expect(readMailtos(page.doc)).toEqual(['b@x.com', 'a@x.com', 'd@x.com']);
  });
});
