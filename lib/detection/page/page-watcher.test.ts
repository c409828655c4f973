// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSignals } from '../core/signals';
import {
  createPageWatcher,
  DEBOUNCE_MS,
  fingerprint,
  hashText,
  MAX_WAIT_MS,
  observeDocument,
  type PageWatcherHost,
} from './page-watcher';

/** Signals read from the live happy-dom document: the URL, the title and the body text. */
function readDocument(): PageSignals {
  return {
    source: 'generic',
    url: location.href,
    host: location.hostname,
    title: document.title,
    subject: '',
    people: [],
    selfEmail: '',
    mailtos: [],
    organizations: [],
    text: document.body.textContent ?? '',
  };
}

let listeners: AbortController;
let visibility: DocumentVisibilityState;

function setup(overrides: Partial<PageWatcherHost> = {}) {
  const send = vi.fn(async (_: PageSignals) => ({ matched: 0 }));
  const read = vi.fn(readDocument);
  const disconnect = vi.fn();
  const host: PageWatcherHost = {
    read,
    send,
    schedule: (run, ms) => window.setTimeout(run, ms),
    cancel: (id) => window.clearTimeout(id),
    observe: (onChange) => {
      const stop = observeDocument(document, onChange);
      return () => {
        disconnect();
        stop();
      };
    },
    listen: (target, type, handler) => target.addEventListener(type, handler, { signal: listeners.signal }),
    isAlive: () => true,
    ...overrides,
  };
  const watcher = createPageWatcher(host);
  return { watcher, send, read, disconnect };
}

const sentTexts = (send: ReturnType<typeof setup>['send']) => send.mock.calls.map(([s]) => s.text);

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Lets MutationObserver callbacks (microtasks) run, then moves the fake clock. */
async function advance(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  listeners = new AbortController();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  document.title = 'Acme Robotics';
  document.body.textContent = 'Acme Robotics — contact sales';
  history.replaceState(null, '', '/about');
});

afterEach(() => {
  listeners.abort();
  vi.useRealTimers();
});

