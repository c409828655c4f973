import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from './router';

const self = { id: 'dossier-id', origin: 'chrome-extension://dossier-id/' };
const page = { id: 'dossier-id', url: 'chrome-extension://dossier-id/sidepanel.html' };

function handlers() {
  return { 'demo/load': vi.fn(async () => ({ accounts: 46 })) } satisfies Handlers;
}

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
    const h = { 'demo/load': vi.fn(async () => Promise.reject(new Error('not empty'))) };
    expect(await dispatch(h, { dossier: 1, type: 'demo/load', payload: {} }, page, self)).toEqual({
      ok: false,
      error: 'not empty',
    });
  });
});
