// 1 000 mutated replica pages (seeded, reproducible): recognition never throws,
// always answers a step of the journey or "unknown", and never points outside
// the page. Timing is measured by the benchmark (npm run bench:scan), not here.
import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { overlayTranslate } from '../support/translate';
import { startGuide } from '../../lib/guideController';
import { buildOverlayModel } from '../../lib/overlayModel';
import { scanPage } from '../../lib/recognition/scanPage';
import { fixtureHtml, loadDocument, ROUTES } from '../support/fixtures';
import { deepPage, hugePage, mutate, random } from '../support/mutate';

const PAGES = 1000;
const SEED = 20261124;
const stepIds = new Set(journey.steps.map((s) => s.id));
const t = overlayTranslate('fr');

/** `done`: the steps behind the user, so the paths that weigh the page against them run too. */
function checkScan(doc: Document, url: URL, done: string[] = []) {
  const progress = { done, prerequisites: [], lastStep: null, finished: false };
  const scan = scanPage(doc, url, journey, { progress });
  expect(['step', 'finish', 'error', 'expired', 'unsure', 'unknown']).toContain(scan.kind);
  if (scan.kind === 'step') {
    expect(stepIds.has(scan.stepId)).toBe(true);
    if (scan.target) expect(doc.contains(scan.target)).toBe(true);
    expect(scan.label.length).toBeLessThanOrEqual(61);
  }
  buildOverlayModel(scan, journey, t, { progress, helpOpen: false });
  return scan;
}

describe('fuzz', () => {
  it(`scans ${PAGES} mutated pages without an exception`, () => {
    const rnd = random(SEED);
    const kinds = { step: 0, finish: 0, error: 0, expired: 0, unsure: 0, unknown: 0 };
    for (let i = 0; i < PAGES; i++) {
      const route = ROUTES[Math.floor(rnd() * ROUTES.length)]!;
      const { doc, url, window } = loadDocument(fixtureHtml(route), route.url);
      mutate(doc, rnd);
      try {
        // Each page seen at another point of the journey: from a fresh start to every step done.
        const done = journey.steps.slice(0, i % (journey.steps.length + 1)).map((s) => s.id);
        kinds[checkScan(doc, url, done).kind]++;
      } catch (error) {
        throw new Error(`page ${i} (seed ${SEED}, ${route.file}): ${(error as Error).message}`);
      } finally {
        window.close();
      }
    }
    // Most mutations leave the page recognisable: the fuzzing exercised the engine, not only "unknown".
    expect(kinds.step).toBeGreaterThan(PAGES / 2);
  }, 120_000);

  it('contains any failure of a scan: a DOM nested 5 000 levels deep draws nothing and throws nothing', () => {
    // happy-dom's own querySelectorAll overflows the stack on this page (real
    // browsers do not: see tests/e2e/bad-input.spec.ts); the guide must survive it.
    const { doc } = loadDocument(deepPage(5000), 'https://www.socialsecurity.be/uman/fr/deep');
    const drawn: unknown[] = [];
    const abort = new AbortController();
    expect(() =>
      startGuide({ doc, journey, t, render: (m) => drawn.push(m), updateProgress: async () => undefined, signal: abort.signal }),
    ).not.toThrow();
    expect(drawn).toEqual([null]);
    abort.abort();
  });

  it('copes with 1 MB of HTML on a journey host', () => {
    const { doc, url } = loadDocument(hugePage(1_000_000), 'https://www.csam.be/fr/huge.html');
    expect(checkScan(doc, url).kind).toBe('unknown');
  });

  it('copes with an empty document', () => {
    const { doc, url } = loadDocument('', 'https://www.csam.be/fr/index.html');
    const scan = checkScan(doc, url);
    // The home page's path alone is a strong hint, but not enough to draw a card on an empty page.
    expect(scan.kind).toBe('unknown');
  });
});
