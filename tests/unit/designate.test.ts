// Designating the main access manager (issue 17): its replica pages against
// every page of every journey. A wrong step is the worst outcome, so each
// journey's pages are scanned as the other journeys' too, at every point of
// the way (fresh start to all done): another journey's page is never a step.
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY, DESIGNATE_JOURNEY as journey, JOURNEYS, REMOVE_ACCESS_JOURNEY } from '../../guide/journey';
import type { JourneyDef } from '../../guide/types';
import { completeStep, EMPTY_PROGRESS, finishJourney, fulfilledElsewhere, nextStepId, reachStep, tickStep, type JourneyProgress } from '../../lib/progress';
import { snapshotPage } from '../../lib/recognition/pageSnapshot';
import { MIN_SCORE, recognisePage } from '../../lib/recognition/recognisePage';
import { scanPage, type Scan } from '../../lib/recognition/scanPage';
import { ALL_PAGES, BRANCHES, DESIGNATE, fixtureHtml, loadDocument, type Route } from '../support/fixtures';

/** Progress with the first `k` steps of the journey behind the user. */
const after = (j: JourneyDef, k: number): JourneyProgress => (k === 0 ? EMPTY_PROGRESS : completeStep(EMPTY_PROGRESS, j, j.steps[k - 1]!.id));
const positions = (j: JourneyDef) => Array.from({ length: j.steps.length + 1 }, (_, k) => after(j, k));

const load = (route: Route) => loadDocument(fixtureHtml(route), route.url);
const said = (scan: Scan) => (scan.kind === 'step' ? scan.stepId : scan.kind);

