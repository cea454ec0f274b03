// Pages the replica portal never showed (issue 14), in Chromium and Firefox:
// each category gets one page written for this spec alone (tests/e2e/pages/),
// with its own titles, notices and element kinds, served at a real https URL
// and reached as a user reaches it: from csam.be's home page, through the
// replica pages before it, with a real click on what the guide rings on each
// (walkTo). No test starts on a later page nor seeds progress in storage.
//
// - an existing person's page that keeps the application's menu: never back to
//   "Utilisateurs", the edit button is ringed (FR <nav>, NL table layout);
// - the removal journey's edit form, menu kept, TR-FPP ticked: untick it;
// - groups as rows made clickable by script, the name split across spans;
// - "Gérer les accès" as a disclosure button on the same page;
// - a single-page application that swaps its content under a menu that stays;
// - "session expired" on socialsecurity.be itself: said, progress kept.
//
// A small recorder (RECORDER) is appended to each of these pages: it writes down
// every step/state the card shows, from the first to the last, so that a card
// that goes backwards for a moment is caught, not only the one at the end.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import type { PortalBrowser, PortalPage } from './support/drivers';
import { overlayShows, readOverlay, surrounds, type OverlayState } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { checklist, doneSteps, expectHighlighted, NEXT, TARGET } from './support/walk';
import { fixtureHtml } from '../support/fixtures';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const UMAN = (lang: string) => `https://www.socialsecurity.be/uman/${lang}/groups/employer/users`;
/** How long the card is watched on a page before "never showed X" is believed. */
const WATCH_MS = 3000;
/** How long a step and its ring may take to appear. */
const RING_MS = 8000;

/** Runs in the page: every step/state the card shows, in order, in window.__cardsSeen. */
const RECORDER = `<script>
(function () {
  var seen = (window.__cardsSeen = []);
  var last = null, watched = null;
  function look() {
    var host = document.querySelector('csam-guide-overlay');
    var root = host && host.shadowRoot;
    if (root && root !== watched) {
      watched = root;
      new MutationObserver(look).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step', 'data-state'] });
    }
    var card = root && root.querySelector('[data-testid="step-card"]');
    var now = card ? card.getAttribute('data-step') + '/' + card.getAttribute('data-state') : null;
    if (now !== last) { if (now) seen.push(now); last = now; }
  }
  new MutationObserver(look).observe(document.documentElement, { childList: true, subtree: true });
  setInterval(look, 25);
})();
</script>`;

/** One of this spec's pages, with the recorder. */
const served = (name: string) => readFileSync(`${PAGES}${name}.html`, 'utf8').replace('</body>', `${RECORDER}</body>`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cardsSeen = (tab: PortalPage) => tab.evaluate(() => ((window as unknown as { __cardsSeen?: string[] }).__cardsSeen ?? []).slice(), null);
const cardSummary = (s: OverlayState | null) =>
  s ? `${s.step}/${s.state} «${s.text.replace(/\s+/g, ' ').slice(0, 200)}» ring=${JSON.stringify(s.highlight)} target=${JSON.stringify(s.target)}` : 'no overlay';

/** Waits for `step` found with its ring around `selector`; on failure says what the card shows instead. */
async function expectRinged(tab: PortalPage, step: string, selector: string) {
  const ringed = ([s, sel]: string[]) => {
    const root = document.querySelector('csam-guide-overlay')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[data-testid="step-card"]');
    const h = root?.querySelector('[data-testid="highlight"]')?.getBoundingClientRect();
    const t = document.querySelector(sel!)?.getBoundingClientRect();
    return card?.dataset.step === s && card?.dataset.state === 'found' && !!h && !!t && h.left <= t.left && h.top <= t.top && h.right >= t.right && h.bottom >= t.bottom;
  };
  // The page itself is as written (a harness check, not the guide's).
  expect(await tab.evaluate((sel) => document.querySelector(sel) !== null, selector), `${selector} is on the page`).toBe(true);
  await tab.waitFor(ringed, [step, selector], RING_MS).catch(() => undefined);
  const state = await tab.evaluate(readOverlay, selector);
  const report = `card now: ${cardSummary(state)}; cards seen on this page: ${(await cardsSeen(tab)).join(' → ')}`;
  expect({ step: state?.step, state: state?.state }, report).toEqual({ step, state: 'found' });
  expect(surrounds(state!), report).toBe(true);
  return state!;
}

/** Waits for a card with `step`/`state`; on failure says what the card shows instead. */
async function expectCard(tab: PortalPage, step: string, state: string) {
  await tab.waitFor(overlayShows, { step, state }, RING_MS).catch(() => undefined);
  const now = await tab.evaluate(readOverlay, 'body');
  const report = `card now: ${cardSummary(now)}; cards seen on this page: ${(await cardsSeen(tab)).join(' → ')}`;
  expect({ step: now?.step, state: now?.state }, report).toEqual({ step, state });
  return now!;
}

/**
 * Watches the card for WATCH_MS: from the `from`-th card recorded on (and at the
 * end), it must show none of `never`: step ids, or states written `/state`. Soft:
 * the test goes on to say what the card ends on.
 */
async function expectNever(tab: PortalPage, never: string[], from = 0) {
  await pause(WATCH_MS);
  const seen = (await cardsSeen(tab)).slice(from);
  const now = await tab.evaluate(readOverlay, 'body');
  const last = now?.step ? `${now.step}/${now.state}` : null;
  const isWrong = (card: string) => never.some((n) => (n.startsWith('/') ? card.endsWith(n) : card.startsWith(`${n}/`)));
  const wrong = [...seen, ...(last ? [last] : [])].filter(isWrong);
  expect.soft([...new Set(wrong)], `cards seen: ${seen.join(' → ') || '(none new)'}; card now: ${cardSummary(now)}`).toEqual([]);
}

async function chooseJourney(portal: PortalBrowser, journey: string) {
  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 10, null);
  await popup.click(`[data-testid="journey"][data-journey="${journey}"]`);
  await popup.waitFor((j) => document.querySelector(`[data-journey="${j}"]`)?.getAttribute('aria-pressed') === 'true', journey);
  await popup.close();
}

