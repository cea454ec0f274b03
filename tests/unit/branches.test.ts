// The journeys' branches as data: an existing account, taking access away, and
// a third journey defined here to show that a new one needs no engine change.
import { describe, expect, it } from 'vitest';
import { JOURNEYS, journeyById, REMOVE_ACCESS_JOURNEY } from '../../guide/journey';
import * as L from '../../guide/labels';
import type { JourneyDef } from '../../guide/types';
import { snapshotPage } from '../../lib/recognition/pageSnapshot';
import { MIN_SCORE, recognisePage } from '../../lib/recognition/recognisePage';
import { scanPage } from '../../lib/recognition/scanPage';
import { BRANCHES, fixtureHtml, loadDocument, ROUTES } from '../support/fixtures';

describe.each(BRANCHES.map((r) => [`${r.file} (${r.journey})`, r] as const))('%s', (_name, route) => {
  const journey = journeyById(route.journey);
  const { doc, url } = loadDocument(fixtureHtml(route), route.url);

  it(`is recognised as ${route.step}, the only clear winner among every page of its journey`, () => {
    const scan = scanPage(doc, url, journey);
    expect(scan.kind === 'step' && scan.stepId).toBe(route.step);
    const [best, second] = recognisePage(snapshotPage(doc, url), journey).candidates;
    expect(best!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(second?.score ?? 0).toBeLessThan(best!.score);
  });

  it('points at the element a person should use', () => {
    const scan = scanPage(doc, url, journey);
    expect(scan.kind === 'step' && scan.target).toBe(doc.querySelector('[data-expect="target"]'));
  });
});

describe('the removal journey', () => {
  it('recognises the shared first six pages as in the main journey', () => {
    for (const route of ROUTES.filter((r) => ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu'].includes(r.step ?? ''))) {
      const { doc, url } = loadDocument(fixtureHtml(route), route.url);
      const scan = scanPage(doc, url, REMOVE_ACCESS_JOURNEY);
      expect(scan.kind === 'step' && scan.stepId, route.file).toBe(route.step);
    }
  });

  it('reads the users page for its search box, then its button', () => {
    const route = ROUTES.find((r) => r.page === 'uman-add-user' && r.lang === 'fr')!;
    const { doc, url } = loadDocument(fixtureHtml(route), route.url);
    const scan = scanPage(doc, url, REMOVE_ACCESS_JOURNEY);
    expect(scan.kind === 'step' && [scan.stepId, scan.part?.key]).toEqual(['find-user', 'search-box']);
    (scan.kind === 'step' ? (scan.target as HTMLInputElement) : null)!.value = 'Peeters';
    const next = scanPage(doc, url, REMOVE_ACCESS_JOURNEY);
    expect(next.kind === 'step' && [next.part?.key, next.target?.textContent?.trim()]).toEqual(['search', 'Rechercher']);
  });

  it('unticks, then saves', () => {
    const route = BRANCHES.find((r) => r.step === 'untick-tr-fpp' && r.lang === 'nl')!;
    const { doc, url } = loadDocument(fixtureHtml(route), route.url);
    const box = doc.querySelector<HTMLInputElement>('[data-expect="target"]')!;
    box.checked = false;
    const scan = scanPage(doc, url, REMOVE_ACCESS_JOURNEY);
    expect(scan.kind === 'step' && [scan.part?.key, scan.target]).toEqual(['save', doc.querySelector('[data-expect="next"]')]);
  });
});

describe('a third journey, as data only', () => {
  // "Check who has TR-FPP": no engine change, only pages and labels the guide already knows.
  const CHECK_ACCESS: JourneyDef = {
    id: 'check-access',
    prerequisites: [],
    steps: [
      ...REMOVE_ACCESS_JOURNEY.steps.slice(0, 6),
      {
        id: 'read-users',
        pages: [
          {
            key: 'users-list',
            hosts: ['www.socialsecurity.be'],
            headings: [L.USERS],
            fields: [L.SEARCH_USER],
            texts: [L.SEARCH],
            parts: [{ key: 'search-box', action: 'fill', roles: ['textbox'], labels: L.SEARCH_USER }],
          },
        ],
      },
    ],
    finish: [],
  };

  it('runs on the replica pages like the built-in ones', () => {
    expect(JOURNEYS.map((j) => j.id)).not.toContain('check-access');
    const groups = ROUTES.find((r) => r.page === 'uman-groups' && r.lang === 'nl')!;
    const g = loadDocument(fixtureHtml(groups), groups.url);
    expect(scanPage(g.doc, g.url, CHECK_ACCESS)).toMatchObject({ kind: 'step', stepId: 'employer-group' });
    const users = ROUTES.find((r) => r.page === 'uman-add-user' && r.lang === 'fr')!;
    const u = loadDocument(fixtureHtml(users), users.url);
    const scan = scanPage(u.doc, u.url, CHECK_ACCESS);
    expect(scan.kind === 'step' && [scan.stepId, (scan.target as HTMLInputElement).type]).toEqual(['read-users', 'search']);
  });
});

describe('an existing person who already has TR-FPP', () => {
  it('is recognised as the end of the journey, proven whichever step came before', async () => {
    const { ADD_ACCESS_JOURNEY } = await import('../../guide/journey');
    const { startGuide } = await import('../../lib/guideController');
    const { overlayTranslate } = await import('../support/translate');
    const { EMPTY_PROGRESS } = await import('../../lib/progress');
    const route = BRANCHES.find((r) => r.page === 'uman-existing-user' && r.lang === 'fr')!;
    // The same page, listing TR-FPP among the person's current applications.
    const html = fixtureHtml(route).replace('DmfA', 'DmfA, TR-FPP');
    const { doc, url } = loadDocument(html, route.url);
    expect(scanPage(doc, url, ADD_ACCESS_JOURNEY)).toMatchObject({ kind: 'finish', pageKey: 'uman-existing-user-with-tr-fpp' });

    let progress = EMPTY_PROGRESS;
    let sentence = '';
    const abort = new AbortController();
    startGuide({
      doc,
      journey: ADD_ACCESS_JOURNEY,
      t: overlayTranslate('fr'),
      render: (model) => (sentence = model?.sentence ?? sentence),
      updateProgress: async (change) => (progress = change(progress)),
      signal: abort.signal,
    });
    await Promise.resolve();
    expect(sentence).toContain('déjà accès à TR-FPP');
    expect(progress.finished).toBe(true);
    abort.abort();
  });
});
