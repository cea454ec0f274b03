// The portal as it really behaves: targets that arrive late, pages that change
// without loading, frames, modal dialogs, timeouts and error pages — and the
// "I can't find it" way out.
import { expect, test } from './fixtures';
import type { PortalPage } from './support/drivers';
import { overlayShows, readChecklist, readOverlay, surrounds } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { checklist, doneSteps, expectHighlighted, TARGET } from './support/walk';
import { fixtureHtml } from '../support/fixtures';

const html = (page: string, lang = 'fr') => fixtureHtml({ file: `${page}/${lang}.html` });
const withScript = (page: string, script: string, lang = 'fr') => html(page, lang).replace('</body>', `<script>${script}</script></body>`);

/** The centre of an element in the overlay's shadow root, for a real mouse click. */
const centreOf = (testid: string) => {
  const el = document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector(`[data-testid="${testid}"]`);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

async function clickCard(page: PortalPage, testid: string) {
  await page.waitFor((id) => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector(`[data-testid="${id}"]`), testid);
  const at = (await page.evaluate(centreOf, testid))!;
  await page.mouseClick(at.x, at.y);
}

test('a target that appears 3 s after load is highlighted when it comes', async ({ portal }) => {
  const url = routeUrl('uman-group-home', 'fr');
  // The menu entry is taken out at load and put back 3 s later, as a slow single-page app would.
  portal.extraPages[url] = withScript(
    'uman-group-home',
    `const link = document.querySelector('[data-expect="target"]'); const spot = link.parentNode; link.remove();
     setTimeout(() => spot.appendChild(link), 3000);`,
  );
  const page = await portal.newPage();
  await page.goto(url);
  await page.waitFor(overlayShows, { step: 'users-menu', state: 'not-found' });
  await expectHighlighted(page, 'users-menu');
});

test('a page that changes by history.pushState gets the next step', async ({ portal }) => {
  const url = routeUrl('uman-groups', 'fr');
  const next = html('uman-group-home');
  const body = next.slice(next.indexOf('<body>') + 6, next.indexOf('</body>'));
  portal.extraPages[url] = withScript(
    'uman-groups',
    `document.addEventListener('click', (e) => {
       const a = e.target.closest('a[data-expect]'); if (!a) return;
       e.preventDefault();
       history.pushState({}, '', a.href);
       document.body.innerHTML = ${JSON.stringify(body)};
     });`,
  );
  const page = await portal.newPage();
  await page.goto(url);
  await expectHighlighted(page, 'employer-group');
  await page.click(TARGET);
  await expectHighlighted(page, 'users-menu');
  expect(await page.evaluate(() => location.pathname, null)).toBe('/uman/fr/groups/employer');
  expect(await page.evaluate(() => document.querySelectorAll('csam-guide-overlay').length, null)).toBe(1);
});

test('a frame-based page: the highlight appears in the frame that holds the target', async ({ portal }) => {
  const frameset = 'https://www.socialsecurity.be/site_fr/employer/applics/frameset.htm';
  portal.extraPages[frameset] = `<!doctype html><html lang="fr"><head><title>Gestion des accès</title></head>
    <frameset cols="25%,75%"><frame src="https://www.socialsecurity.be/site_fr/employer/applics/menu.htm">
    <frame src="${routeUrl('uman-groups', 'fr')}"></frameset></html>`;
  portal.extraPages['https://www.socialsecurity.be/site_fr/employer/applics/menu.htm'] =
    '<!doctype html><html lang="fr"><body><ul><li><a href="#">Accueil</a></li><li><a href="#">Aide</a></li></ul></body></html>';
  const page = await portal.newPage();
  await page.goto(frameset);
  const inFrame = async () => page.evaluateInFrame('/uman/fr/groups', readOverlay, TARGET);
  await expect.poll(async () => (await inFrame())?.step ?? null, { timeout: 10_000 }).toBe('employer-group');
  await expect.poll(async () => surrounds((await inFrame())!), { timeout: 5_000 }).toBe(true);
  expect(await page.evaluate(() => document.querySelector('csam-guide-overlay'), null)).toBeNull();
  expect(await page.evaluateInFrame('menu.htm', () => document.querySelector('csam-guide-overlay'), null)).toBeNull();
});

test('the card stays above a modal dialog and takes clicks there', async ({ portal }) => {
  const url = routeUrl('uman-add-user', 'fr');
  // The add-user form opens in a modal <dialog>, as some application screens do.
  portal.extraPages[url] = withScript(
    'uman-add-user',
    `const form = document.querySelector('[data-expect="target"]').closest('section, form, div');
     const dialog = document.createElement('dialog'); document.body.appendChild(dialog);
     dialog.appendChild(form); dialog.showModal();`,
  );
  const page = await portal.newPage();
  await page.goto(url);
  await expectHighlighted(page, 'add-user', TARGET);
  expect(await page.evaluate(() => document.querySelector('dialog')!.matches(':modal'), null)).toBe(true);
  // What a click on the card would hit: our layer, not the dialog's backdrop.
  const hit = await page.evaluate(() => {
    const card = document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector('[data-testid="step-card"]')!.getBoundingClientRect();
    return document.elementFromPoint(card.left + 10, card.top + 10)?.tagName.toLowerCase();
  }, null);
  expect(hit).toBe('csam-guide-overlay');
  await clickCard(page, 'cant-find');
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="help-panel"]'), null);
});

