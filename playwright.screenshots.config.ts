import { defineConfig } from '@playwright/test';

// `npm run screenshots`: regenerates docs/screenshots (project `chromium`) and
// store/screenshots (projects `store`, in Chromium, and `firefox`, for AMO)
// from the replica portal. Each project takes the shots tagged for it.
export default defineConfig({
  testDir: 'scripts',
  testMatch: 'screenshots.spec.ts',
  timeout: 90_000,
  workers: 1,
  projects: [
    { name: 'chromium', grep: /@docs/ },
    { name: 'store', grep: /@store/ },
    { name: 'firefox', grep: /@amo/ },
  ],
});