describe('page watcher', () => {
  it('sends the page on start', () => {
    const { watcher, send } = setup();
    watcher.start();
    expect(send).toHaveBeenCalledOnce();
    expect(send.mock.calls[0]?.[0]).toMatchObject({ title: 'Acme Robotics', url: location.href });
    expect(watcher.active).toBe(true);
  });

  it('does not send an identical page again; a forced rescan does', () => {
    const { watcher, send, read } = setup();
    watcher.start();
    watcher.rescan();
    expect(read).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenCalledOnce();
    watcher.rescan(true);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends once after the DOM settles for 150 ms', async () => {
    const { watcher, send } = setup();
    watcher.start();
    document.body.append(' Beijing office');
    await advance(DEBOUNCE_MS - 1);
    expect(send).toHaveBeenCalledOnce();
    await advance(1);
    expect(sentTexts(send)).toEqual([
      'Acme Robotics — contact sales',
      'Acme Robotics — contact sales Beijing office',
    ]);
  });

  it('a burst of mutations is one read and one send, 150 ms after the last', async () => {
    const { watcher, send, read } = setup();
    watcher.start();
    for (let i = 0; i < 50; i++) {
      document.body.append(document.createElement('span'));
      document.body.lastChild!.textContent = `row ${i}`;
      await advance(20); // a mutation every 20 ms for a second
    }
    expect(read).toHaveBeenCalledTimes(1);
    await advance(DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0].text).toContain('row 49');
  });

  it('a page that never settles is still read, at most every 2 s', async () => {
    const { watcher, read } = setup();
    watcher.start();
    for (let i = 0; i < 250; i++) {
      document.body.append(String(i));
      await advance(20); // 5 s of constant change
    }
    expect(read.mock.calls.length - 1).toBe(Math.floor((250 * 20) / MAX_WAIT_MS));
  });

  it('changes that leave the page the same are read but not sent', async () => {
    const { watcher, send, read } = setup();
    watcher.start();
    const span = document.createElement('span');
    document.body.append(span);
    await advance(DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenCalledOnce();
  });

  it('a single-page app’s own navigation: the view it renders is read with its new URL', async () => {
    const { watcher, send } = setup();
    watcher.start();
    history.pushState(null, '', '/inbox/2');
    document.body.append(' the next message');
    await advance(DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0].url).toMatch(/\/inbox\/2$/);
  });

  it('nothing the page sends or dispatches stops or steers it', async () => {
    const { watcher, send } = setup();
    watcher.start();
    // What stopped WXT's content-script context: its own start-up event and message, replayed by the page.
    window.dispatchEvent(
      new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'content' } }),
    );
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content' }, '*');
    window.dispatchEvent(new Event('wxt:locationchange'));
    await advance(DEBOUNCE_MS);
    expect(watcher.active).toBe(true);
    expect(send).toHaveBeenCalledOnce();
    document.body.append(' a client named later');
    await advance(DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it.each(['popstate', 'hashchange'])('%s → reads the new view once it renders', async (type) => {
    const { watcher, send } = setup();
    watcher.start();
    history.pushState(null, '', '/contacts');
    window.dispatchEvent(new Event(type));
    await advance(DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0].url).toMatch(/\/contacts$/);
  });

  it('ignores the page while hidden and reads it when it is shown again', async () => {
    const { watcher, send, disconnect } = setup();
    watcher.start();
    setVisibility('hidden');
    expect(disconnect).toHaveBeenCalledOnce();
    document.body.append(' hidden change');
    window.dispatchEvent(new Event('popstate'));
    await advance(DEBOUNCE_MS * 10);
    expect(send).toHaveBeenCalledOnce();
    setVisibility('visible');
    expect(sentTexts(send)[1]).toContain('hidden change');
    document.body.append(' visible change');
    await advance(DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('a tab started in the background is read when first shown', () => {
    visibility = 'hidden';
    const { watcher, send } = setup();
    watcher.start();
    expect(send).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(send).toHaveBeenCalledOnce();
  });

  it('stop() disconnects the observer, cancels the pending read and sends nothing more', async () => {
    const schedule = vi.fn((run: () => void, ms: number) => window.setTimeout(run, ms));
    const cancel = vi.fn((id: number) => window.clearTimeout(id));
    const { watcher, send, read, disconnect } = setup({ schedule, cancel });
    watcher.start();
    document.body.append(' pending');
    await Promise.resolve();
    expect(schedule).toHaveBeenCalledOnce();
    watcher.stop();
    expect(disconnect).toHaveBeenCalledOnce();
    expect(cancel).toHaveBeenCalledWith(schedule.mock.results[0]?.value);
    document.body.append(' after');
    window.dispatchEvent(new Event('popstate'));
    setVisibility('visible');
    watcher.rescan(true);
    await advance(DEBOUNCE_MS * 10);
    expect(read).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledOnce();
    expect(watcher.active).toBe(false);
  });

  it('stops quietly when the extension is gone (update or removal)', async () => {
    let alive = true;
    const send = vi.fn(async () => Promise.reject(new Error('Extension context invalidated.')));
    const { watcher, disconnect } = setup({ isAlive: () => alive, send });
    watcher.start();
    alive = false;
    await advance(0);
    expect(watcher.active).toBe(false);
    expect(disconnect).toHaveBeenCalledOnce();
    document.body.append(' after');
    await advance(DEBOUNCE_MS);
    expect(send).toHaveBeenCalledOnce();
  });

  it('keeps watching when the background refuses one payload', async () => {
    const send = vi.fn(async () => Promise.reject(new Error('Invalid page/signals payload')));
    const { watcher } = setup({ send });
    watcher.start();
    await advance(0);
    expect(watcher.active).toBe(true);
    document.body.append(' more');
    await advance(DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('the observer callback stays cheap: 10 000 batches schedule one timer and read nothing', () => {
    vi.useRealTimers(); // a real clock to time it
    let onChange = () => {};
    const schedule = vi.fn((run: () => void, ms: number) => window.setTimeout(run, ms));
    const observe = (cb: () => void) => {
      onChange = cb;
      return () => {};
    };
    const { watcher, read } = setup({ observe, schedule });
    watcher.start();
    for (let i = 0; i < 10_000; i++) onChange();
    expect(schedule).toHaveBeenCalledOnce();
    expect(read).toHaveBeenCalledOnce();
    watcher.stop();
  });
});

describe('fingerprint', () => {
  it('changes with the URL, the people and the text, not with the object identity', () => {
    const base = readDocument();
    expect(fingerprint({ ...base })).toBe(fingerprint(base));
    expect(fingerprint({ ...base, url: `${base.url}#x` })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, people: [{ role: 'from', email: 'li@acme.cn', name: 'Li' }] })).not.toBe(
      fingerprint(base),
    );
    expect(fingerprint({ ...base, text: `${base.text}.` })).not.toBe(fingerprint(base));
    expect(hashText('abc')).not.toBe(hashText('abd'));
  });
});
