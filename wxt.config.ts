import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Extension pages may load nothing but our own files: no remote code, no remote images, no
 * framing, no form posts. Client files are trade secrets.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Dexie's package entry wraps its ES5 UMD build; its modern ES module build is the same code for
 * evergreen browsers, ~1.3 KB gzip smaller. Every import resolves here, so there is one Dexie.
 */
export const DEXIE_MODERN = [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }];

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: DEXIE_MODERN },
    // Extension pages run in evergreen browsers: no modulepreload polyfill needed.
    build: { sourcemap: process.env.SOURCEMAP === '1', modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    action: { default_title: '__MSG_actionTitle__' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+D' },
              description: '__MSG_commandOpenPanel__',
            },
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+D' },
              description: '__MSG_commandOpenPanel__',
            },
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
