import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({ browser: fake }));

const WEBMAIL = ['https://mail.google.com/*', 'https://exmail.qq.com/*'];

/** A fake `scripting` that keeps its registrations, and `permissions` granting `origins`. */
function install(origins: string[], registered: { id: string; matches: string[] }[] = []) {
  const scripts = [...registered];
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      scripts.filter((s) => ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (list: { id: string; matches: string[] }[]) => {
      for (const s of list) {
        if (scripts.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.push(s);
      }
    }),
    updateContentScripts: vi.fn(async (list: { id: string; matches: string[] }[]) => {
      for (const s of list)
        scripts.splice(
          scripts.findIndex((r) => r.id === s.id),
          1,
          s,
        );
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids)
        scripts.splice(
          scripts.findIndex((r) => r.id === id),
          1,
        );
    }),
    executeScript: vi.fn(async () => [{ frameId: 0, result: undefined }]),
  };
  Object.assign(fake, { scripting, permissions: { getAll: vi.fn(async () => ({ origins })) } });
  return { scripting, scripts };
}

beforeEach(() => {
  for (const key of Object.keys(fake)) delete fake[key];
  vi.resetModules();
});

describe('syncContentScripts', () => {
  it('registers one top-frame script for the granted webmail hosts and single sites', async () => {
    const { scripting, scripts } = install([...WEBMAIL, 'https://example.com/*']);
    const { syncContentScripts } = await import('./content-scripts');
    expect(await syncContentScripts()).toEqual([...WEBMAIL, 'https://example.com/*']);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      {
        id: 'dossier-scan',
        js: ['content-reader.js'],
        matches: [...WEBMAIL, 'https://example.com/*'],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    expect(scripts).toHaveLength(1);
  });

  it('updates the registration when more is granted; every site replaces the webmail list', async () => {
    const { scripting, scripts } = install(
      [...WEBMAIL, 'http://*/*', 'https://*/*'],
      [{ id: 'dossier-scan', matches: WEBMAIL }],
    );
    const { syncContentScripts } = await import('./content-scripts');
    expect(await syncContentScripts()).toEqual(['http://*/*', 'https://*/*']);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(scripting.updateContentScripts).toHaveBeenCalledOnce();
    expect(scripts[0]?.matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('unregisters when nothing is granted any more, and does nothing when nothing was registered', async () => {
    const { scripting, scripts } = install([], [{ id: 'dossier-scan', matches: WEBMAIL }]);
    const { syncContentScripts } = await import('./content-scripts');
    expect(await syncContentScripts()).toEqual([]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['dossier-scan'] });
    expect(scripts).toEqual([]);
    expect(await syncContentScripts()).toEqual([]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledOnce();
  });

  it('runs overlapping calls one after another (no duplicate registration)', async () => {
    const { scripting, scripts } = install(WEBMAIL);
    const { syncContentScripts } = await import('./content-scripts');
    await Promise.all([syncContentScripts(), syncContentScripts(), syncContentScripts()]);
    expect(scripting.registerContentScripts).toHaveBeenCalledOnce();
    expect(scripting.updateContentScripts).toHaveBeenCalledTimes(2);
    expect(scripts).toHaveLength(1);
  });

  it('a failed sync rejects but does not block the next one', async () => {
    const { scripting } = install(WEBMAIL);
    scripting.registerContentScripts.mockRejectedValueOnce(new Error('boom'));
    const { syncContentScripts } = await import('./content-scripts');
    await expect(syncContentScripts()).rejects.toThrow('boom');
    expect(await syncContentScripts()).toEqual(WEBMAIL);
  });
});

describe('injectInto', () => {
  it.each([
    ['https://example.com/about', undefined, 'scanned'],
    ['http://intranet.local/', undefined, 'scanned'],
    [undefined, undefined, 'scanned'], // URL hidden without host access: try anyway
    ['chrome://settings/', undefined, 'unsupported'],
    ['about:addons', undefined, 'unsupported'],
    ['file:///home/rep/a.html', undefined, 'unsupported'],
    [
      'https://chromewebstore.google.com/',
      new Error('The extensions gallery cannot be scripted.'),
      'noAccess',
    ],
    ['https://example.com/', new Error('Cannot access contents of the page.'), 'noAccess'],
  ])('%s → %s', async (url, failure, expected) => {
    const { scripting } = install([]);
    if (failure) scripting.executeScript.mockRejectedValueOnce(failure);
    Object.assign(fake, { tabs: { get: vi.fn(async (id: number) => ({ id, url })) } });
    const { injectInto } = await import('./content-scripts');
    expect(await injectInto(4)).toBe(expected);
    if (expected === 'unsupported') expect(scripting.executeScript).not.toHaveBeenCalled();
    else
      expect(scripting.executeScript).toHaveBeenCalledWith({
        target: { tabId: 4 },
        files: ['/content-reader.js'],
      });
  });

  it('a closed tab is unsupported', async () => {
    install([]);
    Object.assign(fake, { tabs: { get: vi.fn(async () => Promise.reject(new Error('No tab with id: 9'))) } });
    const { injectInto } = await import('./content-scripts');
    expect(await injectInto(9)).toBe('unsupported');
  });
});

describe('matchesFor', () => {
  it('keeps the granted candidates in order; every site covers the rest', async () => {
    const { matchesFor } = await import('./content-scripts');
    expect(matchesFor(['https://mail.qq.com/*', 'https://mail.google.com/*'])).toEqual([
      'https://mail.google.com/*',
      'https://mail.qq.com/*',
    ]);
    expect(matchesFor(['https://*/*'])).toEqual(['https://*/*']);
    expect(matchesFor(['https://mail.google.com/*', 'http://*/*', 'https://*/*'])).toEqual([
      'http://*/*',
      'https://*/*',
    ]);
    // A site the rep let Dossier read on its own; nothing that is not a web page.
    expect(matchesFor(['https://www.acme.com/*', 'https://mail.qq.com/*', 'chrome://*/*'])).toEqual([
      'https://mail.qq.com/*',
      'https://www.acme.com/*',
    ]);
    expect(matchesFor(['<all_urls>'])).toEqual(['http://*/*', 'https://*/*']);
  });
});
