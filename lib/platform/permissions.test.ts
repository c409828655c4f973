import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestServerAccess } from './permissions';

const ORIGIN = 'https://couch.example.com';
const outsideUserInput = () =>
  Promise.reject(new Error('permissions.request may only be called from a user input handler'));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('asking for a team server', () => {
  it('is the browser’s answer to the prompt', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    expect(await requestServerAccess(ORIGIN)).toBe(false);
  });

  it('a request Firefox refuses as not from user input: what is granted already counts', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(outsideUserInput);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await requestServerAccess(ORIGIN)).toBe(true);
  });

  it('…and what is not granted is still refused, with the browser’s reason', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(outsideUserInput);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    await expect(requestServerAccess(ORIGIN)).rejects.toThrow(/user input handler/);
  });
});
