// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { linkProvenance } from '../../lib/model/provenance';
import type { Provenance } from '../../lib/model/types';
import { renderWithI18n } from '../../tests/support/i18n';
import { FIXTURE_NOW } from '../test-fixtures';
import { linkLabel, ProvenanceLine } from './ProvenanceLine';

const clip: Provenance = {
  url: 'https://news.example.com/acme/expansion?ref=rss',
  title: 'Acme expands its cold chain',
  capturedAt: FIXTURE_NOW.toISOString(),
  selection: 'three new cold-chain depots',
  heading: 'Yangtze delta',
  email: null,
};

function renderLine(source: Provenance, locale: 'en' | 'zh_CN' = 'en') {
  return renderWithI18n(<ProvenanceLine source={source} />, locale).container;
}

describe('linkLabel', () => {
  it.each([
    ['https://news.example.com/acme/expansion?ref=rss#top', 'news.example.com/acme/expansion'],
    ['https://acme.com/', 'acme.com'],
    ['http://acme.com:8080/a/', 'acme.com:8080/a/'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, label) => {
    expect(linkLabel(url)).toBe(label);
  });
});

describe('ProvenanceLine', () => {
  it('links to the quoted text in a new tab, with the heading and the capture time', () => {
    const container = renderLine(clip);
    const link = screen.getByRole('link', { name: 'Acme expands its cold chain' });
    expect(link.getAttribute('href')).toBe(
      'https://news.example.com/acme/expansion?ref=rss#:~:text=three%20new%20cold%2Dchain%20depots',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('under “Yangtze delta”')).toBeTruthy();
    const time = container.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe(FIXTURE_NOW.toISOString());
    expect(time.textContent).toMatch(/^captured Jun 15, 2025/);
    expect(container.textContent).toMatch(/^Source: Acme expands its cold chain/);
  });

  it('names an untitled link by its host and path, and links the page itself without a selection', () => {
    renderLine(linkProvenance('https://acme.com/news/2025?x=1', ''));
    const link = screen.getByRole('link', { name: 'acme.com/news/2025' });
    expect(link.getAttribute('href')).toBe('https://acme.com/news/2025?x=1');
    expect(document.querySelector('time')).toBeNull();
  });

  it('shows the email a clip came from', () => {
    const container = renderLine({
      ...clip,
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      title: '',
      heading: '',
      email: { from: 'Li Wei <li.wei@acme.com>', subject: 'Q3 tender' },
    });
    expect(screen.getByText('from Li Wei <li.wei@acme.com>')).toBeTruthy();
    expect(screen.getByText('“Q3 tender”')).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('href')).toBe(
      'https://mail.google.com/mail/u/0/#inbox/abc:~:text=three%20new%20cold%2Dchain%20depots',
    );
    expect(container.textContent).not.toMatch(/under/);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'not a url',
  ])('never links %j: it shows the URL as text', (url) => {
    const container = renderLine({ ...clip, url });
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
    expect(screen.getByText(url.trim() === url ? url : url.trim())).toBeTruthy();
    expect(screen.getByText('Acme expands its cold chain').tagName).toBe('SPAN');
  });

  it('renders markup in any field as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const container = renderLine({
      url: 'https://acme.com/',
      title: evil,
      capturedAt: null,
      selection: evil,
      heading: evil,
      email: { from: evil, subject: evil },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe(evil);
    expect(container.textContent).toContain(`under “${evil}”`);
  });

  it('speaks Chinese', () => {
    const container = renderLine(clip, 'zh_CN');
    expect(container.textContent).toMatch(/^来源：/);
    expect(screen.getByText('位于“Yangtze delta”下')).toBeTruthy();
    expect(container.querySelector('time')!.textContent).toMatch(/^摘录于 2025年6月15日/);
  });
});
