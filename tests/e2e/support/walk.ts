// The journey as a user walks it, shared by the specs.
import { expect } from '@playwright/test';
import type { PortalBrowser, PortalPage } from './drivers';
import { overlayShows, readChecklist, readOverlay, surrounds } from './inspect';
import { routeUrl } from './portalRoutes';

export const TARGET = '[data-expect="target"]';
export const NEXT = '[data-expect="next"]';

export async function expectHighlighted(page: PortalPage, step: string, selector = TARGET) {
  await page.waitFor(overlayShows, { step, state: 'found' });
  // The ring follows the target on the next animation frame: wait for it to settle.
  await page.waitFor(
    ([sel]) => {
      const host = document.querySelector('csam-guide-overlay')?.shadowRoot;
      const h = host?.querySelector('[data-testid="highlight"]')?.getBoundingClientRect();
      const t = document.querySelector(sel!)?.getBoundingClientRect();
      return !!h && !!t && h.left <= t.left && h.top <= t.top && h.right >= t.right && h.bottom >= t.bottom;
    },
    [selector],
  );
  const state = (await page.evaluate(readOverlay, selector))!;
  expect(state.step).toBe(step);
  expect(surrounds(state), JSON.stringify(state)).toBe(true);
  return state;
}

/** Opens the popup in a tab, reads its checklist, closes it and returns to `back`. */
export async function checklist(portal: { openPopup(): Promise<PortalPage> }, back?: PortalPage) {
  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 10, null);
  const items = await popup.evaluate(readChecklist, null);
  await popup.close();
  await back?.bringToFront();
  return items;
}

export const doneSteps = (items: Awaited<ReturnType<typeof checklist>>) => items.filter((i) => i.done === 'true').map((i) => i.step);

/** The whole journey as a user walks it; returns the checklist at the end. */
export async function walkJourney(portal: PortalBrowser, lang: 'fr' | 'nl') {
  const page = await portal.newPage();

  await page.goto(routeUrl('csam-home', lang));
  const first = await expectHighlighted(page, 'open-service');
  expect(first.text).toMatch(lang === 'fr' ? /Étape 1 sur 9/ : /Stap 1 van 9/);
  await page.clickAndNavigate(TARGET);

  await expectHighlighted(page, 'manage-access');
  await page.clickAndNavigate(TARGET);

  await expectHighlighted(page, 'social-security');
  await page.clickAndNavigate(TARGET);

  // socialsecurity.be's public page: the way in is its login link.
  await expectHighlighted(page, 'log-in');
  await page.clickAndNavigate(TARGET);

  // The federal login: explained, nothing highlighted, nothing touched.
  await page.waitFor(overlayShows, { step: 'log-in', state: 'explain' });
  const login = (await page.evaluate(readOverlay, 'body'))!;
  expect(login.highlight).toBeNull();
  await page.clickAndNavigate('[data-replica-login]');

  await expectHighlighted(page, 'employer-group');
  await page.clickAndNavigate(TARGET);

  await expectHighlighted(page, 'users-menu');

  // Mid-way: the popup shows what is behind and what is next.
  const mid = await checklist(portal, page);
  expect(doneSteps(mid)).toEqual(['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group']);
  expect(mid.find((i) => i.current)?.step).toBe('users-menu');

  await page.clickAndNavigate(TARGET);

  // Add a user: first the national number, then "Next".
  await expectHighlighted(page, 'add-user', TARGET);
  await page.type(TARGET, '85073003328');
  await expectHighlighted(page, 'add-user', NEXT);
  await page.clickAndNavigate(NEXT);

  // The new user's form: required fields one by one, then TR-FPP, then save.
  await expectHighlighted(page, 'fill-required', TARGET);
  await page.type('input[type="email"]', 'jan.peeters@pharma.example');
  await page.type('input[type="tel"]', '+32 2 123 45 67');
  await page.selectIndex('select', 1);
  await expectHighlighted(page, 'tick-tr-fpp', NEXT);
  await page.click(NEXT);
  await page.waitFor(() => {
    const text = document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]')?.textContent ?? '';
    return /Enregistrer|Opslaan/.test(text);
  }, null);
  await page.clickAndNavigate('button[type="submit"]');

  await page.waitFor(overlayShows, { step: 'finished', state: 'finished' });
  const end = await checklist(portal);
  expect(end.filter((i) => i.done === 'true')).toHaveLength(9);
  return end;
}

