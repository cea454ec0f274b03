// Regenerates the README's screenshots (docs/screenshots/) from the replica
// portal, in headless Chromium: `npm run screenshots`.
import { readFileSync } from 'node:fs';
import { test } from '../tests/e2e/fixtures';
import { overlayShows } from '../tests/e2e/support/inspect';
import { routeUrl } from '../tests/e2e/support/portalRoutes';
import { fixtureHtml } from '../tests/support/fixtures';

const OUT = 'docs/screenshots';
const settle = () => new Promise((r) => setTimeout(r, 400));

test('screenshots', async ({ portal }) => {
  const page = await portal.newPage();

  await page.goto(routeUrl('csam-home', 'fr'));
  await page.waitFor(overlayShows, { step: 'open-service', state: 'found' });
  await settle();
  await page.screenshot(`${OUT}/overlay-1-open-service-fr.png`);

  await page.goto(routeUrl('idp-login', 'nl'));
  await page.waitFor(overlayShows, { step: 'log-in', state: 'explain' });
  await settle();
  await page.screenshot(`${OUT}/overlay-4-log-in-nl.png`);

  await page.goto(routeUrl('uman-groups', 'nl'));
  await page.waitFor(overlayShows, { step: 'employer-group', state: 'found' });
  await settle();
  await page.screenshot(`${OUT}/overlay-5-employer-group-nl.png`);

  // A recognised page whose target is missing: the help panel opens by itself after a few seconds.
  // (Here, right after the group was chosen: later in the journey the group's home is a page left behind.)
  const groupHome = routeUrl('uman-group-home', 'fr');
  portal.extraPages[groupHome] = fixtureHtml({ file: 'uman-group-home/fr.html' }).replace(/>Utilisateurs</g, '>Personnes<');
  await page.goto(groupHome);
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="help-panel"]'), null);
  await settle();
  await page.screenshot(`${OUT}/overlay-6-cant-find-fr.png`);

  await page.goto(routeUrl('uman-user-form', 'fr'));
  await page.type('input[type="email"]', 'jan.peeters@pharma.example');
  await page.type('input[type="tel"]', '+32 2 123 45 67');
  await page.selectIndex('select', 1);
  await page.waitFor(overlayShows, { step: 'tick-tr-fpp', state: 'found' });
  await page.evaluate(() => document.querySelector('[data-expect="next"]')?.scrollIntoView({ block: 'center' }), null);
  await settle();
  await page.screenshot(`${OUT}/overlay-9-tick-tr-fpp-fr.png`);

  // German, and the same card in forced colours (Windows high contrast).
  await page.goto(routeUrl('csam-service', 'de'));
  await page.waitFor(overlayShows, { step: 'manage-access', state: 'found' });
  await page.evaluate(() => document.querySelector('[data-expect="target"]')?.scrollIntoView({ block: 'center' }), null);
  await settle();
  await page.screenshot(`${OUT}/overlay-2-manage-access-de.png`);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(routeUrl('csam-service', 'de'));
  await page.waitFor(overlayShows, { step: 'manage-access', state: 'found' });
  await page.evaluate(() => document.querySelector('[data-expect="target"]')?.scrollIntoView({ block: 'center' }), null);
  await settle();
  await page.screenshot(`${OUT}/overlay-2-forced-colours-de.png`);
  await page.emulateMedia({ forcedColors: 'none' });

  // Mid-journey, the session expired on the social-security host: said, progress kept, the way back ringed.
  const expired = 'https://www.socialsecurity.be/uman/nl/session-expired';
  portal.extraPages[expired] = readFileSync('tests/e2e/pages/session-expired-nl.html', 'utf8');
  await page.goto(expired);
  await page.waitFor(overlayShows, { step: 'session-expired', state: 'expired' });
  await settle();
  await page.screenshot(`${OUT}/overlay-expired-nl.png`);

  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"][data-done="true"]').length > 0, null);
  await popup.click('[data-step="bce-number"] input[type="checkbox"]');
  await popup.click('[data-step="main-access-manager"] input[type="checkbox"]');
  await settle();
  await popup.screenshot(`${OUT}/popup-midway.png`, 'main');
});
