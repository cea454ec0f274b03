// Chromium caps storage.local at 10 MB: a full store must be said, not
// swallowed (Firefox has no such cap for extensions, so this runs in Chromium).
import { expect, test } from './fixtures';

test('storage full: the popup says progress could not be saved, and keeps what it had', async ({ portal }) => {
  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 10, null);
  const filled = await popup.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
    // Fill to the last few bytes: big pieces first, then smaller ones.
    let refused = 0;
    let key = 0;
    for (const size of [1024 * 1024, 64 * 1024, 4 * 1024, 256, 16]) {
      for (let i = 0; i < 40; i++) {
        try {
          await local.set({ [`filler${key++}`]: 'x'.repeat(size) });
        } catch {
          refused++;
          break;
        }
      }
    }
    return refused;
  }, null);
  expect(filled).toBe(5); // every size was eventually refused: the store is full
  await popup.click('[data-step="bce-number"] input[type="checkbox"]');
  await popup.waitFor(() => !!document.querySelector('[data-testid="save-failed"]'), null);
  expect(await popup.evaluate(() => document.querySelector('[data-testid="save-failed"]')!.getAttribute('role'), null)).toBe('alert');
});
