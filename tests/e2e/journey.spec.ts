// The whole journey as a user walks it, in French and in Dutch, in Chromium and
// Firefox: on each page the highlight surrounds the right element, a real click
// moves on, the popup's checklist follows, and a reload keeps everything.
import { expect, test } from './fixtures';
import { overlayShows, readChecklist } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { checklist, doneSteps, expectHighlighted, NEXT, TARGET, walkJourney } from './support/walk';

for (const lang of ['fr', 'nl'] as const) {
  test(`walks the whole journey in ${lang.toUpperCase()}`, async ({ portal }) => {
    const end = await walkJourney(portal, lang);
    expect(end.filter((i) => i.done === 'true')).toHaveLength(9);
  });
}

test('progress survives a reload and stays on the same step', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-group-home', 'fr'));
  await expectHighlighted(page, 'users-menu');
  await page.reload();
  await expectHighlighted(page, 'users-menu');
  const items = await checklist(portal);
  expect(doneSteps(items)).toEqual(['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group']);
  expect(items.find((i) => i.current)?.step).toBe('users-menu');
});

test('pages that are not part of the journey get no overlay', async ({ portal }) => {
  const page = await portal.newPage();
  // A known page first, to prove the content script runs in this browser at all.
  await page.goto(routeUrl('csam-service', 'nl'));
  await page.waitFor(overlayShows, { step: 'manage-access' });
  for (const [name, lang] of [['unknown-csam', 'fr'], ['unknown-socialsecurity', 'nl']] as const) {
    await page.goto(routeUrl(name, lang));
    // Longer than the overlay takes to appear on a known page (about 0.3 s).
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelector('csam-guide-overlay'), null)).toBeNull();
  }
});

test('progress survives a browser restart', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-add-user', 'nl'));
  await expectHighlighted(page, 'add-user');
  await portal.restart();
  const items = await checklist(portal);
  expect(doneSteps(items)).toEqual(['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu']);
  expect(items.find((i) => i.current)?.step).toBe('add-user');
});

test('the overlay leaves the page DOM as it was and never takes the keys typed in it', async ({ portal }) => {
  const page = await portal.newPage();
  const url = routeUrl('uman-add-user', 'fr');
  await page.goto(url);
  await expectHighlighted(page, 'add-user');
  await page.type(TARGET, '85.07.30-033.28');
  await expectHighlighted(page, 'add-user', NEXT);
  const result = await page.evaluate(async (src) => {
    const html = await (await fetch(src)).text();
    const fresh = new DOMParser().parseFromString(html, 'text/html');
    const live = document.documentElement.cloneNode(true) as HTMLElement;
    live.querySelectorAll('csam-guide-overlay').forEach((el) => el.remove());
    const field = document.querySelector<HTMLInputElement>('[data-expect="target"]')!;
    return {
      sameDom: live.innerHTML.replace(/\s+/g, ' ') === fresh.documentElement.innerHTML.replace(/\s+/g, ' '),
      value: field.value,
      hosts: document.querySelectorAll('csam-guide-overlay').length,
      hostParent: document.querySelector('csam-guide-overlay')?.parentElement?.tagName,
    };
  }, url);
  expect(result).toEqual({ sameDom: true, value: '85.07.30-033.28', hosts: 1, hostParent: 'HTML' });
});

test('popup: prerequisites, "Open CSAM" and "Start again"', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-groups', 'fr'));
  await expectHighlighted(page, 'employer-group');

  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"][data-done="true"]').length === 4, null);
  await popup.click('[data-step="bce-number"] input[type="checkbox"]');
  await popup.waitFor(() => document.querySelector('[data-step="bce-number"]')?.getAttribute('data-done') === 'true', null);
  const bar = await popup.evaluate(() => document.querySelector('[data-testid="progress"]')?.getAttribute('aria-valuenow'), null);
  expect(bar).toBe('5');

  const opened = portal.nextNavigation('https://www.csam.be/');
  await popup.click('[data-testid="open-csam"]');
  expect(await opened).toMatch(/^https:\/\/www\.csam\.be\/(fr|nl|de|en)\/index\.html$/);

  const again = await portal.openPopup();
  await again.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 10, null);
  await again.click('[data-testid="start-again"]');
  await again.click('[data-testid="confirm-start-again"]');
  await again.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"][data-done="true"]').length === 0, null);
  const items = await again.evaluate(readChecklist, null);
  expect(items.find((i) => i.current)?.step).toBe('open-service');
});

for (const lang of ['de', 'en'] as const) {
  test(`walks the csam.be part of the journey in ${lang.toUpperCase()}, up to the login`, async ({ portal }) => {
    const page = await portal.newPage();
    await page.goto(routeUrl('csam-home', lang));
    const first = await expectHighlighted(page, 'open-service');
    expect(first.text).toMatch(lang === 'de' ? /Schritt 1 von 9/ : /Step 1 of 9/);
    await page.clickAndNavigate(TARGET);
    await expectHighlighted(page, 'manage-access');
    await page.clickAndNavigate(TARGET);
    await expectHighlighted(page, 'social-security');
    await page.clickAndNavigate(TARGET);
    await expectHighlighted(page, 'log-in');
    await page.clickAndNavigate(TARGET);
    await page.waitFor(overlayShows, { step: 'log-in', state: 'explain' });
    const items = await checklist(portal, page);
    expect(doneSteps(items)).toEqual(['open-service', 'manage-access', 'social-security']);
  });
}
