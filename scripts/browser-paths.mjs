// Where Dossier's commands look for the browsers they drive. No dependencies: `npm start`'s setup
// step reads it before any package is installed.
import { existsSync } from 'node:fs';

/** Debian's Chromium, Ubuntu's name for it, or the one CHROMIUM_PATH names. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

/** Debian's Firefox ESR (not /usr/bin/firefox: on Debian a wrapper that execs it), or FIREFOX_PATH. */
export function findFirefox() {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  return existsSync(path) ? path : null;
}
