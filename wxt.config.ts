import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { JOURNEY_MATCHES } from './guide/hosts';
import { LANGS } from './guide/types';
import { EXTRAS_MODULE_PATH } from './lib/extras';
import { GUIDE_MODULE_PATH } from './lib/guideModule';
import { LOCALES } from './lib/locales';
import { overlayStrings, overlayStringsPath } from './lib/overlayStrings';

// The Firefox add-on id is fixed so that storage survives updates and tests can
// address the popup at a known moz-extension:// origin.
export const GECKO_ID = 'csam-guide@tr-fpp.example.org';

// Extension pages may load only their own files and may not connect anywhere:
// "sends nothing" holds by construction, not only by review.
const EXTENSION_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Preact sets innerHTML for `dangerouslySetInnerHTML`, which this code never
 * uses (tests/unit/sourceHygiene.test.ts). Turning that one sink into
 * textContent at build time makes "no text ever becomes markup" true of the
 * shipped bundle as well, and keeps `web-ext lint` free of warnings.
 */
const noInnerHtmlSink: Plugin = {
  name: 'no-inner-html-sink',
  enforce: 'pre',
  transform(code, id) {
    if (!/node_modules\/preact\/dist\//.test(id)) return null;
    const out = code.replace(/(\w+)\.innerHTML=(\w+)\.__html/g, '$1.textContent=$2.__html');
    return out === code ? null : { code: out, map: null };
  },
};

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // The sources zip is what addons.mozilla.org's reviewers rebuild the Firefox
  // package from (`npm ci && npm run build`, README "Release"): exactly what the
  // build reads, and the README that says how — no tests, fixtures, docs,
  // screenshots or store kit. scripts/release/reproducible.ts proves that it is
  // enough and that it rebuilds the package byte for byte.
  zip: {
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'guide/**',
      'locales/**',
      'public/**',
    ],
  },
  hooks: {
    // The overlay's words, one file per language, read by the content script
    // for the page's language only (lib/overlayStrings.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const lang of LANGS) files.push({ relativeDest: overlayStringsPath(lang), contents: JSON.stringify(overlayStrings(LOCALES[lang])) });
    },
  },
  vite: () => ({
    plugins: [noInnerHtmlSink, preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // Only what the guide needs: its own progress. Host access comes from the
    // content script's matches (the journey's hosts), nothing wider.
    permissions: ['storage'],
    // Icons are drawn by scripts/icons.mjs into public/icon/ (WXT lists them as
    // `icons`; the toolbar icon is set in the popup's <meta> tags).
    action: { default_title: '__MSG_extName__' },
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    // Chrome lets a content script read the extension's files only when they
    // are web-accessible: the strings files and the guide's and extras' modules
    // (imported by the content script's loader, lib/guideModule.ts) alone, on the
    // journey's hosts, at a per-session URL (use_dynamic_url) so that no page
    // can probe for the extension. Firefox's content scripts read them without this.
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: [overlayStringsPath('*'), GUIDE_MODULE_PATH.slice(1), EXTRAS_MODULE_PATH.slice(1)], matches: JOURNEY_MATCHES, use_dynamic_url: true }] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
