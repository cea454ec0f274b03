// Broken, huge or hostile pages on the journey hosts: the portal keeps working,
// the extension throws nothing, and it draws only where it is sure.
import { expect, test } from './fixtures';
import { overlayShows, readOverlay } from './support/inspect';
import { fixtureHtml, ROUTES } from '../support/fixtures';
import { deepPage, hugePage } from '../support/mutate';
import { expectHighlighted, TARGET } from './support/walk';

const QUIET_MS = 1500;
const quiet = () => new Promise((r) => setTimeout(r, QUIET_MS));
const hasOverlay = () => document.querySelector('csam-guide-overlay') !== null;

test('empty, huge and deeply nested pages: no overlay, no error', async ({ portal }) => {
  const pages = {
    'https://www.csam.be/fr/index.html': '',
    'https://www.csam.be/fr/huge.html': hugePage(1_000_000),
    'https://www.socialsecurity.be/uman/fr/deep': deepPage(5000),
  };
  Object.assign(portal.extraPages, pages);
  const page = await portal.newPage();
  for (const url of Object.keys(pages)) {
    await page.goto(url);
    await quiet();
    expect(await page.evaluate(hasOverlay, null), url).toBe(false);
  }
  // The page still works: its own link is clickable.
  await page.click('a');
  // Firefox's HTML parser reports the 5 000 levels itself (it flattens them to 513).
  const browsersOwn = (m: string) => m.includes('document tree is too deep');
  expect(portal.pageErrors.filter((m) => !browsersOwn(m))).toEqual([]);
  expect(portal.consoleMessages.filter((m) => m.startsWith('error') && !browsersOwn(m))).toEqual([]);
});

test('hostile text and a page that throws: the guide still finds its way, safely', async ({ portal }) => {
  const route = ROUTES.find((r) => r.page === 'uman-groups' && r.lang === 'fr')!;
  const hostile = fixtureHtml(route)
    .replace('>Employeur ONSS<', '>Employeur\u200b\u00a0ONSS\u200f<')
    .replace('<h1>Gestion des accès</h1>', '<h1>Gestion des accès &lt;script&gt;window.pwned=1&lt;/script&gt;</h1>')
    .replace('</body>', '<script>window.pageRan = true; throw new Error("the portal\'s own bug")</script></body>');
  portal.extraPages[route.url] = hostile;
  const page = await portal.newPage();
  await page.goto(route.url);
  await expectHighlighted(page, 'employer-group', TARGET);
  const state = (await page.evaluate(readOverlay, TARGET))!;
  expect(state.text).toContain('« Employeur ONSS »');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned, null)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { pageRan?: boolean }).pageRan, null)).toBe(true);
  // The only error is the page's own.
  expect(portal.pageErrors.every((m) => m.includes("portal's own bug"))).toBe(true);
});

test('a recognised page whose target is missing says so', async ({ portal }) => {
  const route = ROUTES.find((r) => r.page === 'uman-group-home' && r.lang === 'nl')!;
  portal.extraPages[route.url] = fixtureHtml(route).replace(/>Gebruikers</g, '>Personen<');
  const page = await portal.newPage();
  await page.goto(route.url);
  await page.waitFor(overlayShows, { step: 'users-menu', state: 'not-found' });
  const state = (await page.evaluate(readOverlay, 'body'))!;
  expect(state.highlight).toBeNull();
  expect(state.text).toContain('Ik vind ‘Gebruikers’ niet op deze pagina.');
});
