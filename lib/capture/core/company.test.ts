import { describe, expect, it } from 'vitest';
import type { CapturedPage } from '../../model/capture';
import { extractCompany } from './company';

function page(overrides: Partial<CapturedPage> = {}): CapturedPage {
  return {
    url: 'https://www.acme.example/about',
    title: '',
    lang: 'en',
    jsonLd: [],
    meta: [],
    microdata: [],
    links: [],
    icons: [],
    contactBlocks: [],
    text: '',
    ...overrides,
  };
}

const ld = (data: unknown) => JSON.stringify(data);

describe('extractCompany: JSON-LD', () => {
  it('reads an Organization inside @graph, with nested @type arrays, ImageObject logo and contact points', () => {
    const extract = extractCompany(
      page({
        jsonLd: [
          ld({
            '@context': 'https://schema.org',
            '@graph': [
              { '@type': 'WebPage', name: 'About' },
              {
                '@type': ['Thing', 'schema:Corporation'],
                name: 'Acme',
                legalName: 'Acme Holdings Ltd.',
                description: 'We <em>ship</em> things.',
                url: 'https://acme.example/',
                logo: { '@type': 'ImageObject', contentUrl: '/img/logo.svg' },
                telephone: 'tel:+44 20 7946 0000',
                email: 'mailto:Info@Acme.example',
                contactPoint: {
                  '@type': 'ContactPoint',
                  telephone: '+44-20-7946-0001',
                  email: 'sales@acme.example',
                },
                sameAs: ['https://www.linkedin.com/company/acme', 'https://www.wikidata.org/wiki/Q1'],
              },
            ],
          }),
        ],
      }),
    );
    expect(extract).toMatchObject({
      name: { value: 'Acme', source: 'jsonLd' },
      legalName: { value: 'Acme Holdings Ltd.', source: 'jsonLd' },
      description: { value: 'We ship things.', source: 'jsonLd' },
      logoUrl: { value: 'https://www.acme.example/img/logo.svg', source: 'jsonLd' },
      website: { value: 'https://acme.example', source: 'jsonLd' },
      domain: { value: 'acme.example', source: 'url' },
    });
    expect(extract.phones.map((p) => p.value)).toEqual(['+44 20 7946 0000', '+44-20-7946-0001']);
    expect(extract.emails.map((e) => e.value)).toEqual(['info@acme.example', 'sales@acme.example']);
    expect(extract.socialProfiles.map((s) => s.value)).toEqual(['https://www.linkedin.com/company/acme']);
  });

  it('reads top-level arrays and a page publisher, preferring the organization on the page’s own domain', () => {
    const extract = extractCompany(
      page({
        jsonLd: [
          ld([{ '@type': 'Organization', name: 'Partner Co', url: 'https://partner.example' }]),
          ld({
            '@type': 'WebSite',
            publisher: { '@type': 'Organization', name: 'Acme', url: 'https://acme.example' },
          }),
        ],
      }),
    );
    expect(extract.name).toEqual({ value: 'Acme', source: 'jsonLd' });
  });

  it.each([
    ['a string', '1 Main St, Springfield', '1 Main St, Springfield'],
    [
      'an English PostalAddress',
      {
        streetAddress: '1 Main St',
        addressLocality: 'Springfield',
        addressRegion: 'IL',
        postalCode: '62701',
        addressCountry: 'US',
      },
      '1 Main St, Springfield, IL 62701, US',
    ],
    [
      'a Chinese PostalAddress (country → region → city → street, no spaces)',
      {
        streetAddress: '浦东新区外高桥保税区88号',
        addressLocality: '上海市',
        addressRegion: '上海市',
        addressCountry: { '@type': 'Country', name: '中国' },
        postalCode: '200131',
      },
      '中国上海市浦东新区外高桥保税区88号 200131',
    ],
    [
      'a Chinese street that already names the city',
      { streetAddress: '苏州市工业园区星湖街328号', addressLocality: '苏州市', addressRegion: '江苏省' },
      '江苏省苏州市工业园区星湖街328号',
    ],
    ['a Place with an address', undefined, '9 Dock Rd, Hull'],
  ])('reads address as %s', (_, address, expected) => {
    const org =
      address === undefined
        ? { '@type': 'Organization', name: 'A', location: { '@type': 'Place', address: '9 Dock Rd, Hull' } }
        : { '@type': 'Organization', name: 'A', address };
    expect(extractCompany(page({ jsonLd: [ld(org)] })).address).toEqual({
      value: expected,
      source: 'jsonLd',
    });
  });

  it('skips invalid, oversized and too deeply nested JSON-LD', () => {
    const deep = `${'['.repeat(50)}{"@type":"Organization","name":"Deep"}${']'.repeat(50)}`;
    const huge = ld({ '@type': 'Organization', name: 'Huge', pad: 'x'.repeat(300_000) });
    const extract = extractCompany(
      page({ jsonLd: ['{ "@type": "Organization", "name": "Broken", }', deep, huge], title: 'Acme' }),
    );
    expect(extract.name).toEqual({ value: 'Acme', source: 'title' });
  });

  it('reads own properties only: a __proto__ key neither pollutes nor is read', () => {
    const extract = extractCompany(
      page({
        jsonLd: [
          '{"@type":"Organization","name":"Acme","__proto__":{"legalName":"Polluted Ltd","telephone":"+1 555 000 0000"}}',
        ],
      }),
    );
    expect(extract.legalName).toBeNull();
    expect(extract.phones).toEqual([]);
    expect(({} as Record<string, unknown>).legalName).toBeUndefined();
  });

  it('keeps only http(s) URLs, made absolute against the page', () => {
    const extract = extractCompany(
      page({
        jsonLd: [
          ld({
            '@type': 'Organization',
            name: 'Acme',
            logo: ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'vbscript:x', 'img/logo.png'],
            sameAs: ['javascript:alert(1)', 'JAVASCRIPT:alert(2)', 'https://weibo.com/acme'],
          }),
        ],
      }),
    );
    expect(extract.logoUrl?.value).toBe('https://www.acme.example/img/logo.png');
    expect(extract.socialProfiles.map((s) => s.value)).toEqual(['https://weibo.com/acme']);
  });
});