/** The replica pages in the order a user meets them; `login` is the federal login page (explained, nothing ringed). */
const WALK = ['open-service', 'manage-access', 'social-security', 'log-in', 'login', 'employer-group', 'users-menu', 'add-user'] as const;

/**
 * Walks the journey as a user does, from csam.be's home page: on each replica page
 * the guide's ring, then a real click on it (on the login page, the replica's eID
 * link). Stops on the page where `stop` is shown, before clicking it.
 */
async function walkTo(tab: PortalPage, lang: 'fr' | 'nl', stop: (typeof WALK)[number]) {
  await tab.goto(routeUrl('csam-home', lang));
  for (const step of WALK) {
    if (step === 'login') await tab.waitFor(overlayShows, { step: 'log-in', state: 'explain' });
    else await expectHighlighted(tab, step);
    if (step === stop) return;
    await tab.clickAndNavigate(step === 'login' ? '[data-replica-login]' : TARGET);
  }
}

test.afterEach(async ({ portal }) => {
  expect(portal.pageErrors, 'uncaught errors in the pages').toEqual([]);
  expect(portal.consoleMessages.filter((m) => /^error: .*Uncaught/.test(m)), 'uncaught errors on the console').toEqual([]);
});

// ---------------------------------------------------------------- 1. existing person

for (const [lang, file, menu] of [
  ['fr', 'existing-person-nav-fr', 'a <nav>'],
  ['nl', 'existing-person-sidebar-nl', 'a div.sidebar in a table layout'],
] as const) {
  test(`existing person (${lang.toUpperCase()}), menu kept in ${menu}: "edit" is ringed, never back to users-menu`, async ({ portal }) => {
    // The add-user form posts to …/users/new: the application answers with the person it knows.
    portal.extraPages[`${UMAN(lang)}/new`] = served(file);
    const tab = await portal.newPage();
    await walkTo(tab, lang, 'add-user');
    await tab.type(TARGET, '85073003328');
    await expectHighlighted(tab, 'add-user', NEXT);
    await tab.clickAndNavigate(NEXT);
    expect(await tab.evaluate(() => document.querySelector('[data-probe="modify"]') !== null, null), 'the person page is shown').toBe(true);

    await expectNever(tab, ['users-menu']);
    await expectRinged(tab, 'edit-existing', '[data-probe="modify"]');
  });
}

// ---------------------------------------------------------------- 2. removal: the person's edit form

