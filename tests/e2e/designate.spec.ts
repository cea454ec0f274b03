// Designating the main access manager (issue 17), as a user walks it: the
// third journey from csam.be to the end page and the new manager's first
// login ticked; offered from add-access's prerequisite ("Guide me"), whose
// item ticks itself once the designation ends; and no typed number kept.
import { expect, test } from './fixtures';
import type { PortalBrowser, PortalPage } from './support/drivers';
import { overlayShows, readChecklist } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted, NEXT, TARGET } from './support/walk';
import { axe } from './support/axe';
import { fixtureHtml } from '../support/fixtures';

const DESIGNATE = 'designate-main-manager';
/** Where the service page's standard procedure leads (then, in reality, a redirect to the federal login). */
const STANDARD = 'https://www.csam.be/app032/camregistration/?procedure=standard';
const loginUrl = (lang: string) => `https://idp.iamfas.belgium.be/fas/XUI/?locale=${lang}&goto=camregistration`;

/**
 * Serves the way in: the standard procedure's address (a blank page the test
 * leaves for the login, as the portal's redirect would), and the federal
 * login whose replica eID key leads to `next` (the designation application).
 */
function serveLogin(portal: PortalBrowser, lang: 'fr' | 'nl', next: string) {
  portal.extraPages[STANDARD] = '<!doctype html><html lang="fr"><title>CSAM</title><p>…</p></html>';
  portal.extraPages[loginUrl(lang)] = fixtureHtml({ file: `idp-login/${lang}.html` }).replace(/href="[^"]*"( data-replica-login)/, `href="${next}"$1`);
}

const cardText = (page: PortalPage) =>
  page.evaluate(() => document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]')?.textContent ?? '', null);

/** A real click on a button of the card (in the overlay's shadow root). */
async function clickCard(page: PortalPage, testid: string) {
  await page.waitFor((id) => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector(`[data-testid="${id}"]`), testid);
  const at = (await page.evaluate((id) => {
    const r = document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, testid))!;
  await page.mouseClick(at.x, at.y);
}

async function chooseInPopup(popup: PortalPage, journey: string) {
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 8, null);
  await popup.click(`[data-testid="journey"][data-journey="${journey}"]`);
  await popup.waitFor((id) => document.querySelector(`[data-testid="journey"][data-journey="${id}"]`)?.getAttribute('aria-pressed') === 'true', journey);
}

const done = (items: { step: string; done: string }[]) => items.filter((i) => i.done === 'true').map((i) => i.step);

/** From csam.be's home to the login, in the designation journey. */
async function toTheLogin(page: PortalPage, lang: 'fr' | 'nl') {
  await page.goto(routeUrl('csam-home', lang));
  const first = await expectHighlighted(page, 'open-service');
  expect(first.text).toMatch(lang === 'fr' ? /Étape 1 sur 7/ : /Stap 1 van 7/);
  await page.clickAndNavigate(TARGET);

  // The first section's standard procedure, not "Gérer les accès" further down.
  const choose = await expectHighlighted(page, 'choose-designate', '[data-expect-designate="target"]');
  expect(choose.text).toMatch(lang === 'fr' ? /Procédure standard/ : /Standaardprocedure/);
  await page.clickAndNavigate('[data-expect-designate="target"]');
  await page.goto(loginUrl(lang));

  await page.waitFor(overlayShows, { step: 'log-in', state: 'explain' });
}

test('the whole designation (FR): service, standard procedure, login, firm, person, confirmation, end; the first login ticked in the popup', async ({ portal }) => {
  const company = routeUrl('csam-designate-company', 'fr');
  serveLogin(portal, 'fr', company);
  const setup = await portal.openPopup();
  await chooseInPopup(setup, DESIGNATE);
  const fresh = await setup.evaluate(readChecklist, null);
  expect(fresh.map((i) => i.step)).toEqual(['legal-representative', 'open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation', 'activate-account']);
  // The prerequisite names the BCE/KBO public search and the exception procedure.
  const prerequisite = await setup.evaluate(() => document.querySelector('[data-step="legal-representative"]')!.textContent, null);
  expect(prerequisite).toContain('https://kbopub.economie.fgov.be');
  expect(prerequisite).toMatch(/procédure d'exception|exception procedure/i);
  expect(await axe(setup, 'main')).toEqual([]);
  await setup.close();

  const page = await portal.newPage();
  await toTheLogin(page, 'fr');
  await page.clickAndNavigate('[data-replica-login]');

  // The firm: its number checked on the spot, then "Suivant".
  await expectHighlighted(page, 'enterprise-number', TARGET);
  await page.type(TARGET, '0403.019.262');
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="warning"]'), null);
  expect(await cardText(page)).toContain('10 chiffres');
  await page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.select(), TARGET);
  await page.type(TARGET, '0403.019.261');
  await expectHighlighted(page, 'enterprise-number', NEXT);
  await page.clickAndNavigate(NEXT);

  // The person designated: national number, phone, then "Suivant".
  await expectHighlighted(page, 'designee-details', TARGET);
  await page.type(TARGET, '85073003328');
  await expectHighlighted(page, 'designee-details', 'input[type="tel"]');
  await page.type('input[type="tel"]', '+32 2 123 45 67');
  await expectHighlighted(page, 'designee-details', NEXT);
  await page.clickAndNavigate(NEXT);

  await expectHighlighted(page, 'confirm-designation', TARGET);
  await page.clickAndNavigate(TARGET);

  // The end page: recorded, and the one step left away from the portal.
  await page.waitFor(overlayShows, { step: 'finished', state: 'finished' });
  expect(await cardText(page)).toMatch(/Étape 7 sur 7.*se connecte une fois/);
  expect(await axe(page, 'csam-guide-overlay')).toEqual([]);

  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 8, null);
  expect(done(await popup.evaluate(readChecklist, null))).toEqual(['open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation']);
  expect(await axe(popup, 'main')).toEqual([]);
  await popup.click('[data-testid="tick-step"]');
  await popup.waitFor(() => !!document.querySelector('.finished'), null);
  expect(done(await popup.evaluate(readChecklist, null))).toContain('activate-account');
  await popup.close();
  await page.bringToFront();
  // The card says the journey is complete once the popup ticked the last step.
  await page.waitFor(() => /Terminé/.test(document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]')?.textContent ?? ''), null);
});

