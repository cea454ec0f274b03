// Accessibility of what we add: axe-core on the overlay and the popup in four
// languages, the keyboard, and forced colours.
import { expect, test } from './fixtures';
import type { PortalPage } from './support/drivers';
import { overlayShows } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted } from './support/walk';
import { axe } from './support/axe';

const cases = [
  ['csam-home', 'fr', 'open-service'],
  ['csam-service', 'nl', 'manage-access'],
  ['csam-manage-access', 'de', 'social-security'],
  ['ss-access-info', 'en', 'log-in'],
] as const;

for (const [pageName, lang, step] of cases) {
  test(`overlay on ${pageName} (${lang}) has no axe violations, help open or closed`, async ({ portal }) => {
    const page = await portal.newPage();
    await page.goto(routeUrl(pageName, lang));
    await expectHighlighted(page, step);
    expect(await axe(page, 'csam-guide-overlay')).toEqual([]);
    await page.evaluate(() => document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="cant-find"]')!.click(), null);
    await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="help-panel"]'), null);
    expect(await axe(page, 'csam-guide-overlay')).toEqual([]);
    // "Describe this page": the outline shown in the panel (issue 16).
    await page.evaluate(() => document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="describe-page"]')!.click(), null);
    await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="page-report"]'), null);
    expect(await axe(page, 'csam-guide-overlay')).toEqual([]);
  });
}

test('popup has no axe violations in fr, nl, de and en, and remembers the chosen language', async ({ portal }) => {
  const expected = { fr: 'Donner accès à TR-FPP', nl: 'Toegang geven tot TR-FPP', de: 'Zugang zu TR-FPP geben', en: 'Give access to TR-FPP' };
  for (const [lang, title] of Object.entries(expected)) {
    const popup = await portal.openPopup();
    await popup.waitFor(() => !!document.querySelector('[data-testid="language"]'), null);
    await popup.evaluate((code) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
      if (select.value !== code) {
        select.value = code;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, lang);
    // The popup saves the choice and reloads itself in that language: wait for it before closing.
    await popup.waitFor((code) => document.documentElement.lang === code && !!document.querySelector('h1'), lang);
    await popup.close();
    const again = await portal.openPopup();
    await again.waitFor((t) => document.querySelector('h1')?.textContent === t, title);
    expect(await again.evaluate(() => document.documentElement.lang, null)).toBe(lang);
    expect(await axe(again, 'main')).toEqual([]);
    await again.close();
  }
});

test('keyboard: Tab reaches the card without stealing focus, Esc hides it, the popup shows it again', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-add-user', 'fr'));
  await expectHighlighted(page, 'add-user');
  // The overlay never takes focus by itself.
  expect(await page.evaluate(() => document.activeElement?.tagName, null)).toBe('BODY');
  // Keys typed in the portal's field stay there, Escape included.
  await page.click('[data-expect="target"]');
  await page.type('[data-expect="target"]', '850730');
  await page.evaluate(() => document.querySelector<HTMLInputElement>('[data-expect="target"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), null);
  expect(await page.evaluate(() => document.querySelector('csam-guide-overlay') !== null, null)).toBe(true);
  expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('[data-expect="target"]')!.value, null)).toBe('850730');

  // Focus a card control (as Tab would land on it), then Esc inside the card hides it.
  const focused = await page.evaluate(() => {
    const button = document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="cant-find"]')!;
    button.focus();
    return document.querySelector('csam-guide-overlay')!.shadowRoot!.activeElement?.getAttribute('data-testid');
  }, null);
  expect(focused).toBe('cant-find');
  await page.evaluate(() => {
    const button = document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="cant-find"]')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  }, null);
  await page.waitFor(() => document.querySelector('csam-guide-overlay') === null, null);

  const popup = await portal.openPopup();
  await popup.click('[data-testid="show-guide"]');
  await popup.close();
  await page.bringToFront();
  await page.waitFor(overlayShows, { step: 'add-user' });
});

test('screen readers: labelled card, polite announcement, ring hidden, checklist states', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-groups', 'nl'));
  await expectHighlighted(page, 'employer-group');
  const a11y = await page.evaluate(() => {
    const root = document.querySelector('csam-guide-overlay')!.shadowRoot!;
    return {
      label: root.querySelector('[data-testid="step-card"]')!.getAttribute('aria-label'),
      live: root.querySelector('[data-testid="announce"]')!.getAttribute('aria-live'),
      announced: root.querySelector('[data-testid="announce"]')!.textContent,
      ringHidden: root.querySelector('[data-testid="highlight"]')!.getAttribute('aria-hidden'),
    };
  }, null);
  expect(a11y).toEqual({ label: 'Stapsgewijze CSAM-gids', live: 'polite', announced: expect.stringContaining('Werkgever RSZ'), ringHidden: 'true' });
  const popup = await portal.openPopup();
  const list = await popup.evaluate(() => {
    const current = document.querySelector('[aria-current="step"]')!;
    return { tag: current.parentElement!.tagName, text: current.textContent };
  }, null);
  expect(list.tag).toBe('OL');
  expect(list.text).toMatch(/current step|étape en cours|huidige stap|aktueller Schritt/);
});
