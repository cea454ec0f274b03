// Every replica page against every step: each is recognised as its own step
// and no other, and the highlighted element is the one the fixture marks with
// data-expect="target" (the engine never reads that attribute).
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { snapshotPage } from '../../lib/recognition/pageSnapshot';
import { MIN_SCORE, recognisePage } from '../../lib/recognition/recognisePage';
import { scanPage } from '../../lib/recognition/scanPage';
import { ALL_PAGES, BRANCHES, fixtureHtml, loadDocument, ROUTES } from '../support/fixtures';

const FINISH_PAGES = new Set(['uman-user-saved']);
const expectedKind = (r: (typeof ALL_PAGES)[number]) => (r.step ? 'step' : FINISH_PAGES.has(r.page) ? 'finish' : 'unknown');

describe.each(ALL_PAGES.map((r) => [r.file, r] as const))('%s', (_name, route) => {
  const { doc, url } = loadDocument(fixtureHtml(route), route.url);

  it(`is recognised as ${route.step ?? expectedKind(route)}`, () => {
    const scan = scanPage(doc, url, journey);
    expect(scan.kind).toBe(expectedKind(route));
    if (scan.kind === 'step') {
      expect(scan.stepId).toBe(route.step);
      expect(scan.lang).toBe(route.lang);
    }
  });

  it('matches no other page of the journey as well as its own', () => {
    const recognition = recognisePage(snapshotPage(doc, url), journey);
    const [best, second] = recognition.candidates;
    if (expectedKind(route) === 'unknown') {
      expect(best?.score ?? 0).toBeLessThan(MIN_SCORE);
      return;
    }
    // A clear winner: no other page within reach of the best score.
    expect(best!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(second?.score ?? 0).toBeLessThan(best!.score);
  });

  const expected = doc.querySelector('[data-expect="target"]');
  if (expected) {
    it('points at the element a person should use', () => {
      const scan = scanPage(doc, url, journey);
      expect(scan.kind === 'step' && scan.target).toBe(expected);
      expect(scan.kind === 'step' && scan.label.length).toBeGreaterThan(0);
    });
  }
});

describe('page states on the shared user form', () => {
  const form = ROUTES.find((r) => r.page === 'uman-user-form' && r.lang === 'fr')!;

  it('moves from the required fields to TR-FPP, then to saving, as the user fills the form', () => {
    const { doc, url } = loadDocument(fixtureHtml(form), form.url);
    const first = scanPage(doc, url, journey);
    expect(first.kind === 'step' && first.stepId).toBe('fill-required');

    // Fill every required field the way a user would (values set on the live DOM).
    for (let guard = 0; guard < 10; guard++) {
      const scan = scanPage(doc, url, journey);
      if (scan.kind !== 'step' || scan.stepId !== 'fill-required' || !scan.target) break;
      const field = scan.target as HTMLInputElement | HTMLSelectElement;
      if (field.tagName === 'SELECT') (field as HTMLSelectElement).selectedIndex = 1;
      else field.value = 'x@example.org';
    }
    const tick = scanPage(doc, url, journey);
    expect(tick.kind === 'step' && [tick.stepId, tick.part?.key]).toEqual(['tick-tr-fpp', 'tick']);

    (tick.kind === 'step' ? (tick.target as HTMLInputElement) : null)!.checked = true;
    const save = scanPage(doc, url, journey);
    expect(save.kind === 'step' && [save.stepId, save.part?.key]).toEqual(['tick-tr-fpp', 'save']);
    expect(save.kind === 'step' && save.target?.textContent).toMatch(/Enregistrer/);
  });

  it('asks for the national number first, then for "Suivant"', () => {
    const add = ROUTES.find((r) => r.page === 'uman-add-user' && r.lang === 'nl')!;
    const { doc, url } = loadDocument(fixtureHtml(add), add.url);
    const scan = scanPage(doc, url, journey);
    expect(scan.kind === 'step' && scan.part?.key).toBe('national-number');
    const field = (scan.kind === 'step' ? (scan.target as HTMLInputElement) : null)!;
    field.value = '85073003329'; // one check digit off
    const typo = scanPage(doc, url, journey);
    expect(typo.kind === 'step' && [typo.part?.key, typo.mistyped]).toEqual(['national-number', true]);
    field.value = '850730'; // not finished typing, not focused: looks mistyped too
    expect(scanPage(doc, url, journey)).toMatchObject({ mistyped: true });
    field.value = '85073003328';
    const next = scanPage(doc, url, journey);
    expect(next.kind === 'step' && [next.part?.key, next.label]).toEqual(['next', 'Volgende']);
    expect(next.kind === 'step' && next.target).toBe(doc.querySelector('[data-expect="next"]'));
  });
});

describe('the page text', () => {
  const counted = (page: string, lang: string) => {
    const route = ROUTES.find((r) => r.page === page && r.lang === lang)!;
    const { doc, url } = loadDocument(fixtureHtml(route), route.url);
    const snap = snapshotPage(doc, url);
    let reads = 0;
    const text = snap.text;
    Object.defineProperty(snap, 'text', { get: () => (reads++, text) });
    return { result: recognisePage(snap, journey), reads: () => reads };
  };

  it('is not read on a page that no page with required mentions matches (busy pages rescan often)', () => {
    const c = counted('uman-group-home', 'fr');
    expect(c.result.kind).toBe('step');
    expect(c.reads()).toBe(0);
  });

  it('is read when a page with mentions already scores on its other signals, and decides', () => {
    const route = BRANCHES.find((r) => r.page === 'uman-existing-user' && r.lang === 'fr')!;
    for (const [html, kind] of [
      [fixtureHtml(route), 'step'],
      [fixtureHtml(route).replace('DmfA', 'DmfA, TR-FPP'), 'finish'],
    ] as const) {
      const { doc, url } = loadDocument(html, route.url);
      const snap = snapshotPage(doc, url);
      let reads = 0;
      const text = snap.text;
      Object.defineProperty(snap, 'text', { get: () => (reads++, text) });
      expect(recognisePage(snap, journey).kind).toBe(kind);
      expect(reads).toBeGreaterThan(0);
    }
  });
});
