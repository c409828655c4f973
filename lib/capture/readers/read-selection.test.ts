import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, fixtureHtml, type LoadedPage, loadPage } from '../../detection/readers/test-pages';
import { readSelection } from './read-selection';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

/** Selects the whole text of the first element matching `selector`. */
function select(doc: Document, selector: string) {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  const range = doc.createRange();
  range.selectNodeContents(el);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('readSelection', () => {
  it('reads the selection, the heading above it, the page title and url', () => {
    page = loadPage(
      `<title>Acme news</title><h1>Acme</h1><h2>Q3 results</h2><p>intro</p><section><p id="s">Revenue up 12%</p></section><h2>Later</h2>`,
      'https://news.example.com/acme',
    );
    select(page.doc, '#s');
    expect(readSelection(page.doc, page.url)).toEqual({
      url: 'https://news.example.com/acme',
      title: 'Acme news',
      text: 'Revenue up 12%',
      heading: 'Q3 results',
      email: null,
    });
  });

  it('reads nothing selected as empty text', () => {
    page = loadPage('<h1>A</h1><p>b</p>', 'https://example.com/');
    page.doc.getSelection()?.removeAllRanges();
    expect(readSelection(page.doc, page.url)).toMatchObject({ text: '', heading: '' });
  });

  it('reads a selection inside a text area', () => {
    page = loadPage('<h2>Form</h2><textarea id="t">hello world</textarea>', 'https://example.com/');
    const area = page.doc.querySelector('textarea') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(6, 11);
    expect(readSelection(page.doc, page.url).text).toBe('world');
  });

  it('keeps the sender and subject of an open webmail message', () => {
    page = loadPage(fixtureHtml('gmail-thread'), FIXTURE_URLS['gmail-thread']!);
    select(page.doc, 'body');
    const captured = readSelection(page.doc, page.url);
    expect(captured.email?.subject).toBe('Re: 2025 仓储合同续签 / Warehouse contract renewal');
    expect(captured.email?.from).toMatch(/@/);
  });
});
