// Regenerates the README's screenshots (docs/screenshots/, project `chromium`)
// and the store's (store/screenshots/: Chrome Web Store shots and promo tiles
// from Chromium, project `store`; AMO shots from Firefox, project `firefox`)
// from the replica portal: `npm run screenshots` (all),
// `npm run screenshots:store` (the store's only).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '../tests/e2e/fixtures';
import type { PortalBrowser, PortalPage } from '../tests/e2e/support/drivers';
import { overlayShows } from '../tests/e2e/support/inspect';
import { routeUrl } from '../tests/e2e/support/portalRoutes';
import { fixtureHtml } from '../tests/support/fixtures';

const OUT = 'docs/screenshots';
const settle = () => new Promise((r) => setTimeout(r, 400));

test('screenshots', { tag: '@docs' }, async ({ portal }) => {
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

// ------------------------------------------------------------------ store

const STORE = 'store/screenshots';
/** Chrome Web Store screenshots are 1280×800 (or 640×400); AMO shows its screenshots at 1.6:1, so the same size serves it. */
const STORE_VIEWPORT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };

const NAMES: Record<string, string> = Object.fromEntries(
  ['fr', 'nl'].map((lang) => [lang, JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')).extName.message]),
);
const TILE_TITLES: Record<string, string> = Object.fromEntries(Object.entries(NAMES).map(([lang, name]) => [lang, name.split(' – ')[0]!]));
const JOURNEY_TITLES: Record<string, string> = Object.fromEntries(
  ['fr', 'nl'].map((lang) => [lang, JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8')).journeys['add-access']]),
);
const dataUrl = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;

/** A page made of our own images (never a portal host: no guide runs there), shot at its size. */
async function composeShot(portal: PortalBrowser, name: string, size: { width: number; height: number }, body: string, out: string) {
  const url = `https://store-shots.invalid/${name}`;
  portal.extraPages[url] = `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${size.width}px; height: ${size.height}px; overflow: hidden; font-family: system-ui, 'DejaVu Sans', sans-serif; }
  </style></head><body>${body}</body></html>`;
  const page = await portal.newPage();
  await page.setViewport(size);
  await page.goto(url);
  await page.waitFor(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0), null);
  await page.screenshot(out);
  await page.close();
}

/** The guide on a replica page, its ringed target wholly in view with a margin (a store shot must cut nothing off). */
async function overlayAt(page: PortalPage, route: string, lang: string, step: string) {
  await page.goto(routeUrl(route, lang));
  await page.waitFor(overlayShows, { step, state: 'found' });
  await page.evaluate(() => {
    const target = document.querySelector('[data-expect="target"]');
    const below = target ? target.getBoundingClientRect().bottom + 40 - innerHeight : 0;
    if (below > 0) scrollBy(0, below);
  }, null);
  await settle();
}

for (const lang of ['fr', 'nl']) {
  test(`store screenshots, ${lang}`, { tag: '@store' }, async ({ portal }) => {
    mkdirSync(STORE, { recursive: true });
    const scratch = mkdtempSync(join(tmpdir(), 'store-shots-'));
    try {
      const page = await portal.newPage();
      await page.setViewport(STORE_VIEWPORT);

      // 1. Step 1 on csam.be's home page: the service tile ringed, the card says why.
      await overlayAt(page, 'csam-home', lang, 'open-service');
      await page.screenshot(`${STORE}/chrome-${lang}-1-overlay-csam.png`);

      // 2. Step 5 behind the login: the employer group ringed.
      await overlayAt(page, 'uman-groups', lang, 'employer-group');
      await page.screenshot(`${STORE}/chrome-${lang}-2-overlay-group.png`);
      const background = join(scratch, 'groups.png');
      await page.screenshot(background);

      // 3. The popup's checklist over that page, where a toolbar popup opens (top right),
      //    scaled to fit the 800 px height; the ringed target and the card stay in view on the left.
      const popup = await portal.openPopup();
      await popup.waitFor(() => !!document.querySelector('[data-testid="language"]'), null);
      await popup.evaluate((l) => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
        if (select.value !== l) {
          select.value = l;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }, lang);
      // The popup reloads in the chosen language: wait for its own words.
      const startAgain = JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8')).popup.startAgain as string;
      await popup.waitFor((text) => document.querySelector('[data-testid="start-again"]')?.textContent === text, startAgain);
      await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"][data-done="true"]').length >= 4, null);
      // Half-way, as a user would be: both prerequisites ticked.
      await popup.click('[data-step="bce-number"] input[type="checkbox"]');
      await popup.click('[data-step="main-access-manager"] input[type="checkbox"]');
      await settle();
      const popupShot = join(scratch, 'popup.png');
      await popup.screenshot(popupShot, 'main');
      await popup.close();
      await composeShot(
        portal,
        `popup-${lang}`,
        STORE_VIEWPORT,
        `<img src="${dataUrl(background)}" style="position:absolute;inset:0">
         <img src="${dataUrl(popupShot)}" style="position:absolute;top:12px;right:24px;height:776px;
           border:1px solid #b8c2cf;border-radius:8px;box-shadow:0 8px 28px rgba(16,32,64,.28);background:#fff">`,
        `${STORE}/chrome-${lang}-3-popup.png`,
      );

      // The small promo tile: icon, name, what it helps with — nothing else.
      await composeShot(
        portal,
        `tile-${lang}`,
        TILE,
        `<div style="box-sizing:border-box;width:440px;height:280px;padding:36px 32px;background:#153e6f;color:#fff;display:flex;flex-direction:column;justify-content:center;gap:18px">
           <img src="${dataUrl('public/icon/128.png')}" width="72" height="72" alt="">
           <div style="font-size:34px;font-weight:700;line-height:1.15;white-space:nowrap">${TILE_TITLES[lang]}</div>
           <div style="font-size:18px;line-height:1.35;color:#dbe6f4;white-space:nowrap">${JOURNEY_TITLES[lang]}</div>
         </div>`,
        `${STORE}/promo-tile-${lang}-440x280.png`,
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
}

// addons.mozilla.org: the same guide in Firefox, at 1280×800.
test('store screenshots, AMO', { tag: '@amo' }, async ({ portal }) => {
  mkdirSync(STORE, { recursive: true });
  const page = await portal.newPage();
  await page.setViewport(STORE_VIEWPORT);
  await overlayAt(page, 'csam-home', 'fr', 'open-service');
  await page.screenshot(`${STORE}/amo-fr-1-overlay-csam.png`);
  await overlayAt(page, 'uman-groups', 'nl', 'employer-group');
  await page.screenshot(`${STORE}/amo-nl-2-overlay-group.png`);
});
