// Privacy and trust, in real browsers: the extension sends nothing, keeps no
// typed value, and shows itself only on the genuine portal hosts.
import { expect, test } from './fixtures';
import { overlayShows } from './support/inspect';
import { fixtureHtml, ROUTES } from '../support/fixtures';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted, NEXT, TARGET, walkJourney } from './support/walk';

test('makes no request of its own during a whole journey', async ({ portal }) => {
  await walkJourney(portal, 'fr');
  const portalPages = new Set(ROUTES.map((r) => new URL(r.url).origin + new URL(r.url).pathname));
  const unexpected = portal.requests.filter(({ url, navigation }) => {
    if (/^(chrome|moz)-extension:\/\//.test(url)) return false; // the popup's own files
    // Firefox's own: tab icons and its built-in fonts (data: never leaves the machine).
    if (url.startsWith('data:') || url.endsWith('/favicon.ico')) return false;
    const u = new URL(url);
    return !(navigation && portalPages.has(u.origin + u.pathname));
  });
  // The replica pages load nothing themselves, so anything else came from the extension.
  expect(unexpected).toEqual([]);
  expect(portal.requests.length).toBeGreaterThan(10);
});

test('checks the national number on the spot and keeps it nowhere', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-add-user', 'fr'));
  await expectHighlighted(page, 'add-user', TARGET);
  await page.type(TARGET, '85.07.30-033.29');
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="warning"]'), null);
  await page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.select(), TARGET);
  await page.type(TARGET, '85.07.30-033.28');
  await expectHighlighted(page, 'add-user', NEXT);
  expect(await page.evaluate(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="warning"]'), null)).toBe(false);
  await page.clickAndNavigate(NEXT);
  await expectHighlighted(page, 'fill-required');

  const popup = await portal.openPopup();
  const dump = await popup.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    type Api = { storage: { local: Area; session?: Area } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const local = await api.storage.local.get(null);
    const session = api.storage.session ? await api.storage.session.get(null).catch(() => ({})) : {};
    return JSON.stringify({ local, session });
  }, null);
  const everything = [dump, ...portal.consoleMessages].join('\n');
  expect(dump).toContain('add-user'); // the dump is real: progress is there
  for (const form of ['85073003328', '85.07.30-033.28', '85073003329', '850730', '033.28']) expect(everything).not.toContain(form);
});

test('no overlay on lookalike hosts or over plain http', async ({ portal }) => {
  const home = ROUTES.find((r) => r.page === 'csam-home' && r.lang === 'fr')!;
  const html = fixtureHtml(home);
  const lookalikes = [
    'https://csam.be.example.com/fr/index.html',
    'https://www-csam.be/fr/index.html',
    'https://www.csarn.be/fr/index.html',
    'http://www.csam.be/fr/index.html',
  ];
  for (const url of lookalikes) portal.extraPages[url] = html;
  const page = await portal.newPage();
  // The genuine page first: the content script does run in this browser.
  await page.goto(home.url);
  await page.waitFor(overlayShows, { step: 'open-service' });
  for (const url of lookalikes) {
    await page.goto(url);
    expect(await page.evaluate(() => location.href, null)).toBe(url);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await page.evaluate(() => document.querySelector('csam-guide-overlay'), null), url).toBeNull();
  }
});

test('reads its words and its guide from its own files where the page cannot, even under a strict Content-Security-Policy', async ({ portal }) => {
  const route = ROUTES.find((r) => r.page === 'uman-group-home' && r.lang === 'nl')!;
  // The strictest policy a portal could send: the page itself may load and connect to nothing.
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;
  const url = `${route.url}?csp=strict`;
  portal.extraPages[url] = fixtureHtml(route).replace(/<head>/i, `<head>${csp}`);
  const page = await portal.newPage();
  await page.goto(url);
  // The card speaks Dutch: the content script read strings/nl.json.
  await page.waitFor(overlayShows, { step: 'users-menu', state: 'found' });
  const text = await page.evaluate(() => document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector('[data-testid="step-card"]')!.textContent, null);
  expect(text).toContain('Gebruikers');
  // A page (without a policy of its own) cannot read the same file: nothing tells it the extension is there.
  await page.goto(route.url);
  await page.waitFor(overlayShows, { step: 'users-menu', state: 'found' });
  // Nor the guide's module, which the content script imported meanwhile.
  const probe = await page.evaluate(
    (origin) =>
      Promise.all(
        ['strings/nl.json', 'portal-guide.js', 'portal-extras.js'].map((file) =>
          fetch(`${origin}/${file}`).then(
            (r) => `${file}: read ${r.status}`,
            () => `${file}: refused`,
          ),
        ),
      ),
    portal.extensionOrigin,
  );
  expect(probe).toEqual(['strings/nl.json: refused', 'portal-guide.js: refused', 'portal-extras.js: refused']);
});
