import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The Firefox add-on id is fixed so that storage survives updates and tests can
// address the popup at a known moz-extension:// origin.
export const GECKO_ID = 'csam-guide@tr-fpp.example.org';

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
