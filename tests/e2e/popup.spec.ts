// The popup's safety nets: diagnostics without personal data, damaged storage
// repaired with a notice, and a word when the tab is not the portal.
import { expect, test } from './fixtures';
import { readChecklist } from './support/inspect';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted, NEXT, TARGET } from './support/walk';

const storageApi = () => {
  type Area = { get(k: null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
  const g = globalThis as unknown as { browser?: { storage: { local: Area } }; chrome: { storage: { local: Area } } };
  return (g.browser ?? g.chrome).storage.local;
};

test('diagnostics for the helpdesk: where and why, nothing typed', async ({ portal }) => {
  const page = await portal.newPage();
  await page.goto(`${routeUrl('uman-add-user', 'nl')}?rrn=85073003328`);
  await expectHighlighted(page, 'add-user', TARGET);
  await page.type(TARGET, '85073003328');
  await expectHighlighted(page, 'add-user', NEXT);

  const popup = await portal.openPopup();
  await popup.click('[data-testid="copy-diagnostics"]');
  await popup.waitFor(() => !!document.querySelector('[data-testid="diagnostics"]'), null);
  const text = await popup.evaluate(() => document.querySelector('[data-testid="diagnostics"]')!.textContent ?? '', null);
  const report = JSON.parse(text);
  expect(report.lastPage).toMatchObject({ host: 'www.socialsecurity.be', path: '/uman/nl/groups/employer/users/add', lang: 'nl', result: 'add-user/next' });
  expect(report.lastPage.scores[0].page).toBe('uman-add-user');
  expect(report.extension).toBe('0.1.0');
  expect(report.browser).toMatch(/^(Chrome|Firefox) \d+$/);
  expect(text).not.toMatch(/85073003328|rrn/);
});

test('damaged stored progress is repaired, with a notice, and nothing readable is lost', async ({ portal }) => {
  const popup = await portal.openPopup();
  await popup.evaluate(async (api) => {
    const local = (0, eval)(`(${api})`)();
    await local.set({ progress: { 'add-access': { done: ['open-service', 42, 'nonsense'], prerequisites: 'x', lastStep: {}, finished: 'yes' } } });
  }, storageApi.toString());
  const again = await portal.openPopup();
  await again.waitFor(() => !!document.querySelector('[data-testid="repaired"]'), null);
  const items = await again.evaluate(readChecklist, null);
  expect(items.filter((i) => i.done === 'true').map((i) => i.step)).toEqual(['open-service']);
  await again.click('[data-testid="repaired"] button');
  await again.waitFor(() => !document.querySelector('[data-testid="repaired"]'), null);

  // Garbage of the wrong type altogether: empty progress, same notice, no crash.
  await again.evaluate(async (api) => {
    await (0, eval)(`(${api})`)().set({ progress: 'not even an object' });
  }, storageApi.toString());
  const third = await portal.openPopup();
  await third.waitFor(() => !!document.querySelector('[data-testid="repaired"]'), null);
  expect((await third.evaluate(readChecklist, null)).every((i) => i.done === 'false')).toBe(true);
});

test('says when the tab in use is not the CSAM portal, and only then', async ({ portal }) => {
  // The popup page opened in a tab looks at the tab used just before it.
  portal.extraPages['https://www.example.org/'] = '<!doctype html><title>Another site</title><h1>Another site</h1>';
  const other = await portal.newPage();
  await other.goto('https://www.example.org/');
  const popup = await portal.openPopup();
  await popup.waitFor(() => !!document.querySelector('[data-testid="not-portal"]'), null);
  const text = await popup.evaluate(() => document.querySelector('[data-testid="not-portal"]')!.textContent, null);
  expect(text).toMatch(/not the CSAM portal|pas le portail CSAM|niet het CSAM-portaal|nicht das CSAM-Portal/);
  await popup.close();

  const genuine = await portal.newPage();
  await genuine.goto(routeUrl('csam-home', 'fr'));
  await expectHighlighted(genuine, 'open-service');
  const again = await portal.openPopup();
  await again.waitFor(() => document.querySelectorAll('[data-testid="checklist-item"]').length >= 10, null);
  await new Promise((r) => setTimeout(r, 300));
  expect(await again.evaluate(() => document.querySelector('[data-testid="not-portal"]'), null)).toBeNull();
});
