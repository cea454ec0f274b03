// Our layer against the page's own top layer: the card stays visible and
// clickable above every modal dialog (opaque ::backdrop included), popover and
// z-index, from the frame the page shows them in; and it is placed where it
// covers neither the target nor the target's other forms on the page.
import { expect, test } from './fixtures';
import type { PortalPage } from './support/drivers';
import { routeUrl } from './support/portalRoutes';
import { expectHighlighted } from './support/walk';
import { fixtureHtml } from '../support/fixtures';

const HOME = routeUrl('csam-home', 'fr');

/** The csam.be home page replica, with an opaque backdrop for its dialogs and a script of the test's. */
const home = (script = '', css = '') =>
  fixtureHtml({ file: 'csam-home/fr.html' })
    .replace('</head>', `<style>dialog::backdrop{background:#000}dialog{width:420px}${css}</style></head>`)
    .replace('</body>', `<script>${script}</script></body>`);

/** Page script: `makeDialog(id, parent?)` adds a dialog with text and a button to the page. */
const MAKE_DIALOG = `window.makeDialog = (id, parent) => {
  const d = document.createElement('dialog'); d.id = id;
  const p = document.createElement('p'); p.textContent = 'Dialogue ' + id;
  const b = document.createElement('button'); b.textContent = 'OK';
  d.append(p, b); (parent ? document.getElementById(parent) : document.body).append(d); return d;
};`;

interface CardHit {
  /** What a click at the card's centre would hit: our card, or what is above it. */
  hit: string;
  /** Where our host lives: 'html' (after the body) or the id of the dialog holding it. */
  home: string;
}

/** Runs in the page, after the page's own `action` and one animation frame: is our card on top? */
function cardAfterFrame(action: string): Promise<CardHit> {
  new Function(action)();
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const host = document.querySelector('csam-guide-overlay');
      const root = host?.shadowRoot;
      const card = root?.querySelector('[data-testid="step-card"]');
      const home = host?.parentElement ? (host.parentElement.id || host.parentElement.localName) : 'none';
      if (!host || !root || !card) return resolve({ hit: 'no card', home });
      const r = card.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // The document sees our host; our shadow root sees what is inside it.
      const outer = document.elementFromPoint(x, y);
      const inner = root.elementFromPoint(x, y);
      const hit = outer === host && inner && card.contains(inner) ? 'card' : `${outer?.localName}#${outer?.id}`;
      resolve({ hit, home });
    }),
  );
}

const onTop = (page: PortalPage, action = '') => page.evaluate(cardAfterFrame, action);

/** Runs in the page: is the target ringed, and does the card overlap the dialog? */
function clearOfDialog(id: string) {
  const root = document.querySelector('csam-guide-overlay')!.shadowRoot!;
  const c = root.querySelector('[data-testid="step-card"]')!.getBoundingClientRect();
  const d = document.getElementById(id)!.getBoundingClientRect();
  const overDialog = c.left < d.right && d.left < c.right && c.top < d.bottom && d.top < c.bottom;
  return { ring: !!root.querySelector('[data-testid="highlight"]'), overDialog };
}

/** A real mouse click on the card's "I can't find it", which opens its help panel; then closes it again. */
async function clickCantFind(page: PortalPage) {
  const centre = () => {
    const b = document.querySelector('csam-guide-overlay')!.shadowRoot!.querySelector('[data-testid="cant-find"]')!.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  };
  const panel = () => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="help-panel"]');
  const at = await page.evaluate(centre, null);
  await page.mouseClick(at.x, at.y);
  await page.waitFor(panel, null, 3_000);
  const again = await page.evaluate(centre, null);
  await page.mouseClick(again.x, again.y);
  await page.waitFor(() => !document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="help-panel"]'), null, 3_000);
}

test('csam.be home: a modal dialog with an opaque backdrop, opened after the card, closed, another: the card stays on top and clickable', async ({ portal }) => {
  // A busy page (a ticker every 200 ms), as the real home page with its news and
  // cookie scripts: the guide then looks at the page seldom, the card must not wait for it.
  portal.extraPages[HOME] = home(`${MAKE_DIALOG} setInterval(() => { document.querySelector('.news time').textContent = String(Date.now()); }, 200);`);
  const page = await portal.newPage();
  await page.goto(HOME);
  await expectHighlighted(page, 'open-service');
  await new Promise((r) => setTimeout(r, 2_500));

  expect(await onTop(page, `makeDialog('cookies').showModal()`)).toEqual({ hit: 'card', home: 'cookies' });
  // The target is behind the dialog, out of reach: no ring around it, and the card keeps clear of the dialog to answer first.
  expect(await page.evaluate(clearOfDialog, 'cookies')).toEqual({ ring: false, overDialog: false });
  await clickCantFind(page);
  // Closed: back in the body, still on top.
  expect(await onTop(page, `document.getElementById('cookies').close()`)).toEqual({ hit: 'card', home: 'html' });
  expect(await onTop(page, `makeDialog('session').showModal()`)).toEqual({ hit: 'card', home: 'session' });
  await clickCantFind(page);
  // The same dialog shown again goes above everything: so do we.
  expect(await onTop(page, `const d = document.getElementById('session'); d.close(); d.showModal()`)).toEqual({ hit: 'card', home: 'session' });
  expect(await onTop(page, `document.getElementById('session').close()`)).toEqual({ hit: 'card', home: 'html' });
  // A popover of the page's, a fullscreen-sized element with the highest z-index.
  expect(await onTop(page, `const p = document.createElement('div'); p.popover = 'manual'; p.style.cssText = 'inset:0;width:100vw;height:100vh;background:#000'; document.body.append(p); p.showPopover()`)).toEqual({ hit: 'card', home: 'html' });
  expect(await onTop(page, `const z = document.createElement('div'); z.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#000'; document.body.append(z)`)).toEqual({ hit: 'card', home: 'html' });
  await clickCantFind(page);
  expect(portal.pageErrors).toEqual([]);
});

