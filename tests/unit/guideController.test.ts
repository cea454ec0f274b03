// The controller on real replica pages: what it draws, what progress it
// records, and that it only listens.
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { startGuide, type OverlayActions } from '../../lib/guideController';
import { overlayTranslate } from '../support/translate';
import type { OverlayModel } from '../../lib/overlayModel';
import { EMPTY_PROGRESS, type JourneyProgress } from '../../lib/progress';
import { fixtureHtml, loadDocument, ROUTES } from '../support/fixtures';

function run(page: string, lang: string) {
  const route = ROUTES.find((r) => r.page === page && r.lang === lang)!;
  const { doc, window } = loadDocument(fixtureHtml(route), route.url);
  let progress: JourneyProgress = EMPTY_PROGRESS;
  const drawn: (OverlayModel | null)[] = [];
  let actions: OverlayActions | null = null;
  const abort = new AbortController();
  startGuide({
    doc,
    journey,
    t: overlayTranslate(lang === 'nl' ? 'nl' : 'fr'),
    render: (model, a) => {
      drawn.push(model);
      actions = a;
    },
    updateProgress: async (change) => {
      progress = change(progress);
      return progress;
    },
    signal: abort.signal,
  });
  return { doc, window, drawn, abort, progress: () => progress, actions: () => actions! };
}

describe('startGuide', () => {
  it('draws the step card with the target, and records the earlier steps as done', async () => {
    const g = run('uman-groups', 'nl');
    const model = g.drawn.at(-1)!;
    expect(model).toMatchObject({ state: 'found', stepId: 'employer-group', stepNumber: 5, total: 9 }); // alternatives count once
    expect(model.sentence).toBe('Klik op ‘Werkgever RSZ’: dat is de groep die de gebruikers van uw firma beheert.');
    expect(model.target).toBe(g.doc.querySelector('[data-expect="target"]'));
    await Promise.resolve();
    expect(g.progress().done).toEqual(['open-service', 'manage-access', 'social-security', 'log-in']);
    g.abort.abort();
  });

  it("completes the step when the user clicks its target, and lets the click through", async () => {
    const g = run('csam-service', 'fr');
    const target = g.doc.querySelector('[data-expect="target"]') as HTMLAnchorElement;
    let reachedPage = false;
    g.doc.addEventListener('click', (e) => {
      reachedPage = !e.defaultPrevented;
      e.preventDefault(); // keep happy-dom from navigating
    });
    target.click();
    await Promise.resolve();
    expect(reachedPage).toBe(true);
    expect(g.progress().done).toEqual(['open-service', 'manage-access']);
    g.abort.abort();
  });

  it('does not count clicks elsewhere', async () => {
    const g = run('csam-service', 'fr');
    g.doc.addEventListener('click', (e) => e.preventDefault());
    (g.doc.querySelector('h1') as HTMLElement).click();
    await Promise.resolve();
    expect(g.progress().done).toEqual(['open-service']);
    g.abort.abort();
  });

  it('hides the card when asked, until the step changes', () => {
    const g = run('csam-home', 'fr');
    expect(g.drawn.at(-1)).not.toBeNull();
    g.actions().hide();
    expect(g.drawn.at(-1)).toBeNull();
    g.abort.abort();
  });

  it('draws nothing and records nothing on pages outside the journey', async () => {
    const g = run('unknown-csam', 'nl');
    await Promise.resolve();
    expect(g.drawn.every((m) => m === null)).toBe(true);
    expect(g.progress()).toBe(EMPTY_PROGRESS);
    g.abort.abort();
  });

  it('explains the login page without pointing at anything', () => {
    const g = run('idp-login', 'fr');
    expect(g.drawn.at(-1)).toMatchObject({ state: 'explain', stepId: 'log-in', target: null });
    g.abort.abort();
  });

  it('says so when the page is recognised but the target is missing', () => {
    const route = ROUTES.find((r) => r.page === 'uman-group-home' && r.lang === 'fr')!;
    const html = fixtureHtml(route).replace(/>Utilisateurs</g, '>Personnes<');
    const { doc } = loadDocument(html, route.url);
    let model: OverlayModel | null = null;
    const abort = new AbortController();
    startGuide({ doc, journey, t: overlayTranslate('fr'), render: (m) => (model = m), updateProgress: async () => undefined, signal: abort.signal });
    expect(model).toMatchObject({ state: 'not-found', stepId: 'users-menu', target: null });
    expect(model!.sentence).toContain('Je ne trouve pas « Utilisateurs »');
    abort.abort();
  });

  describe('when the page changes', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const groupHome = () => {
      const route = ROUTES.find((r) => r.page === 'uman-group-home' && r.lang === 'fr')!;
      const html = fixtureHtml(route);
      const link = /<li><a [^>]*data-expect="target"[^>]*>[^<]+<\/a><\/li>/.exec(html)![0];
      return { route, html, link };
    };

    it('highlights a target as soon as it is inserted, without waiting for a frame or a timer', async () => {
      const { route, html, link } = groupHome();
      const { doc } = loadDocument(html.replace(link, ''), route.url);
      const drawn: (OverlayModel | null)[] = [];
      const abort = new AbortController();
      startGuide({ doc, journey, t: overlayTranslate('fr'), render: (m) => drawn.push(m), updateProgress: async () => undefined, signal: abort.signal });
      expect(drawn.at(-1)).toMatchObject({ state: 'not-found', stepId: 'users-menu' });
      doc.querySelector('aside nav ul')!.insertAdjacentHTML('afterbegin', link);
      // The observer's callback runs after this task's microtasks; no frame, no timeout.
      await new Promise<void>((r) => queueMicrotask(r));
      await Promise.resolve();
      expect(drawn.at(-1)).toMatchObject({ state: 'found', target: doc.querySelector('[data-expect="target"]') });
      abort.abort();
    });

    it('looks again only a few times while its target stays on a page that keeps changing, and still sees the target go', async () => {
      const { route, html } = groupHome();
      const { doc } = loadDocument(html, route.url);
      const drawn: (OverlayModel | null)[] = [];
      const abort = new AbortController();
      startGuide({ doc, journey, t: overlayTranslate('fr'), render: (m) => drawn.push(m), updateProgress: async () => undefined, signal: abort.signal });
      expect(drawn.at(-1)).toMatchObject({ state: 'found' });
      const before = drawn.length;
      const feed = doc.createElement('div');
      doc.body.append(feed);
      for (let batch = 0; batch < 60; batch++) {
        for (let i = 0; i < 20; i++) feed.append(doc.createElement('span'));
        await sleep(10);
      }
      // ~0.7 s of changes, 60 batches: looked at after 250 ms, then 500 ms later, not 60 times.
      expect(drawn.length - before).toBeGreaterThanOrEqual(1);
      expect(drawn.length - before).toBeLessThanOrEqual(3);
      doc.querySelector('[data-expect="target"]')!.remove();
      await sleep(1_100);
      expect(drawn.at(-1)).toMatchObject({ state: 'not-found', stepId: 'users-menu' });
      abort.abort();
    });

    it('ignores its own layer coming and going', async () => {
      const { route, html } = groupHome();
      const { doc } = loadDocument(html, route.url);
      let draws = 0;
      const abort = new AbortController();
      startGuide({ doc, journey, t: overlayTranslate('fr'), render: () => draws++, updateProgress: async () => undefined, signal: abort.signal });
      const before = draws;
      const host = doc.createElement('csam-guide-overlay');
      doc.body.append(host);
      await sleep(20);
      host.remove();
      await sleep(300);
      expect(draws).toBe(before);
      // A change of the page itself is seen.
      doc.body.append(doc.createElement('p'));
      await sleep(300);
      expect(draws).toBeGreaterThan(before);
      abort.abort();
    });
  });
});

