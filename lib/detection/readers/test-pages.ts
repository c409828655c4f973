// Loads the fixture pages of tests/fixtures/pages into a happy-dom window at a given URL.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

export const PAGES_DIR = resolve(import.meta.dirname, '../../../tests/fixtures/pages');

/** Fixture page → the URL it is shown at (its golden file is `<name>.signals.json`). */
export const FIXTURE_URLS: Record<string, string> = {
  'gmail-thread': 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrtKxqwLWvhNjQXJ',
  'gmail-thread-2': 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdsVbPmJtRkHwLzCq',
  'gmail-print':
    'https://mail.google.com/mail/u/0/?ik=3f9c2a71d0&view=pt&search=all&permthid=thread-f%3A1826347712650193101&simpl=msg-f%3A1826347889012345678',
  'outlook-reading-pane':
    'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hNjQ4LTQ2ZDgtMDACLTAwCgAQAKxLr%2FjGnEnrq8VYfYLO8dE%3D',
  'outlook-conversation':
    'https://outlook.office365.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hNjQ4LTQ2ZDgtMDACLTAwCgAQAJ3vT0xq%2BkSrqL4uC2d9fHo%3D',
  'exmail-read': 'https://exmail.qq.com/cgi-bin/frame_html?sid=Fh3kQ9xLr2Vd&r=6f1d0c',
  'exmail-read-inline':
    'https://exmail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZL0012-Hq8vT2rW5kLmNp&sid=Fh3kQ9xLr2Vd',
  'qqmail-read': 'https://mail.qq.com/cgi-bin/frame_html?sid=Qd7Lw2Rk9sTy&r=a83c2e',
  'qqmail-wx-read': 'https://wx.mail.qq.com/home/index?sid=zWtJR4xhOFUukWJ5AFQ1ZQAA#/list/1/1',
  'netease-read':
    'https://mail.163.com/js6/main.jsp?sid=WAxBcDeFgHiJkLmN&df=mail163_letter#module=read.ReadModule%7C%7B%22id%22%3A%22123%22%7D',
  'netease-read-module':
    'https://mail.163.com/js6/main.jsp?sid=WAxBcDeFgHiJkLmN&df=mail163_letter#module=read.ReadModule%7C%7B%22area%22%3A%22normal%22%2C%22id%22%3A%22274%3A1tbiQx7a%22%7D',
  'company-jsonld': 'https://www.acme-logistics.com/about',
  'news-zh': 'https://news.jiangnan-shangxun.example/tender/2025/0312/jsdx-wl-017.html',
  traps: 'https://forum.freight-talk.example/t/which-3pl-for-the-yangtze-delta/4821',
};

export function fixtureHtml(name: string): string {
  return readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8');
}

export interface LoadedPage {
  doc: Document;
  url: URL;
  close(): Promise<void>;
}

/** A fresh window at `url` with `html` written into it; page scripts are not run. */
export function loadPage(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  window.document.write(html);
  return {
    doc: window.document as unknown as Document,
    url: new URL(url),
    close: () => window.happyDOM.close(),
  };
}

/** A fixture page loaded at its URL. */
export function loadFixture(name: string): LoadedPage {
  const url = FIXTURE_URLS[name];
  if (!url) throw new Error(`No URL for fixture ${name}`);
  return loadPage(fixtureHtml(name), url);
}
