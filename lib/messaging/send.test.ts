import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isQuotaError } from '../db/errors';
import type { Reply } from './protocol';
import { sendMessage } from './send';

beforeEach(() => fakeBrowser.reset());

const answer = (reply: Reply<unknown>) => fakeBrowser.runtime.onMessage.addListener(async () => reply);

describe('sendMessage', () => {
  it('resolves with the value, and rejects with the error a handler gave', async () => {
    answer({ ok: true, value: { accounts: 46 } });
    await expect(sendMessage('demo/load', {})).resolves.toEqual({ accounts: 46 });
    fakeBrowser.reset();
    answer({ ok: false, error: 'not empty' });
    const error = await sendMessage('demo/load', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'not empty' });
    expect(isQuotaError(error)).toBe(false);
  });

  it('rejects with a QuotaExceededError when the handler’s write was refused for lack of space', async () => {
    answer({ ok: false, error: 'aborted', storageFull: true });
    const error = await sendMessage('demo/load', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'QuotaExceededError', message: 'aborted' });
    expect(isQuotaError(error)).toBe(true);
  });
});