test('back on the login page mid-journey (a timeout): explained, progress kept', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-add-user', 'nl'));
  await expectHighlighted(page, 'add-user');
  await page.goto(routeUrl('idp-login', 'nl'));
  await page.waitFor(overlayShows, { step: 'log-in', state: 'explain' });
  await page.waitFor(() => /sessie/.test(document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="note"]')?.textContent ?? ''), null);
  const items = await checklist(portal, page);
  expect(doneSteps(items)).toContain('users-menu');
  expect(items.find((i) => i.current)?.step).toBe('add-user');
});

test("a portal error page mid-journey says how to get back; before the journey it says nothing", async ({ portal }) => {
  const error = 'https://www.socialsecurity.be/uman/fr/error';
  portal.extraPages[error] = '<!doctype html><html lang="fr"><head><title>Erreur</title></head><body><h1>Une erreur est survenue</h1><p>Veuillez réessayer plus tard.</p></body></html>';
  const page = await portal.newPage();
  await page.goto(error);
  await new Promise((r) => setTimeout(r, 1200));
  expect(await page.evaluate(() => document.querySelector('csam-guide-overlay'), null)).toBeNull();

  await page.goto(routeUrl('uman-groups', 'fr'));
  await expectHighlighted(page, 'employer-group');
  await page.goto(error);
  await page.waitFor(overlayShows, { step: 'portal-error', state: 'detour' });
  const text = (await page.evaluate(readOverlay, 'body'))!.text;
  expect(text).toContain('Le portail affiche une erreur');
  expect(text).toContain('Prochaine étape : 5.');
});

test("I can't find it: go back a step, or mark the step done", async ({ portal }) => {
  const url = routeUrl('uman-group-home', 'fr');
  portal.extraPages[url] = html('uman-group-home').replace(/>Utilisateurs</g, '>Personnes<');
  const page = await portal.newPage();
  await page.goto(url);
  await page.waitFor(overlayShows, { step: 'users-menu', state: 'not-found' });
  // Missing for a few seconds: the help opens by itself.
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="help-panel"]'), null, 6_000);

  await clickCard(page, 'go-back');
  // The previous step's card; its target may or may not be on this page (here the breadcrumb names the group).
  await page.waitFor(overlayShows, { step: 'employer-group' });
  expect(doneSteps(await checklist(portal, page))).not.toContain('employer-group');

  await clickCard(page, 'rescan');
  await page.waitFor(overlayShows, { step: 'users-menu', state: 'not-found' });
  await clickCard(page, 'cant-find');
  await clickCard(page, 'mark-done');
  await page.waitFor(() => document.querySelector('csam-guide-overlay') === null, null);
  const items = await checklist(portal, page);
  expect(doneSteps(items)).toContain('users-menu');
  expect(items.find((i) => i.current)?.step).toBe('add-user');
  // The page itself was never touched.
  expect(await page.evaluate(() => document.body.innerHTML.includes('Personnes'), null)).toBe(true);
  void readChecklist;
});

test('the ring follows a target that moves when the page inserts content above it', async ({ portal }) => {
  const url = routeUrl('uman-groups', 'nl');
  portal.extraPages[url] = withScript(
    'uman-groups',
    `setTimeout(() => { const b = document.createElement('div'); b.style.height = '180px'; b.textContent = 'Onderhoud gepland';
       document.querySelector('main, body').prepend(b); }, 1500);`,
    'nl',
  );
  const page = await portal.newPage();
  await page.goto(url);
  const before = await expectHighlighted(page, 'employer-group');
  await page.waitFor((top) => (document.querySelector('[data-expect="target"]')!.getBoundingClientRect().top - top) > 100, before.target!.top);
  await expect.poll(async () => surrounds((await page.evaluate(readOverlay, TARGET))!), { timeout: 5_000 }).toBe(true);
});