test('from add-access\'s prerequisite ("Guide me") to the designation (NL, one form) and back: the prerequisite ticked itself', async ({ portal }) => {
  const lang = 'nl';
  serveLogin(portal, lang, routeUrl('csam-designate-form', lang));
  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 10, null);
  expect(await popup.evaluate(() => document.querySelector('[data-journey="add-access"]')?.getAttribute('aria-pressed'), null)).toBe('true');
  await popup.click('[data-step="main-access-manager"] [data-testid="guide-me"]');
  await popup.waitFor((id) => document.querySelector(`[data-testid="journey"][data-journey="${id}"]`)?.getAttribute('aria-pressed') === 'true', DESIGNATE);
  expect((await popup.evaluate(readChecklist, null))[0]!.step).toBe('legal-representative');
  await popup.close();

  const page = await portal.newPage();
  await toTheLogin(page, lang);
  await page.clickAndNavigate('[data-replica-login]');

  // One form: the enterprise number first, then the person's fields, then "Volgende".
  await expectHighlighted(page, 'enterprise-number', TARGET);
  await page.type(TARGET, 'BE 0428.759.497');
  await expectHighlighted(page, 'designee-details', 'input[aria-labelledby="l2"]');
  await page.type('input[aria-labelledby="l2"]', '93.05.18-223.61');
  await expectHighlighted(page, 'designee-details', 'input[type="tel"]');
  await page.type('input[type="tel"]', '0470 12 34 56');
  await expectHighlighted(page, 'designee-details', 'button[type="submit"]');
  await page.clickAndNavigate('button[type="submit"]');

  // The confirmation in a modal dialog.
  await expectHighlighted(page, 'confirm-designation', TARGET);
  await page.clickAndNavigate(TARGET);

  // On the end card: the first login ticked there.
  await page.waitFor(overlayShows, { step: 'finished', state: 'finished' });
  await clickCard(page, 'tick-left');
  await page.waitFor(() => /Klaar/.test(document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]')?.textContent ?? ''), null);

  const back = await portal.openPopup();
  await back.waitFor(() => !!document.querySelector('.finished'), null);
  await chooseInPopup(back, 'add-access');
  await back.waitFor(() => document.querySelector('[data-step="main-access-manager"]')?.getAttribute('data-done') === 'true', null);
  const items = await back.evaluate(readChecklist, null);
  expect(items.find((i) => i.step === 'main-access-manager')?.done).toBe('true');
  expect(items.find((i) => i.step === 'bce-number')?.done).toBe('false');
  // Ticked: no "Guide me" any more.
  expect(await back.evaluate(() => document.querySelector('[data-testid="guide-me"]'), null)).toBeNull();
});

test('checks the enterprise number and the national number on the spot and keeps neither', async ({ portal }) => {
  const setup = await portal.openPopup();
  await chooseInPopup(setup, DESIGNATE);
  await setup.close();
  const page = await portal.newPage();
  await page.goto(routeUrl('csam-designate-form', 'fr'));
  await expectHighlighted(page, 'enterprise-number', TARGET);
  await page.type(TARGET, '0660.936.422');
  await expectHighlighted(page, 'designee-details', '#niss');
  await page.type('#niss', '85.07.30-033.29');
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="warning"]'), null);
  await page.evaluate(() => document.querySelector<HTMLInputElement>('#niss')!.select(), null);
  await page.type('#niss', '85.07.30-033.28');
  await expectHighlighted(page, 'designee-details', '#tel');

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
  expect(dump).toContain('enterprise-number'); // the dump is real: progress is there
  for (const form of ['0660936422', '0660.936.422', '936.422', '85073003328', '85.07.30-033.28', '85073003329', '033.28']) expect(everything).not.toContain(form);
});
