// "Describe this page" and remembered corrections (issue 16), in Chromium and
// Firefox: the outline a user may send is shown in full, through the real
// panel and the popup, after typing into the page, and holds nothing typed nor
// the person shown; what the user tells the guide about a page is used on the
// next visit, survives a restart, and is forgotten from the popup.
import { expect, test } from './fixtures';
import type { PortalPage } from './support/drivers';
import { overlayShows } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted, TARGET } from './support/walk';

/** Runs in the page: the centre of one of the card's controls. */
function centreOf(testid: string) {
  const el = document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector(`[data-testid="${testid}"]`);
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest' });
  const b = el.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
}

/** A real click on one of the card's controls (not a synthetic one), once the card has stopped moving (it is placed again when it grows). */
async function clickCard(page: PortalPage, testid: string) {
  await page.waitFor((id) => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector(`[data-testid="${id}"]`), testid);
  let at = (await page.evaluate(centreOf, testid))!;
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = (await page.evaluate(centreOf, testid))!;
    if (now.x === at.x && now.y === at.y) break;
    at = now;
  }
  await page.mouseClick(at.x, at.y);
}

/** What a user types into the new-user form, and what the page itself shows of the person. */
const TYPED = { email: 'marguerite.dewulf@pharmavita.be', phone: '+32 9 222 33 44', job: 'Responsable Dewulf' };
const PERSONAL = [TYPED.email, 'marguerite', 'dewulf', 'pharmavita', '222 33 44', '+32', 'Peeters', '85.07.30-033.28', '85073003328', '033.28'];

async function fillForm(page: PortalPage) {
  await page.type('input[type="email"]', TYPED.email);
  await page.type('input[type="tel"]', TYPED.phone);
  await page.type('input[name="jobTitle"]', TYPED.job);
}

test('"Describe this page" in the help panel: the whole outline, nothing typed, nothing personal', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-user-form', 'fr'));
  await expectHighlighted(page, 'fill-required', TARGET);
  await fillForm(page);
  await clickCard(page, 'cant-find');
  await clickCard(page, 'describe-page');
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="page-report"]'), null);
  const shown = await page.evaluate(() => {
    const root = document.querySelector('csam-guide-overlay')!.shadowRoot!;
    return { json: root.querySelector('[data-testid="page-report"]')!.textContent ?? '', summary: root.querySelector('[data-testid="report-summary"]')!.textContent ?? '' };
  }, null);
  const outline = JSON.parse(shown.json);
  expect(outline.version).toBe(1);
  expect(outline.page.host).toBe('www.socialsecurity.be');
  expect(outline.guide).toMatchObject({ result: 'step', step: 'fill-required', target: 'found' }); // the language is still to choose
  expect(outline.counts.checkboxes).toBeGreaterThanOrEqual(6);
  expect(shown.json).toContain('TR-FPP');
  expect(shown.json).toContain('"data-outline-filled"');
  expect(shown.summary).toMatch(/Champs \d+/);
  for (const secret of PERSONAL) expect(shown.json.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  // The page itself was left as it was: the typed values are still there, in the page only.
  expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type="email"]')!.value, null)).toBe(TYPED.email);
});

test('"Describe this page" from the popup, for the tab the user is on', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(routeUrl('uman-user-form', 'nl'));
  await expectHighlighted(page, 'fill-required', TARGET);
  await fillForm(page);
  const popup = await portal.openPopup();
  await popup.click('[data-testid="describe-page"]');
  await popup.waitFor(() => !!document.querySelector('[data-testid="page-report"]'), null);
  const json = await popup.evaluate(() => document.querySelector('[data-testid="page-report"]')!.textContent ?? '', null);
  const outline = JSON.parse(json);
  expect(outline.version).toBe(1);
  expect(outline.page.lang).toBe('nl');
  expect(json).toContain('TR-FPP');
  for (const secret of PERSONAL) expect(json.toLowerCase(), secret).not.toContain(secret.toLowerCase());
});

test('a page the user corrected is recognised on the next visit, after a restart too, until forgotten in the popup', async ({ portal }) => {
  const url = routeUrl('uman-add-user', 'fr');
  let page = await portal.newPage();
  await page.goto(url);
  await expectHighlighted(page, 'add-user', TARGET);
  // The user says the guide is a step ahead here.
  await clickCard(page, 'cant-find');
  await clickCard(page, 'go-back');
  await page.waitFor(overlayShows, { step: 'users-menu' });

  const remembered = () => /Le guide a reconnu cette page/.test(document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="note"]')?.textContent ?? '');
  await page.reload();
  await page.waitFor(overlayShows, { step: 'users-menu' });
  await page.waitFor(remembered, null);

  await portal.restart();
  page = await portal.newPage();
  await page.goto(url);
  await page.waitFor(overlayShows, { step: 'users-menu' });
  await page.waitFor(remembered, null);

  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="correction"]').length === 1, null);
  expect(await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="correction"]')!.dataset.step, null)).toBe('users-menu');
  await popup.click('[data-testid="forget-correction"]');
  await popup.waitFor(() => !document.querySelector('[data-testid="corrections"]'), null);

  await page.bringToFront();
  await page.reload();
  await expectHighlighted(page, 'add-user', TARGET);
});
