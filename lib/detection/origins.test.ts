import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));
vi.mock('./content-scripts', () => ({ injectInto: vi.fn(), syncContentScripts: vi.fn() }));

const { matchesOrigin } = await import('./start-detection');

describe('matchesOrigin', () => {
  it.each([
    ['https://mail.google.com/*', 'https://mail.google.com/mail/u/0/#inbox', true],
    ['https://mail.google.com/*', 'https://mail.google.com.evil.org/mail', false],
    ['https://mail.google.com/*', 'http://mail.google.com/mail', false],
    ['https://*/*', 'https://www.acme-logistics.com/about', true],
    ['http://*/*', 'https://www.acme-logistics.com/about', false],
    ['*://*.qq.com/*', 'https://exmail.qq.com/cgi-bin/frame_html', true],
    ['*://*.qq.com/*', 'https://qq.com/', true],
    ['*://*.qq.com/*', 'https://notqq.com/', false],
    ['https://*/*', 'chrome://settings/', false],
  ])('%s covers %s: %s', (pattern, url, expected) => {
    expect(matchesOrigin(pattern, url)).toBe(expected);
  });
});