test('csam.be home: a modal dialog opened before the guide starts, with a transformed, clipped dialog', async ({ portal }) => {
  portal.extraPages[HOME] = home(`${MAKE_DIALOG} makeDialog('cookies').showModal();`, 'dialog{transform:translateY(10px);overflow:hidden;contain:paint}');
  const page = await portal.newPage();
  await page.goto(HOME);
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]'), null);
  expect(await onTop(page)).toEqual({ hit: 'card', home: 'cookies' });
  await clickCantFind(page);
});

test('stacked and nested modal dialogs: the card lives in the topmost, whatever the document order', async ({ portal }) => {
  // Two dialogs in the markup; the later one is shown first, before the guide starts.
  portal.extraPages[HOME] = home(`${MAKE_DIALOG} makeDialog('early'); makeDialog('late').showModal(); setTimeout(() => document.getElementById('early').showModal(), 0);`);
  const page = await portal.newPage();
  await page.goto(HOME);
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]'), null);
  // Both were open before the guide came: the topmost is found by asking the page.
  expect(await onTop(page)).toEqual({ hit: 'card', home: 'early' });
  await clickCantFind(page);
  expect(await onTop(page, `makeDialog('inner', 'early').showModal()`)).toEqual({ hit: 'card', home: 'inner' });
  expect(await onTop(page, `document.getElementById('late').close(); document.getElementById('late').showModal()`)).toEqual({ hit: 'card', home: 'late' });
  await clickCantFind(page);
  expect(await onTop(page, `document.getElementById('late').close()`)).toEqual({ hit: 'card', home: 'inner' });
  expect(await onTop(page, `document.getElementById('inner').close()`)).toEqual({ hit: 'card', home: 'early' });
  // The page takes away the dialog we live in: back to the body at once.
  expect(await onTop(page, `document.getElementById('early').remove()`)).toEqual({ hit: 'card', home: 'html' });
  await clickCantFind(page);
  expect(portal.pageErrors).toEqual([]);
});

/**
 * Runs in the page: the card's box, and for each form of the target (marked
 * data-form) its box, whether the ring surrounds it, and whether a click at its
 * centre reaches it.
 */
function formsState() {
  const box = (el: Element | null | undefined) => {
    const r = el?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  };
  const root = document.querySelector('csam-guide-overlay')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('[data-testid="step-card"]');
  const ring = box(root?.querySelector('[data-testid="highlight"]'));
  const forms = Array.from(document.querySelectorAll('[data-form]'), (el) => {
    const b = box(el)!;
    const hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
    const ringed = !!ring && ring.left <= b.left && ring.top <= b.top && ring.right >= b.right && ring.bottom >= b.bottom;
    return { form: (el as HTMLElement).dataset.form!, box: b, ringed, clickable: !!hit && el.contains(hit) };
  });
  return { card: box(card), side: card?.dataset.side ?? null, avoided: Number(root?.querySelector<HTMLElement>('.layer')?.dataset.avoid ?? 0), forms };
}

type Edges = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Edges | null, b: Edges | null) => !!a && !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('a target with a twin (a tile, and the same link in the quick links under it): the card covers neither', async ({ portal }) => {
  // The quick links repeat the tiles, one under each. Recognition rings one
  // form (today the link, whose words match exactly); next to it, the card
  // would sit on the other.
  const quick = `<nav class="quick" aria-label="Accès rapide"><ul>
    <li><a href="https://www.csam.be/fr/mes-cles-numeriques.html">Mes clés numériques</a></li>
    <li><a data-form="link" href="https://www.csam.be/fr/gestion-gestionnaires-acces.html">Gestion des Gestionnaires d’Accès</a></li>
    <li><a href="https://www.csam.be/fr/gestion-mandats.html">Gestion des mandats</a></li></ul></nav>`;
  portal.extraPages[HOME] = home('', '.quick ul{display:grid;grid-template-columns:repeat(3,1fr);gap:20px;list-style:none;padding:0;margin:-8px 0 0}.quick a{display:block;padding:10px 0}')
    .replace('data-expect="target"', 'data-form="tile"')
    .replace('<h2>Actualités</h2>', `${quick}<h2>Actualités</h2>`);
  const page = await portal.newPage();
  await page.goto(HOME);
  await page.waitFor(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="highlight"]'), null);
  await page.waitFor(() => document.querySelectorAll('[data-form]').length === 2, null);
  const state = await page.evaluate(formsState, null);
  const info = JSON.stringify(state);
  expect(state.forms.filter((f) => f.ringed), info).toHaveLength(1);
  // Recognition names the other form (scan.alternates, lib/recognition/scanPage.ts): the card keeps clear of it.
  expect(state.avoided, info).toBeGreaterThan(0);
  for (const form of state.forms) {
    expect(overlaps(state.card, form.box), `${form.form} ${info}`).toBe(false);
    expect(form.clickable, `a click on the ${form.form} reaches it ${info}`).toBe(true);
  }
});
