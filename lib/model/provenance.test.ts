import { describe, expect, it } from 'vitest';
import { EXACT_FRAGMENT_MAX, linkProvenance, textFragmentUrl } from './provenance';

describe('linkProvenance', () => {
  it('keeps only the link', () => {
    expect(linkProvenance('https://acme.com/news', 'News')).toEqual({
      url: 'https://acme.com/news',
      title: 'News',
      capturedAt: null,
      selection: '',
      heading: '',
      email: null,
    });
  });
});

describe('textFragmentUrl', () => {
  it.each([
    [
      'a short selection, quoted whole',
      'https://acme.com/news',
      'Acme expands',
      'https://acme.com/news#:~:text=Acme%20expands',
    ],
    [
      'percent-encodes - & , and the rest',
      'https://acme.com/a?x=1',
      'cold-chain & IoT, 2025 #1 50%',
      'https://acme.com/a?x=1#:~:text=cold%2Dchain%20%26%20IoT%2C%202025%20%231%2050%25',
    ],
    [
      'collapses whitespace and trims',
      'https://acme.com/',
      '  Acme \t  expands\u00a0fast ',
      'https://acme.com/#:~:text=Acme%20expands%20fast',
    ],
    [
      'Chinese, UTF-8 encoded',
      'http://news.example.cn/tender',
      '江苏电信',
      'http://news.example.cn/tender#:~:text=%E6%B1%9F%E8%8B%8F%E7%94%B5%E4%BF%A1',
    ],
    [
      'keeps the page’s own fragment',
      'https://acme.com/about#team',
      'Our team',
      'https://acme.com/about#team:~:text=Our%20team',
    ],
    [
      'replaces an earlier directive',
      'https://acme.com/about#team:~:text=old',
      'new',
      'https://acme.com/about#team:~:text=new',
    ],
    [
      'replaces a directive with no fragment before it',
      'https://acme.com/#:~:text=old',
      'new',
      'https://acme.com/#:~:text=new',
    ],
    ['an empty selection gives the URL', 'https://acme.com/x', '  \n ', 'https://acme.com/x'],
    ['an empty selection keeps the fragment', 'https://acme.com/x#y', '', 'https://acme.com/x#y'],
    ['an empty selection drops an old directive', 'https://acme.com/x#:~:text=old', '', 'https://acme.com/x'],
  ])('%s', (_, url, selection, expected) => {
    expect(textFragmentUrl(url, selection)).toBe(expected);
  });

  it('quotes a long selection as start,end: its first and last words', () => {
    const selection =
      'Acme Logistics will open three cold-chain depots in the Yangtze delta next year and is looking for an IoT tracking partner for its fleet';
    expect(selection.length).toBeGreaterThan(EXACT_FRAGMENT_MAX);
    expect(textFragmentUrl('https://acme.com/', selection)).toBe(
      'https://acme.com/#:~:text=Acme%20Logistics%20will%20open,partner%20for%20its%20fleet',
    );
  });

  it('quotes a selection across blocks as start,end even when it is short', () => {
    expect(textFragmentUrl('https://acme.com/', 'Contact us\n\nTel: +86 21 5555 0000')).toBe(
      'https://acme.com/#:~:text=Contact%20us,%2B86%2021%205555%200000',
    );
    expect(textFragmentUrl('https://acme.com/', 'One\nTwo')).toBe('https://acme.com/#:~:text=One,Two');
  });

  it('cuts long text written without spaces at punctuation, else after a few characters', () => {
    const zh = `今天我们讨论了价格，${'客户对冷链追踪方案很感兴趣并要求报价'.repeat(5)}，客户希望在下季度前完成采购。`;
    const url = textFragmentUrl('https://acme.cn/', zh)!;
    const [start, end] = url.split(':~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(start).toBe('今天我们讨论了价格');
    expect(end).toBe('客户希望在下季度前完成采购。');
    const plain = '冷'.repeat(EXACT_FRAGMENT_MAX + 1);
    expect(textFragmentUrl('https://acme.cn/', plain)).toBe(
      `https://acme.cn/#:~:text=${encodeURIComponent('冷'.repeat(10))},${encodeURIComponent('冷'.repeat(10))}`,
    );
  });

  it('never lets start and end overlap in a long line of few words', () => {
    const words = ['a'.repeat(60), 'b'.repeat(60), 'c'.repeat(60)];
    expect(textFragmentUrl('https://acme.com/', words.join(' '))).toBe(
      `https://acme.com/#:~:text=${words[0]},${words[2]}`,
    );
  });

  it('encodes the delimiters a selection may contain in a range', () => {
    const long = `x-1, y&z ${'word '.repeat(40)}end-2, q&r`;
    const fragment = textFragmentUrl('https://acme.com/', long)!.split(':~:text=')[1]!;
    expect(fragment.split(',')).toHaveLength(2);
    expect(fragment).not.toMatch(/[-&\s]/);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome://settings',
    'mailto:a@b.c',
    'not a url',
    '',
  ])('gives null for %j', (url) => {
    expect(textFragmentUrl(url, 'anything')).toBeNull();
  });

  it('gives the page without a fragment for a lone surrogate instead of throwing', () => {
    expect(textFragmentUrl('https://acme.com/', 'bad \ud800 text')).toBe('https://acme.com/');
  });

  it('every result is the same http(s) page', () => {
    const url = textFragmentUrl('https://acme.com/a?b=c', '"><img src=x onerror=alert(1)>')!;
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname + parsed.search).toBe('https://acme.com/a?b=c');
    expect(parsed.hash).toBe('#:~:text=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  });
});
