// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type LoadedPage, loadPage } from '../../detection/readers/test-pages';
import { loadSite, SITE_URLS } from '../test-sites';
import { collectPage, LIMITS } from './collect-page';

let open: LoadedPage[] = [];
afterEach(async () => {
  await Promise.all(open.map((p) => p.close()));
  open = [];
});

function collect(html: string, url = 'https://www.acme.example/about/') {
  const page = loadPage(html, url);
  open.push(page);
  return collectPage(page.doc, page.url);
}

describe('collectPage', () => {
  it('reads title, lang, JSON-LD, the meta tags it needs and nothing else', () => {
    const page = collect(`<html lang="zh-CN"><head><title>  Acme \n Co </title>
      <meta name="description" content="What  we do">
      <meta property="og:site_name" content="Acme">
      <meta name="viewport" content="width=device-width">
      <meta name="keywords" content="a,b">
      <script type="application/ld+json">{"@type":"Organization"}</script>
      <script type="application/json">{"not":"ld"}</script>
      <script type="APPLICATION/LD+JSON">[]</script></head><body></body></html>`);
    expect(page.title).toBe('Acme Co');
    expect(page.lang).toBe('zh-CN');
    expect(page.jsonLd).toEqual(['{"@type":"Organization"}', '[]']);
    expect(page.meta).toEqual([
      { key: 'description', content: 'What we do' },
      { key: 'og:site_name', content: 'Acme' },
    ]);
  });

  it('leaves out JSON-LD scripts over the size cap, whole', () => {
    const big = `{"pad":"${'x'.repeat(LIMITS.jsonLdChars)}"}`;
    expect(collect(`<script type="application/ld+json">${big}</script>`).jsonLd).toEqual([]);
  });

  it('resolves links against a same-origin <base>, never against another origin', () => {
    const links = '<a href="acme">x</a><link rel="icon" href="fav.png">';
    const social = `<a href="https://www.linkedin.com/company/acme">in</a>${links}`;
    expect(collect(`<base href="/assets/">${links}`).icons).toEqual([
      'https://www.acme.example/assets/fav.png',
    ]);
    expect(collect(`<base href="https://evil.example/">${links}`).icons).toEqual([
      'https://www.acme.example/about/fav.png',
    ]);
    expect(collect(social).links).toEqual([{ href: 'https://www.linkedin.com/company/acme', text: 'in' }]);
  });

  it('keeps tel:, mailto: and social links (labelled by aria-label when empty), not the others', () => {
    const page = collect(`
      <a href="tel:+86 10 1234 5678">Call</a>
      <a href="MAILTO:info@acme.example">Mail</a>
      <a href="https://weibo.com/acme" aria-label="Weibo"><svg></svg></a>
      <a href="https://acme.example/contact">Contact</a>
      <a href="javascript:alert(1)">js</a>
      <a href="https://www.linkedin.com.evil.example/company/acme">fake</a>`);
    expect(page.links).toEqual([
      { href: 'tel:+86 10 1234 5678', text: 'Call' },
      { href: 'MAILTO:info@acme.example', text: 'Mail' },
      { href: 'https://weibo.com/acme', text: 'Weibo' },
    ]);
  });

  it('caps links', () => {
    const html = Array.from(
      { length: LIMITS.links + 50 },
      (_, i) => `<a href="tel:${1000000 + i}">t</a>`,
    ).join('');
    expect(collect(html).links).toHaveLength(LIMITS.links);
  });

  it('lists apple-touch icons first and drops data: and javascript: icons', () => {
    const page = collect(`<head>
      <link rel="icon" href="data:image/png;base64,AAAA">
      <link rel="shortcut icon" href="/favicon.ico">
      <link rel="icon" href="javascript:alert(1)">
      <link rel="apple-touch-icon-precomposed" href="/touch.png">
      <link rel="stylesheet" href="/site.css"></head>`);
    expect(page.icons).toEqual([
      'https://www.acme.example/touch.png',
      'https://www.acme.example/favicon.ico',
    ]);
  });

  it('reads microdata company items, flattening a nested address, with URLs absolute and http(s)', () => {
    const page = collect(`
      <div itemscope itemtype="https://schema.org/LocalBusiness">
        <span itemprop="name">Acme Café</span>
        <img itemprop="logo" src="/logo.png">
        <img itemprop="image" src="javascript:alert(1)">
        <a itemprop="email" href="mailto:cafe@acme.example">mail</a>
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="streetAddress">1 Main St</span> <meta itemprop="addressCountry" content="GB">
        </div>
        <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Not the café</span></div>
      </div>
      <div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Cake</span></div>`);
    expect(page.microdata).toEqual([
      {
        type: 'LocalBusiness',
        props: {
          name: ['Acme Café'],
          logo: ['https://www.acme.example/logo.png'],
          email: ['mailto:cafe@acme.example'],
          'address.streetAddress': ['1 Main St'],
          'address.addressCountry': ['GB'],
        },
      },
    ]);
  });

  it('reads the outermost visible contact blocks, landmarks first, one line per block', () => {
    const page = collect(`<body>
      <div class="contact-us"><p>电话：010-1234 5678</p><p>邮箱：a@acme.example</p></div>
      <div class="contact" hidden>电话：999</div>
      <div style="display:none"><div id="contact">Tel: 999</div></div>
      <footer><address>1 Main St</address><p>© Acme Ltd</p></footer>
      <main>Body text</main></body>`);
    expect(page.contactBlocks).toEqual([
      '电话：010-1234 5678\n邮箱：a@acme.example',
      '1 Main St\n© Acme Ltd',
    ]);
    expect(page.text).toContain('Body text');
    expect(page.text).not.toContain('999');
  });

  it('caps the text', () => {
    const page = collect(`<p>${'字'.repeat(LIMITS.textChars + 10)}</p>`);
    expect(page.text.length).toBe(LIMITS.textChars);
  });

  it('never throws: a part that fails is left empty', () => {
    const page = loadPage('<title>T</title><a href="tel:123">x</a>', 'https://acme.example/');
    open.push(page);
    const doc = page.doc;
    const broken = new Proxy(doc, {
      get(target, key) {
        if (key === 'querySelectorAll') {
          return () => {
            throw new Error('hostile');
          };
        }
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const read = collectPage(broken, page.url);
    expect(read.title).toBe('T');
    expect(read.links).toEqual([]);
    expect(read.jsonLd).toEqual([]);
  });

  it.each(Object.keys(SITE_URLS))('only reads the %s fixture', async (name) => {
    const page = loadSite(name);
    try {
      const before = page.doc.documentElement.outerHTML;
      collectPage(page.doc, page.url);
      expect(page.doc.documentElement.outerHTML).toBe(before);
    } finally {
      await page.close();
    }
  });
});
