import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ALL_SITES_ORIGINS, WEBMAIL_ORIGINS } from './lib/platform/permissions-origins';

/**
 * Extension pages may load nothing but our own files: no remote code, no remote images, no
 * framing, no form posts. Client files are trade secrets. The one connection allowed out is to a
 * team server the rep configures (lib/sync), whose address is not known here: HTTPS (plain HTTP
 * only to this machine, for a trial) — and in code, only the configured origin, from the
 * background alone (lib/sync/server/http.ts; tests/unit/architecture.test.ts holds that).
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; connect-src 'self' https: http://127.0.0.1:* http://localhost:*; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Dexie's package entry wraps its ES5 UMD build; its modern ES module build is the same code for
 * evergreen browsers, ~1.3 KB gzip smaller. Every import resolves here, so there is one Dexie.
 */
export const DEXIE_MODERN = [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }];

const HOSTS = [...WEBMAIL_ORIGINS, ...ALL_SITES_ORIGINS];
/**
 * API permissions the rep grants from the options page: the automatic backup's `downloads`, the
 * daily reminder's `notifications`.
 */
const API_OPTIONAL = ['downloads', 'notifications'];

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // No WebExtension polyfill: Chrome's MV3 APIs and Firefox's `browser` return promises, and the
  // one listener that answers (the background's messages) uses `sendResponse`, which both accept.
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: DEXIE_MODERN },
    // The options page's import worker (`?worker` import) is an ES module: it loads pinyin-pro on
    // demand like every other writer. Worker scripts come from our own origin (CSP script-src 'self').
    worker: { format: 'es' as const },
    // Extension pages run in evergreen browsers: no modulepreload polyfill needed.
    build: { sourcemap: process.env.SOURCEMAP === '1', modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      // The automatic backup's schedule (lib/portability/backup/auto-backup.ts).
      'alarms',
      ...(mode === 'e2e' ? API_OPTIONAL : []),
      ...(browser === 'chrome' ? ['sidePanel', 'contextMenus'] : ['menus']),
      // Firefox MV2 lists host permissions among the permissions.
      ...(browser === 'firefox' && mode === 'e2e' ? HOSTS : []),
    ],
    // Webmail and all-sites scanning are the rep's to grant. The e2e build (`wxt build --mode e2e`)
    // declares them required instead: a test cannot answer a permission prompt, and an unpacked
    // install grants required hosts. Likewise `downloads`, asked for only when the rep switches on
    // the automatic backup; Firefox MV2 lists optional API and host permissions together.
    ...(manifestVersion === 3
      ? mode === 'e2e'
        ? { host_permissions: HOSTS }
        : { optional_permissions: API_OPTIONAL, optional_host_permissions: HOSTS }
      : mode === 'e2e'
        ? {}
        : { optional_permissions: [...API_OPTIONAL, ...HOSTS] }),
    // The toolbar button opens the quick-search popup (entrypoints/popup: WXT sets default_popup).
    action: { default_title: '__MSG_actionTitle__' },
    // The address bar's keyword: `ds` + space searches clients (lib/search/omnibox.ts).
    omnibox: { keyword: 'ds' },
    // Chrome takes at most four suggested keys: D (panel), F (quick search), M and S (capture).
    commands: {
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+D' },
              description: '__MSG_commandOpenPanel__',
            },
            _execute_browser_action: {
              suggested_key: { default: 'Alt+Shift+F' },
              description: '__MSG_commandOpenPopup__',
            },
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+D' },
              description: '__MSG_commandOpenPanel__',
            },
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+F' },
              description: '__MSG_commandOpenPopup__',
            },
          }),
      // Capture gestures (lib/capture/start-clipping.ts, CAPTURE_COMMANDS).
      'quick-note': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandQuickNote__' },
      'clip-selection': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandClip__' },
    },
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: EXTENSION_PAGES_CSP }
        : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.local',
              strict_min_version: '140.0',
              // Dossier sends nothing anywhere: no data collection at all.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