describe('extractCompany: a news site or portal', () => {
  it('proposes nothing: not the channel as the company, not the portal as a website', () => {
    const news = extractCompany({
      ...page({
        jsonLd: [
          ld({ '@type': 'NewsMediaOrganization', name: '新浪财经', url: 'https://finance.sina.com.cn' }),
        ],
      }),
      url: 'https://finance.sina.com.cn/stock/2026-12-04/doc-abc.shtml',
      title: '星辰通信技术有限公司中标专线项目_新浪财经',
    });
    expect(news).toMatchObject({ name: null, website: null, domain: null, phones: [], emails: [] });
  });
});

describe('extractCompany: precedence and sources', () => {
  const all = page({
    title: '关于我们 - 标题物流',
    jsonLd: [ld({ '@type': 'Organization', name: 'LD Name' })],
    microdata: [
      { type: 'Organization', props: { name: ['Microdata Name'], description: ['Microdata desc'] } },
    ],
    meta: [
      { key: 'og:site_name', content: 'OG Name' },
      { key: 'og:description', content: 'OG desc' },
      { key: 'description', content: 'Meta desc' },
    ],
    contactBlocks: ['公司名称：江南物流有限公司'],
  });

  it('JSON-LD beats microdata beats OpenGraph beats contact blocks beats the title', () => {
    expect(extractCompany(all).name).toEqual({ value: 'LD Name', source: 'jsonLd' });
    expect(extractCompany({ ...all, jsonLd: [] }).name).toEqual({
      value: 'Microdata Name',
      source: 'microdata',
    });
    expect(extractCompany({ ...all, jsonLd: [], microdata: [] }).name).toEqual({
      value: 'OG Name',
      source: 'openGraph',
    });
    expect(extractCompany({ ...all, jsonLd: [], microdata: [], meta: [] }).name).toEqual({
      value: '江南物流有限公司',
      source: 'contactBlock',
    });
    expect(extractCompany({ ...all, jsonLd: [], microdata: [], meta: [], contactBlocks: [] }).name).toEqual({
      value: '标题物流',
      source: 'title',
    });
  });

  it('takes the description from microdata, then og:description, then the meta description', () => {
    expect(extractCompany(all).description).toEqual({ value: 'Microdata desc', source: 'microdata' });
    expect(extractCompany({ ...all, microdata: [] }).description).toEqual({
      value: 'OG desc',
      source: 'openGraph',
    });
  });

  it('reads tel:, mailto: and social links, but not share buttons', () => {
    const extract = extractCompany(
      page({
        links: [
          { href: 'tel:+86-10-1234-5678', text: 'Call' },
          { href: 'tel:95588', text: 'Hotline' },
          { href: 'mailto:Sales@Acme.example,hr@acme.example?subject=Hi', text: 'Mail' },
          { href: 'https://twitter.com/intent/tweet?url=x', text: 'Share' },
          { href: 'https://www.facebook.com/sharer/sharer.php?u=x', text: 'Share' },
          { href: 'https://www.linkedin.com/', text: 'LinkedIn' },
          { href: 'https://www.linkedin.com/company/acme/', text: 'LinkedIn' },
          { href: 'https://linkedin.com/company/acme', text: 'dup' },
          { href: 'https://evil.example/profile', text: 'not social' },
        ],
      }),
    );
    expect(extract.phones).toEqual([
      { value: '+86-10-1234-5678', source: 'link' },
      { value: '95588', source: 'link' },
    ]);
    expect(extract.emails.map((e) => e.value)).toEqual(['sales@acme.example', 'hr@acme.example']);
    expect(extract.socialProfiles).toEqual([
      { value: 'https://www.linkedin.com/company/acme/', source: 'link' },
    ]);
  });

  it('uses icons before og:image for the logo, never a data: icon', () => {
    const extract = extractCompany(
      page({
        icons: ['data:image/png;base64,AAAA', 'https://www.acme.example/apple-touch-icon.png'],
        meta: [{ key: 'og:image', content: '/share.jpg' }],
      }),
    );
    expect(extract.logoUrl).toEqual({
      value: 'https://www.acme.example/apple-touch-icon.png',
      source: 'link',
    });
    expect(extractCompany(page({ meta: [{ key: 'og:image', content: '/share.jpg' }] })).logoUrl).toEqual({
      value: 'https://www.acme.example/share.jpg',
      source: 'openGraph',
    });
  });

  it('keeps a website only on the page’s own domain, else the page’s origin', () => {
    const org = (url: string) => page({ jsonLd: [ld({ '@type': 'Organization', name: 'A', url })] });
    expect(extractCompany(org('https://evil.example/')).website).toEqual({
      value: 'https://www.acme.example',
      source: 'url',
    });
    expect(extractCompany(org('https://acme.example/en/')).website).toEqual({
      value: 'https://acme.example/en/',
      source: 'jsonLd',
    });
  });

  it('reads OpenGraph business contact data and twitter:site', () => {
    const extract = extractCompany(
      page({
        meta: [
          { key: 'business:contact_data:street_address', content: '1 Quay St' },
          { key: 'business:contact_data:locality', content: 'Cork' },
          { key: 'business:contact_data:country_name', content: 'Ireland' },
          { key: 'business:contact_data:phone_number', content: '+353 21 000 0000' },
          { key: 'twitter:site', content: '@acme_ie' },
        ],
      }),
    );
    expect(extract.address).toEqual({ value: '1 Quay St, Cork, Ireland', source: 'openGraph' });
    expect(extract.phones).toEqual([{ value: '+353 21 000 0000', source: 'openGraph' }]);
    expect(extract.socialProfiles).toEqual([{ value: 'https://x.com/acme_ie', source: 'meta' }]);
  });

  it('reads labelled lines in the page text only for what contact blocks did not give', () => {
    const extract = extractCompany(
      page({
        contactBlocks: ['Tel: 021-5555 1234'],
        text: '新闻：合作伙伴 电话：010-0000 0000\n地址：上海市浦东新区世纪大道100号\n',
      }),
    );
    expect(extract.phones.map((p) => p.value)).toEqual(['021-5555 1234']);
    expect(extract.address).toEqual({ value: '上海市浦东新区世纪大道100号', source: 'contactBlock' });
  });

  it('never throws on malformed input', () => {
    const junk = {
      url: 'javascript:alert(1)',
      title: 42,
      jsonLd: [null, 7, '{'],
      meta: [null, { key: 'og:site_name' }],
      microdata: [
        null,
        { type: 'Organization', props: null },
        { type: 'Organization', props: { name: 'x' } },
      ],
      links: [null, { href: 5 }],
      icons: [null, {}],
      contactBlocks: [null, 3],
      text: null,
    } as unknown as CapturedPage;
    const extract = extractCompany(junk);
    expect(extract.domain).toBeNull();
    expect(extract.website).toBeNull();
    expect(extractCompany({} as CapturedPage).name).toBeNull();
    expect(extractCompany(null as unknown as CapturedPage).domain).toBeNull();
  });
});

describe('hostile input', () => {
  it.each([
    ['a megabyte of labels', '电话：'.repeat(180_000)],
    ['a megabyte of @', '@'.repeat(1_048_576)],
    ['a megabyte of address-like characters', `${'a.'.repeat(300_000)}@${'b-'.repeat(200_000)}`],
    ['a megabyte of digits after a label', `电话：${'1 '.repeat(500_000)}`],
    ['a megabyte of tags', '<a'.repeat(500_000)],
  ])(
    '%s: no address or phone made up, the domain from the URL (its time: bench/capture-hostile.mjs)',
    (_, text) => {
      const found = extractCompany(
        page({ text, contactBlocks: [text.slice(0, 4_000)], title: text.slice(0, 500) }),
      );
      expect(found.emails).toEqual([]);
      expect(found.phones).toEqual([]);
      expect(found.domain).toEqual({ value: 'acme.example', source: 'url' });
    },
  );
});
