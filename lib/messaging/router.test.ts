import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { dispatch, type Handlers } from './router';

const self = { id: 'dossier-id', origin: 'chrome-extension://dossier-id/' };
const page = { id: 'dossier-id', url: 'chrome-extension://dossier-id/sidepanel.html' };

function handlers() {
  return {
    'demo/load': vi.fn(async () => ({ accounts: 46 })),
    'page/signals': vi.fn(async () => ({ matched: 1 })),
    'tab/scan': vi.fn(async () => ({ status: 'scanned' as const })),
    'search/query': vi.fn(async () => ({ results: [] })),
    'capture/site': vi.fn(async () => ({ status: 'noAccess' as const })),
    'team/signIn': vi.fn(async () => ({ status: 'ok' as const, teams: [] })),
    'team/connect': vi.fn(async () => ({ status: 'ok' as const, shared: 0 })),
    'team/signInAgain': vi.fn(async () => ({ status: 'ok' as const, shared: 0 })),
    'team/disconnect': vi.fn(async () => ({ removed: 0 })),
    'team/syncNow': vi.fn(async () => ({})),
    'team/deleteAccount': vi.fn(async () => ({ status: 'deleted' as const })),
  } satisfies Handlers;
}

// A sender as the browser describes our content script (only the fields the router reads).
const contentScript = {
  id: 'dossier-id',
  url: 'https://mail.google.com/mail/u/0/',
  frameId: 0,
  tab: { id: 4, url: 'https://mail.google.com/mail/u/0/' },
} as unknown as Browser.runtime.MessageSender;
const signals = {
  source: 'gmail',
  url: 'https://mail.google.com/mail/u/0/',
  host: 'mail.google.com',
  title: 'Inbox',
  subject: '',
  people: [{ role: 'from', email: 'li.wei@acme.com', name: 'Li Wei' }],
  selfEmail: '',
  mailtos: [],
  organizations: [],
  text: 'hello',
};

describe('message router', () => {
  it('dispatches a valid message from an extension page', async () => {
    const h = handlers();
    expect(await dispatch(h, { dossier: 1, type: 'demo/load', payload: {} }, page, self)).toEqual({
      ok: true,
      value: { accounts: 46 },
    });
  });

  it.each([
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/x.html' }],
    [
      'a web page (content script)',
      { id: 'dossier-id', url: 'https://evil.example/', tab: { url: 'https://evil.example/' } },
    ],
    ['no sender url', { id: 'dossier-id' }],
  ])('refuses a message from %s', async (_name, sender) => {
    const h = handlers();
    const reply = await dispatch(h, { dossier: 1, type: 'demo/load', payload: {} }, sender as never, self);
    expect(reply).toMatchObject({ ok: false });
    expect(h['demo/load']).not.toHaveBeenCalled();
  });

  it('refuses a payload that fails its schema', async () => {
    const h = handlers();
    const reply = await dispatch(h, { dossier: 1, type: 'demo/load', payload: { wipe: true } }, page, self);
    expect(reply).toMatchObject({ ok: false });
    expect(h['demo/load']).not.toHaveBeenCalled();
  });

  it('ignores messages that are not ours, and unknown types', async () => {
    const h = handlers();
    expect(await dispatch(h, { hello: 1 }, page, self)).toBeUndefined();
    expect(await dispatch(h, { dossier: 1, type: 'db/wipe', payload: {} }, page, self)).toBeUndefined();
  });

  it('turns a handler error into an error reply', async () => {
    const h = { ...handlers(), 'demo/load': vi.fn(async () => Promise.reject(new Error('not empty'))) };
    expect(await dispatch(h, { dossier: 1, type: 'demo/load', payload: {} }, page, self)).toEqual({
      ok: false,
      error: 'not empty',
    });
  });

  it('says when the handler’s write was refused for lack of space', async () => {
    // As Dexie reports it: the transaction's AbortError, the browser's refusal inside.
    const full = Object.assign(new Error('aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    const h = { ...handlers(), 'demo/load': vi.fn(async () => Promise.reject(full)) };
    expect(await dispatch(h, { dossier: 1, type: 'demo/load', payload: {} }, page, self)).toEqual({
      ok: false,
      error: 'aborted',
      storageFull: true,
    });
  });

  it('takes page signals only from our content script in a top frame, and only well-formed', async () => {
    const h = handlers();
    const message = { dossier: 1, type: 'page/signals', payload: signals };
    expect(await dispatch(h, message, contentScript, self)).toEqual({ ok: true, value: { matched: 1 } });
    for (const sender of [
      { ...contentScript, frameId: 3 },
      page,
      { ...contentScript, id: 'other-extension' },
    ]) {
      expect(await dispatch(h, message, sender, self)).toMatchObject({ ok: false });
    }
    for (const payload of [
      { ...signals, extra: 1 },
      { ...signals, text: 'x'.repeat(1_048_577) },
      { ...signals, people: [{ role: 'boss', email: 'a@b.c', name: '' }] },
      { ...signals, source: 'myspace' },
    ]) {
      expect(await dispatch(h, { ...message, payload }, contentScript, self)).toMatchObject({ ok: false });
    }
    expect(h['page/signals']).toHaveBeenCalledOnce();
  });

  it('a content script cannot ask for anything but page signals', async () => {
    const h = handlers();
    expect(
      await dispatch(h, { dossier: 1, type: 'demo/load', payload: {} }, contentScript, self),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await dispatch(h, { dossier: 1, type: 'tab/scan', payload: { tabId: 1 } }, contentScript, self),
    ).toMatchObject({ ok: false });
    expect(h['demo/load']).not.toHaveBeenCalled();
    expect(h['tab/scan']).not.toHaveBeenCalled();
  });

  it('answers quick-search queries from extension pages only, bounded in size', async () => {
    const h = handlers();
    const popup = { id: 'dossier-id', url: 'chrome-extension://dossier-id/popup.html' };
    const query = (payload: unknown, sender: Browser.runtime.MessageSender) =>
      dispatch(h, { dossier: 1, type: 'search/query', payload }, sender, self);
    expect(await query({ query: 'zgdx', limit: 8 }, popup)).toEqual({ ok: true, value: { results: [] } });
    expect(h['search/query']).toHaveBeenCalledWith({ query: 'zgdx', limit: 8 }, popup);
    expect(await query({ query: 'zgdx' }, contentScript)).toMatchObject({ ok: false });
    expect(await query({ query: 'x'.repeat(201) }, popup)).toMatchObject({ ok: false });
    expect(await query({ query: 'a', limit: 1000 }, popup)).toMatchObject({ ok: false });
    expect(h['search/query']).toHaveBeenCalledTimes(1);
  });
});
