import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The Firefox add-on id is fixed so that storage survives updates and tests can
// address the popup at a known moz-extension:// origin.
export const GECKO_ID = 'csam-guide@tr-fpp.example.org';

// Extension pages may load only their own files and may not connect anywhere:
// "sends nothing" holds by construction, not only by review.
const EXTENSION_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // Only what the guide needs: its own progress. Host access comes from the
    // content script's matches (the journey's hosts), nothing wider.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
