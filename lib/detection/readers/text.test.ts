// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../core/signals';
import { type LoadedPage, loadPage } from './test-pages';
import { isRendered, MAX_TEXT_DEPTH, visibleText } from './text';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** The visible text of a body with this markup. */
function textOf(body: string, max?: number): string {
  page = loadPage(
    `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`,
    'https://x.example/',
  );
  return visibleText(page.doc.body, max);
}

describe('visibleText', () => {
  it('reads open shadow roots, not closed ones', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Light text</p><x-card></x-card><x-secret></x-secret>';
    root.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>星辰通信技术有限公司</p>';
    root.querySelector('x-secret')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>closed</p>';
    const text = visibleText(root);
    expect(text).toContain('Light text');
    expect(text).toContain('星辰通信技术有限公司');
    expect(text).not.toContain('closed');
  });

  it('reads no deeper than MAX_TEXT_DEPTH levels: a hostile nest costs a bounded walk', () => {
    const root = document.createElement('div');
    let el = root;
    for (let depth = 1; depth <= MAX_TEXT_DEPTH + 50; depth++) {
      const child = document.createElement('div');
      el.append(child);
      el = child;
      if (depth === 10) child.append('shallow ');
      if (depth === MAX_TEXT_DEPTH + 20) child.append('too deep');
    }
    root.append(document.createTextNode(' after'));
    expect(visibleText(root).replace(/\s+/g, ' ').trim()).toBe('shallow after');
  });

  it.each([
    ['hidden attribute', '<p>a</p><p hidden>Acme</p><p>b</p>', 'a\nb'],
    ['aria-hidden="true"', 'a <span aria-hidden="true">Acme</span> b', 'a b'],
    ['aria-hidden="false" stays', 'a <span aria-hidden="false">Acme</span>', 'a Acme'],
    ['inline display:none', '<p>a</p><div style="color:red; display : none">Acme</div><p>b</p>', 'a\nb'],
    ['a hidden block leaves no break (as rendered)', 'a<div style="display:none">Acme</div>b', 'ab'],
    ['display:none !important', '<div style="DISPLAY:NONE !important"><p>Acme</p></div>ok', 'ok'],
    ['visibility:hidden', '<div style="visibility:hidden">Acme</div>ok', 'ok'],
    ['display:none-ish lookalike stays', '<div style="--display:none-x">Acme</div>', 'Acme'],
    [
      'script, style, noscript',
      '<script>var a="Acme"</script><style>.a{}</style><noscript>Acme</noscript>ok',
      'ok',
    ],
    ['template and svg', '<template><p>Acme</p></template><svg><text>Acme</text></svg>ok', 'ok'],
    ['blocks do not glue words', '<div>Acme</div><div>Logistics</div>', 'Acme\nLogistics'],
    ['block then inline text', '<div>Acme</div>Logistics', 'Acme\nLogistics'],
    ['inline elements do glue (as rendered)', '<b>Ac</b><i>me</i>', 'Acme'],
    ['table cells are spaced', '<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>', 'A B\nC'],
    ['br breaks a line', 'a<br>b', 'a\nb'],
    ['whitespace collapsed', '  a \n\t b&nbsp;&nbsp;c&#12288;d  ', 'a b c d'],
    ['empty blocks leave one break', '<p>a</p><p> </p><div><div></div></div><p>b</p>', 'a\nb'],
    ['Chinese text', '<p>中国电信</p><p>江苏分公司</p>', '中国电信\n江苏分公司'],
  ])('%s', (_case, body, expected) => {
    expect(textOf(body)).toBe(expected);
  });

  it('caps the text at max characters', () => {
    expect(textOf('<p>abcdef</p><p>ghij</p>', 8)).toBe('abcdef\ng');
    expect(textOf(`<p>${'x'.repeat(50)}</p>`.repeat(10), 120)).toHaveLength(120);
  });

  it('does not end on half a surrogate pair', () => {
    expect(textOf('ab😀', 3)).toBe('ab');
  });

  it('caps at MAX_TEXT_CHARS by default', () => {
    const text = textOf(`<p>${'y'.repeat(MAX_TEXT_CHARS + 10)}</p>`);
    expect(text).toHaveLength(MAX_TEXT_CHARS);
  });

  it('reads the whole document from its root and skips head', () => {
    page = loadPage(
      '<html><head><title>Acme</title></head><body><p>body</p></body></html>',
      'https://x.example/',
    );
    expect(visibleText(page.doc)).toBe('body');
  });

  it('returns nothing for a hidden root', () => {
    textOf('<div id="r" hidden>Acme</div>');
    expect(visibleText(page!.doc.getElementById('r')!)).toBe('');
  });
});

describe('isRendered', () => {
  it('is false inside a hidden ancestor', () => {
    textOf('<div style="display:none"><p><span id="in">x</span></p></div><span id="out">y</span>');
    expect(isRendered(page!.doc.getElementById('in')!)).toBe(false);
    expect(isRendered(page!.doc.getElementById('out')!)).toBe(true);
  });
});
