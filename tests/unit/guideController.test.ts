// The controller on real replica pages: what it draws, what progress it
// records, and that it only listens.
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { startGuide, type OverlayActions } from '../../lib/guideController';
import { overlayTranslate } from '../../lib/overlayStrings';
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
});
