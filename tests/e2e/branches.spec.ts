// The journey's branches, as a user walks them: a colleague who already has an
// account, and taking TR-FPP away (a second journey chosen in the popup).
import { expect, test } from './fixtures';
import type { PortalBrowser } from './support/drivers';
import { overlayShows, readChecklist } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted, NEXT, TARGET } from './support/walk';
import { fixtureHtml } from '../support/fixtures';

const UMAN = (lang: string) => `https://www.socialsecurity.be/uman/${lang}/groups/employer/users`;
const page = (dir: string, lang: string) => fixtureHtml({ file: `${dir}/${lang}.html` });

async function popupState(portal: PortalBrowser) {
  const popup = await portal.openPopup();
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 10, null);
  const state = await popup.evaluate(
    () => ({
      journey: document.querySelector('[data-testid="journey"][aria-pressed="true"]')?.getAttribute('data-journey'),
      items: Array.from(document.querySelectorAll<HTMLElement>('[data-testid="checklist-item"]')).map((li) => [li.dataset.step, li.dataset.done]),
    }),
    null,
  );
  await popup.close();
  return state;
}

for (const lang of ['fr', 'nl'] as const) {
  test(`existing account (${lang.toUpperCase()}): open it, tick TR-FPP, save; the new-user form is not needed`, async ({ portal }) => {
    // After "Suivant", the application answers with the person it already knows.
    portal.extraPages[`${UMAN(lang)}/new`] = page('uman-existing-user', lang);
    portal.extraPages[`${UMAN(lang)}/jan-peeters/edit`] = page('uman-edit-user', lang);
    const tab = await portal.newPage();
    await tab.goto(routeUrl('uman-add-user', lang));
    await expectHighlighted(tab, 'add-user', TARGET);
    await tab.type(TARGET, '85073003328');
    await expectHighlighted(tab, 'add-user', NEXT);
    await tab.clickAndNavigate(NEXT);

    const card = await expectHighlighted(tab, 'edit-existing', TARGET);
    expect(card.text).toMatch(lang === 'fr' ? /déjà un compte/ : /al een account/);
    expect(card.text).toMatch(lang === 'fr' ? /Étape 8 sur 9/ : /Stap 8 van 9/);
    await tab.clickAndNavigate(TARGET);

    await expectHighlighted(tab, 'tick-tr-fpp', TARGET);
    await tab.click(TARGET);
    await expectHighlighted(tab, 'tick-tr-fpp', NEXT);
    await tab.clickAndNavigate(NEXT);
    await tab.waitFor(overlayShows, { step: 'finished', state: 'finished' });

    const { journey, items } = await popupState(portal);
    expect(journey).toBe('add-access');
    const done = Object.fromEntries(items);
    expect(done['fill-required']).toBe('skipped');
    expect(done['edit-existing']).toBe('true');
    expect(done['tick-tr-fpp']).toBe('true');
  });
}

test('taking access away: chosen in the popup, its own progress, search, open, untick, save', async ({ portal }) => {
  const lang = 'nl';
  portal.extraPages[`${UMAN(lang)}/add?q=Peeters`] = page('uman-user-search', lang);
  portal.extraPages[`${UMAN(lang)}/jan-peeters/edit`] = page('uman-edit-user-trfpp', lang);

  // Some progress in the main journey first: it must stay untouched.
  const tab = await portal.newPage();
  await tab.goto(routeUrl('uman-groups', lang));
  await expectHighlighted(tab, 'employer-group');

  const popup = await portal.openPopup();
  await popup.click('[data-testid="journey"][data-journey="remove-access"]');
  await popup.waitFor(() => document.querySelector('[data-journey="remove-access"]')?.getAttribute('aria-pressed') === 'true', null);
  const fresh = await popup.evaluate(readChecklist, null);
  expect(fresh.map((i) => i.step)).toEqual(['main-access-manager', 'open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'find-user', 'open-user', 'untick-tr-fpp']);
  // The open tab shows the groups page: in this journey too, the first four steps are behind.
  await popup.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"][data-done="true"]').length === 4, null);
  expect((await popup.evaluate(readChecklist, null)).filter((i) => i.done === 'true').map((i) => i.step)).toEqual(['open-service', 'manage-access', 'social-security', 'log-in']);
  void fresh;
  await popup.close();
  await tab.bringToFront();

  await tab.goto(routeUrl('uman-add-user', lang));
  await expectHighlighted(tab, 'find-user', 'input[type="search"]');
  await tab.type('input[type="search"]', 'Peeters');
  await tab.waitFor(() => /Zoeken/.test(document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]')?.textContent ?? ''), null);
  await tab.clickAndNavigate('form[role="search"] button');

  await expectHighlighted(tab, 'open-user', TARGET);
  await tab.clickAndNavigate(TARGET);

  const untick = await expectHighlighted(tab, 'untick-tr-fpp', TARGET);
  expect(untick.text).toMatch(/Vink ‘TR-FPP’ uit/);
  await tab.click(TARGET);
  await expectHighlighted(tab, 'untick-tr-fpp', NEXT);
  expect(await tab.evaluate(() => document.querySelector<HTMLInputElement>('[data-expect="target"]')!.checked, null)).toBe(false);
  await tab.clickAndNavigate(NEXT);
  await tab.waitFor(overlayShows, { step: 'finished', state: 'finished' });

  const removal = await popupState(portal);
  expect(removal.journey).toBe('remove-access');
  expect(removal.items.filter(([, d]) => d === 'true').map(([s]) => s)).toEqual([
    'open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'find-user', 'open-user', 'untick-tr-fpp',
  ]);

  // Back to the main journey: its own progress, as it was.
  const back = await portal.openPopup();
  await back.click('[data-testid="journey"][data-journey="add-access"]');
  await back.waitFor(() => document.querySelector('[data-journey="add-access"]')?.getAttribute('aria-pressed') === 'true', null);
  const main = await back.evaluate(readChecklist, null);
  expect(main.filter((i) => i.done === 'true').map((i) => i.step)).toEqual(['open-service', 'manage-access', 'social-security', 'log-in']);
});

test('existing account that already has TR-FPP: nothing to add, the journey is complete', async ({ portal }) => {
  const lang = 'fr';
  portal.extraPages[`${UMAN(lang)}/new`] = page('uman-existing-user', lang).replace('DmfA', 'DmfA, TR-FPP');
  const tab = await portal.newPage();
  await tab.goto(routeUrl('uman-add-user', lang));
  await tab.type(TARGET, '85073003328');
  await expectHighlighted(tab, 'add-user', NEXT);
  await tab.clickAndNavigate(NEXT);
  await tab.waitFor(overlayShows, { step: 'finished', state: 'finished' });
  const text = await tab.evaluate(() => document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector('[data-testid="step-card"]')!.textContent, null);
  expect(text).toContain('déjà accès à TR-FPP');
  const { items } = await popupState(portal);
  expect(items.filter(([, d]) => d === 'false')).toEqual([['bce-number', 'false'], ['main-access-manager', 'false']]);
});