describe('startGuide and the stored progress', () => {
  // The csam.be service page once "Gérer les accès" opened its section on the same page.
  const opened = `<!doctype html><html lang="fr"><head><title>CSAM</title></head><body><main>
    <h1>Gestion des gestionnaires d'accès</h1><h2>Désigner un gestionnaire d'accès principal</h2>
    <h2>Gérer les accès</h2><button type="button" aria-expanded="true">Gérer les accès</button>
    <div><a id="ss" href="https://www.socialsecurity.be/site_fr/employer/applics/umoe/index.htm">Sécurité sociale</a></div></main></body></html>`;
  const url = 'https://www.csam.be/fr/gestion-gestionnaires-acces.html';
  const done = (...ids: string[]): JourneyProgress => ({ ...EMPTY_PROGRESS, done: ids });

  function start(load: Promise<JourneyProgress>) {
    const { doc } = loadDocument(opened, url);
    const drawn: (OverlayModel | null)[] = [];
    let notify: ((p: JourneyProgress) => void) | null = null;
    const abort = new AbortController();
    startGuide({
      doc,
      journey,
      t: overlayTranslate('fr'),
      render: (model) => drawn.push(model),
      updateProgress: async (change) => change(done('open-service')),
      loadProgress: () => load,
      watchProgress: (onChange) => {
        notify = onChange;
        return () => (notify = null);
      },
      signal: abort.signal,
    });
    return { drawn, abort, notify: (p: JourneyProgress) => notify!(p) };
  }
  const frame = () => new Promise((r) => setTimeout(r, 50));

  it('draws nothing before the progress is read: a page never flashes a step the user left behind', async () => {
    let resolve!: (p: JourneyProgress) => void;
    const g = start(new Promise((r) => (resolve = r)));
    expect(g.drawn).toEqual([]);
    resolve(done('open-service', 'manage-access'));
    await frame();
    expect(g.drawn.at(-1)?.stepId).toBe('social-security');
    g.abort.abort();
  });

  it('looks again when the progress changes elsewhere (a click recorded, another frame)', async () => {
    const g = start(Promise.resolve(done('open-service')));
    await frame();
    expect(g.drawn.at(-1)?.stepId).toBe('manage-access');
    g.notify(done('open-service', 'manage-access'));
    await frame();
    expect(g.drawn.at(-1)?.stepId).toBe('social-security');
    g.abort.abort();
  });
});
