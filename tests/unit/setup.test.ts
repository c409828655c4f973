import { describe, expect, it } from 'vitest';
import { type Machine, packagesInStep, planSystemPackages } from '../../scripts/setup/plan.mjs';

const everything = { chromium: true, 'cjk-fonts': true, 'firefox-esr': true, xvfb: true, xdotool: true };
const fresh = { chromium: false, 'cjk-fonts': false, 'firefox-esr': false, xvfb: false, xdotool: false };
const root: Machine = {
  role: 'start',
  present: fresh,
  isRoot: true,
  hasSudo: false,
  canAskPassword: false,
  sudoWithoutPassword: false,
  hasAptGet: true,
};

describe('planSystemPackages', () => {
  it('does nothing when the machine has what the command needs', () => {
    expect(planSystemPackages({ ...root, present: everything })).toEqual({ action: 'none' });
    // `npm start` does not need the test tools.
    expect(planSystemPackages({ ...root, present: { ...fresh, chromium: true, 'cjk-fonts': true } })).toEqual(
      { action: 'none' },
    );
  });

  it('installs Chromium and CJK fonts for `npm start` on a fresh machine, saying so first', () => {
    const plan = planSystemPackages(root);
    expect(plan).toEqual({
      action: 'install',
      packages: ['chromium', 'fonts-noto-cjk'],
      sudo: false,
      message: expect.stringContaining('Installing Chromium and CJK fonts'),
    });
  });

  it('installs only what is missing for `npm test`: the test browsers and tools too', () => {
    const plan = planSystemPackages({
      ...root,
      role: 'test',
      present: { ...fresh, chromium: true, 'cjk-fonts': true },
    });
    expect(plan).toMatchObject({ action: 'install', packages: ['firefox-esr', 'xvfb', 'xdotool'] });
    expect(plan.action === 'install' && plan.message).toContain('Firefox ESR, Xvfb and xdotool');
  });

  it('goes through sudo when not root and sudo can be used', () => {
    const user = { ...root, isRoot: false, hasSudo: true };
    expect(planSystemPackages({ ...user, sudoWithoutPassword: true })).toMatchObject({
      action: 'install',
      sudo: true,
    });
    // A terminal where sudo can ask for the password.
    expect(planSystemPackages({ ...user, canAskPassword: true })).toMatchObject({
      action: 'install',
      sudo: true,
    });
  });

  it('stops with one sentence naming the packages when it cannot become root', () => {
    for (const machine of [
      { ...root, isRoot: false },
      { ...root, isRoot: false, hasSudo: true },
    ]) {
      const plan = planSystemPackages(machine);
      expect(plan.action).toBe('stop');
      const message = plan.action === 'stop' ? plan.message : '';
      expect(message).toContain('sudo apt-get install -y chromium fonts-noto-cjk');
      expect(message).toContain('CHROMIUM_PATH');
      expect(message).toContain('`npm start` again');
      expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
    }
  });

  it('stops with one sentence naming the packages when there is no apt-get', () => {
    const plan = planSystemPackages({
      ...root,
      role: 'test',
      hasAptGet: false,
      present: { ...everything, xdotool: false },
    });
    expect(plan).toEqual({
      action: 'stop',
      message:
        "Dossier needs xdotool, which this machine lacks and which can only be installed here with apt-get: install xdotool with your system's package manager, then run `npm test` again.",
    });
  });
});

describe('packagesInStep', () => {
  const lock = {
    packages: {
      '': {},
      'node_modules/dexie': { version: '4.4.7' },
      'node_modules/@rollup/rollup-darwin-arm64': { version: '4.68.7', optional: true },
      'node_modules/@rollup/rollup-linux-x64-gnu': { version: '4.68.7', optional: true },
    },
  };

  it('is true when node_modules holds what the lock pins (other platforms left out)', () => {
    const installed = {
      packages: {
        'node_modules/dexie': { version: '4.4.7' },
        'node_modules/@rollup/rollup-linux-x64-gnu': { version: '4.68.7' },
      },
    };
    expect(packagesInStep(lock, installed)).toBe(true);
  });

  it('is false with no node_modules, a package missing, or a version the lock does not pin', () => {
    expect(packagesInStep(lock, null)).toBe(false);
    expect(packagesInStep(lock, { packages: {} })).toBe(false);
    expect(packagesInStep(lock, { packages: { 'node_modules/dexie': { version: '4.4.6' } } })).toBe(false);
    expect(
      packagesInStep(lock, {
        packages: {
          'node_modules/dexie': { version: '4.4.7' },
          'node_modules/left-over': { version: '1.0.0' },
        },
      }),
    ).toBe(false);
  });
});