test('removal journey: the edit form keeps the menu, TR-FPP ticked: untick-tr-fpp on its box, never users-menu', async ({ portal }) => {
  const lang = 'fr';
  portal.extraPages[`${UMAN(lang)}/add?q=Peeters`] = fixtureHtml({ file: `uman-user-search/${lang}.html` });
  portal.extraPages[`${UMAN(lang)}/jan-peeters/edit`] = served('removal-person-form-fr');
  // The journey is chosen in the popup first, then walked from csam.be.
  await chooseJourney(portal, 'remove-access');
  const tab = await portal.newPage();
  await walkTo(tab, lang, 'users-menu');
  await tab.clickAndNavigate(TARGET);
  await expectHighlighted(tab, 'find-user', 'input[type="search"]');
  await tab.type('input[type="search"]', 'Peeters');
  await tab.waitFor(() => /Rechercher/.test(document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]')?.textContent ?? ''), null);
  await tab.clickAndNavigate('form[role="search"] button');
  await expectHighlighted(tab, 'open-user', TARGET);
  await tab.clickAndNavigate(TARGET);
  expect(await tab.evaluate(() => document.querySelector<HTMLInputElement>('[data-probe="trfpp"]')?.checked, null), 'the edit form is shown, TR-FPP ticked').toBe(true);

  await expectNever(tab, ['users-menu']);
  await expectRinged(tab, 'untick-tr-fpp', '[data-probe="trfpp"]');
});

// ---------------------------------------------------------------- 3. groups as clickable rows

test('groups as rows clickable by script only, the name split across spans: the row is ringed', async ({ portal }) => {
  portal.extraPages[routeUrl('uman-groups', 'fr')] = served('groups-clickable-rows-fr');
  const tab = await portal.newPage();
  await walkTo(tab, 'fr', 'login');
  // The replica login's eID link stands in for the login and lands on the groups page.
  await tab.clickAndNavigate('[data-replica-login]');
  expect(await tab.evaluate(() => document.querySelector('[data-probe="row-1"]') !== null, null), 'the groups page is shown').toBe(true);

  const row = await expectRinged(tab, 'employer-group', '[data-probe="row-1"]');
  expect(row.text).toMatch(/Employeur ONSS/);
  // The ringed row is what works: a click on it opens the group.
  await tab.clickAndNavigate('[data-probe="row-1"]');
  await expectHighlighted(tab, 'users-menu');
});

// ---------------------------------------------------------------- 4. disclosure on the same page

test('"Gérer les accès" as a disclosure button: after the click, social-security with its link ringed', async ({ portal }) => {
  const url = routeUrl('csam-service', 'fr');
  portal.extraPages[url] = served('csam-service-disclosure-fr');
  const tab = await portal.newPage();
  await walkTo(tab, 'fr', 'open-service');
  await tab.clickAndNavigate(TARGET);
  expect(await tab.evaluate(() => location.href, null)).toBe(url);

  await expectRinged(tab, 'manage-access', '[data-probe="disclose"]');
  await tab.click('[data-probe="disclose"]');
  expect(await tab.evaluate(() => document.querySelector('[data-probe="disclose"]')!.getAttribute('aria-expanded'), null)).toBe('true');
  expect(await tab.evaluate(() => location.href, null), 'the same page, nothing loaded').toBe(url);

  await expectRinged(tab, 'social-security', '[data-probe="domain-1"]');
});

// ---------------------------------------------------------------- 5. single-page application

test('a single-page app swaps its content under the menu: add-user with the NISS field ringed, not unsure, not users-menu', async ({ portal }) => {
  const home = routeUrl('uman-group-home', 'fr');
  portal.extraPages[home] = served('group-home-spa-fr');
  const tab = await portal.newPage();
  await walkTo(tab, 'fr', 'employer-group');
  await tab.clickAndNavigate(TARGET);
  expect(await tab.evaluate(() => location.href, null)).toBe(home);

  await expectRinged(tab, 'users-menu', '[data-probe="menu-people"]');
  const before = (await cardsSeen(tab)).length;
  await tab.click('[data-probe="menu-people"]');
  const after = await tab.evaluate(() => ({ path: location.pathname, field: !!document.querySelector('#niss'), menu: !!document.querySelector('[data-probe="menu-people"]') }), null);
  expect(after, 'pushState, the content swapped, the menu kept').toEqual({ path: '/uman/fr/groups/employer/users/add', field: true, menu: true });

  await expectNever(tab, ['users-menu', '/unsure'], before);
  await expectRinged(tab, 'add-user', '[data-probe="niss"]');
});

// ---------------------------------------------------------------- 6. session expired on socialsecurity.be

test('session expired on socialsecurity.be (FR), after a click mid-journey: said, progress kept', async ({ portal }) => {
  // Clicking "Utilisateurs" after the session timed out: the application answers with its notice.
  portal.extraPages[routeUrl('uman-add-user', 'fr')] = served('session-expired-fr');
  const tab = await portal.newPage();
  await walkTo(tab, 'fr', 'users-menu');
  await tab.clickAndNavigate(TARGET);
  expect(await tab.evaluate(() => document.querySelector('h1')?.textContent, null)).toBe('Votre session a expiré');

  const card = await expectCard(tab, 'session-expired', 'expired');
  expect(card.text, 'the card says progress is kept').toMatch(/progression[^.]*(gardée|conservée|enregistrée)/i);
  const items = await checklist(portal, tab);
  expect(doneSteps(items)).toEqual(expect.arrayContaining(['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu']));
});

test('session expired on socialsecurity.be (NL), the application sent there mid-journey: said, progress kept', async ({ portal }) => {
  const expired = 'https://www.socialsecurity.be/uman/nl/sessionexpired?from=%2Fgroups%2Femployer%2Fusers%2Fadd';
  portal.extraPages[expired] = served('session-expired-nl');
  const tab = await portal.newPage();
  await walkTo(tab, 'nl', 'add-user');
  // Idle too long: the application itself sends the browser to its notice.
  await tab.goto(expired);

  const card = await expectCard(tab, 'session-expired', 'expired');
  expect(card.text, 'the card says progress is kept').toMatch(/voortgang[^.]*(bewaard|behouden|opgeslagen)/i);
  const items = await checklist(portal, tab);
  expect(doneSteps(items)).toEqual(expect.arrayContaining(['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu']));
});