describe.each(DESIGNATE.map((r) => [r.file, r] as const))('%s', (_name, route) => {
  const { doc, url } = load(route);
  const kind = route.step ? 'step' : 'finish';

  it(`is recognised as ${route.step ?? 'the end of the designation'}, the only clear winner`, () => {
    const scan = scanPage(doc, url, journey);
    expect(said(scan)).toBe(route.step ?? 'finish');
    expect(scan.kind === 'step' || scan.kind === 'finish' ? scan.lang : '').toBe(route.lang);
    const [best, second] = recognisePage(snapshotPage(doc, url), journey).candidates;
    expect(best!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(second?.score ?? 0, `${best!.page.key} ${best!.score} / ${second?.page.key} ${second?.score}`).toBeLessThan(best!.score);
  });

  it('is its step (or the end) wherever the user stands, never another step', () => {
    for (const progress of positions(journey)) {
      const got = said(scanPage(doc, url, journey, { progress }));
      expect(['unknown', 'unsure', route.step ?? 'finish'], `done: ${progress.done.join(',')}`).toContain(got);
    }
    // Where the user is expected (at the step, or just before it), it is always that step.
    const index = route.step ? journey.steps.findIndex((s) => s.id === route.step) : journey.steps.length - 1;
    for (const k of [Math.max(0, index - 1), index]) expect(said(scanPage(doc, url, journey, { progress: after(journey, k) }))).toBe(route.step ?? kind);
  });

  const expected = doc.querySelector('[data-expect="target"]');
  if (expected) {
    it('points at the element a person should use', () => {
      const scan = scanPage(doc, url, journey);
      expect(scan.kind === 'step' && scan.target).toBe(expected);
      expect(scan.kind === 'step' && scan.label.length).toBeGreaterThan(0);
    });
  }

  it.each([ADD_ACCESS_JOURNEY, REMOVE_ACCESS_JOURNEY].map((j) => [j.id, j] as const))('is no page of %s, wherever the user stands', (_id, other) => {
    for (const progress of positions(other)) {
      const scan = scanPage(doc, url, other, { progress });
      expect(['unknown', 'unsure'], `${other.id}, done: ${progress.done.join(',')} → ${said(scan)}`).toContain(scan.kind);
    }
  });
});

describe('the other journeys\' pages, in the designation', () => {
  // The pages both ways share: csam.be's home, the service page (its first
  // section here), the federal login. Every other page is another journey's.
  const shared: Record<string, string> = { 'csam-home': 'open-service', 'csam-service': 'choose-designate', 'idp-login': 'log-in' };

  describe.each([...ALL_PAGES, ...BRANCHES].map((r) => [r.file, r] as const))('%s', (_name, route) => {
    const { doc, url } = load(route);
    const step = shared[route.page];

    if (step) {
      it(`is ${step}`, () => {
        const scan = scanPage(doc, url, journey);
        expect(said(scan)).toBe(step);
        if (step === 'choose-designate') {
          // The first section's standard procedure, never "Gérer les accès"
          // (v4-en's tiles never say "standard procedure": not found, and said so).
          const target = scan.kind === 'step' ? scan.target : null;
          expect(target).toBe(doc.querySelector('[data-expect-designate="target"]'));
          expect(target).not.toBe(doc.querySelector('[data-expect="target"]'));
        }
      });
    }

    it(step ? `is ${step} or nothing, wherever the user stands` : 'is no page of the designation, wherever the user stands', () => {
      for (const progress of positions(journey)) {
        const got = said(scanPage(doc, url, journey, { progress }));
        // (An expired session or an error page is the same detour in every journey.)
        expect(['unknown', 'unsure', 'expired', 'error', ...(step ? [step] : [])], `done: ${progress.done.join(',')}`).toContain(got);
      }
    });
  });
});

describe('the designation as the user walks it', () => {
  const page = (name: string, lang: string) => load(DESIGNATE.find((r) => r.page === name && r.lang === lang)!);

  it('checks the enterprise number on the spot, then points at "Next"', () => {
    const { doc, url } = page('csam-designate-company', 'fr');
    const field = doc.querySelector<HTMLInputElement>('[data-expect="target"]')!;
    field.value = '0403.019.262'; // one check digit off
    const typo = scanPage(doc, url, journey);
    expect(typo.kind === 'step' && [typo.part?.key, typo.mistyped]).toEqual(['enterprise-number', true]);
    field.value = 'BE 0403.019.261';
    const next = scanPage(doc, url, journey);
    expect(next.kind === 'step' && [next.part?.key, next.target]).toEqual(['next', doc.querySelector('[data-expect="next"]')]);
  });

  it('on one form: the enterprise number first, then the person, then "Next"', () => {
    const { doc, url } = page('csam-designate-form', 'fr');
    const progress = after(journey, 3);
    const field = (sel: string) => doc.querySelector<HTMLInputElement>(sel)!;
    const [enterprise, niss, phone] = [field('#ent'), field('#niss'), field('#tel')];
    const look = () => {
      const scan = scanPage(doc, url, journey, { progress });
      return scan.kind === 'step' ? [scan.stepId, scan.part?.key, scan.target] : [scan.kind];
    };
    expect(look()).toEqual(['enterprise-number', 'enterprise-number', enterprise]);
    enterprise.value = '0428759497';
    expect(look()).toEqual(['designee-details', 'national-number', niss]);
    niss.value = '85073003329';
    const typo = scanPage(doc, url, journey, { progress });
    expect(typo.kind === 'step' && typo.mistyped).toBe(true);
    niss.value = '85.07.30-033.28';
    expect(look()).toEqual(['designee-details', 'phone', phone]);
    phone.value = '+32 2 123 45 67';
    expect(look()).toEqual(['designee-details', 'next', doc.querySelector('button[type="submit"]')]);
  });

  it('the end page leaves the first login to tick, and ticking it ends the journey and meets add-access\'s prerequisite', () => {
    const atConfirm = reachStep(EMPTY_PROGRESS, journey, 5);
    expect(nextStepId(atConfirm, journey)).toBe('confirm-designation');
    const recorded = finishJourney(atConfirm, journey);
    expect(recorded.finished).toBe(false);
    expect(nextStepId(recorded, journey)).toBe('activate-account');
    // Proven by its own message, whichever step came before (the guide installed half-way).
    expect(nextStepId(finishJourney(EMPTY_PROGRESS, journey, true), journey)).toBe('activate-account');
    const ended = tickStep(recorded, journey, 'activate-account', true);
    expect(ended.finished).toBe(true);
    expect(tickStep(ended, journey, 'activate-account', false)).toMatchObject({ finished: false });

    const store = { 'add-access': { done: ['open-service'], prerequisites: ['bce-number'], lastStep: 'open-service', finished: false } };
    const written = fulfilledElsewhere(store, journey, JOURNEYS, recorded, ended);
    expect(written['add-access']).toEqual({ ...store['add-access'], prerequisites: ['bce-number', 'main-access-manager'] });
    expect(written['remove-access']?.prerequisites).toEqual(['main-access-manager']);
    expect(written[journey.id]).toBeUndefined();
    // Only when the journey ends, once.
    expect(fulfilledElsewhere(store, journey, JOURNEYS, atConfirm, recorded)).toEqual({});
    expect(fulfilledElsewhere(store, journey, JOURNEYS, ended, ended)).toEqual({});
  });

  it('the other journeys still end on their last page (no step left away from the portal)', () => {
    const atLast = after(ADD_ACCESS_JOURNEY, ADD_ACCESS_JOURNEY.steps.length - 1);
    const reached = { ...atLast, lastStep: 'tick-tr-fpp' };
    expect(finishJourney(reached, ADD_ACCESS_JOURNEY).finished).toBe(true);
  });
});

describe('what keeps the journeys apart', () => {
  const company = DESIGNATE.find((r) => r.page === 'csam-designate-company' && r.lang === 'fr')!;

  it('another journey\'s page is never a step: without `elsewhere`, add-access would take the firm\'s number form for its service page', () => {
    const { doc, url } = load(company);
    const atService = after(ADD_ACCESS_JOURNEY, 1);
    const unguarded: JourneyDef = { ...ADD_ACCESS_JOURNEY, elsewhere: [] };
    expect(said(scanPage(doc, url, unguarded, { progress: atService }))).toBe('manage-access');
    expect(said(scanPage(doc, url, ADD_ACCESS_JOURNEY, { progress: atService }))).toBe('unknown');
  });

  it('the one-page form needs both numbers: with one of them, it is one of the two-page shapes', () => {
    const { doc, url } = load(company);
    const keys = recognisePage(snapshotPage(doc, url), journey).candidates.map((c) => c.page.key);
    expect(keys).toContain('csam-designate-company');
    expect(keys).not.toContain('csam-designate-form');
  });
});
