import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
const event = () => {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => listeners.push(l),
    fire: (...args: unknown[]) => {
      for (const l of listeners) l(...args);
    },
  };
};

const fake: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({ browser: fake }));

beforeEach(() => {
  for (const key of Object.keys(fake)) delete fake[key];
  vi.resetModules();
});

describe('opening the panel', () => {
  it('Chrome: the toolbar click is left to the popup, and the shortcut opens the panel on its window', async () => {
    const sidePanel = { setPanelBehavior: vi.fn(async () => {}), open: vi.fn(async () => {}) };
    const onCommand = event();
    Object.assign(fake, { sidePanel, commands: { onCommand } });
    const { registerPanelOpeners, OPEN_PANEL_COMMAND } = await import('./side-panel');
    registerPanelOpeners();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    onCommand.fire('something-else', { windowId: 7 });
    expect(sidePanel.open).not.toHaveBeenCalled();
    onCommand.fire(OPEN_PANEL_COMMAND, { windowId: 7 });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('Firefox: the toolbar click is left to the popup (the sidebar has its own shortcut)', async () => {
    const onClicked = event();
    const sidebarAction = { toggle: vi.fn(async () => {}), open: vi.fn(async () => {}) };
    Object.assign(fake, { browserAction: { onClicked }, sidebarAction });
    const { registerPanelOpeners } = await import('./side-panel');
    registerPanelOpeners();
    onClicked.fire();
    expect(sidebarAction.toggle).not.toHaveBeenCalled();
  });

  it('an extension page opens the panel synchronously within the click (window looked up beforehand)', async () => {
    const sidePanel = { setPanelBehavior: vi.fn(), open: vi.fn(async () => {}) };
    Object.assign(fake, { sidePanel, windows: { getCurrent: vi.fn(async () => ({ id: 3 })) } });
    const { preparePanelOpener } = await import('./side-panel');
    const open = await preparePanelOpener();
    void open();
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 }); // called before any await
  });
});
