// A rescan that finds the page as it was must not redraw the overlay (busy
// pages rescan often), and any difference a person could see must.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { ADD_ACCESS_JOURNEY } from '../../guide/journey';
import { buildOverlayModel, sameModel, type OverlayModel } from '../../lib/overlayModel';
import type { Scan } from '../../lib/recognition/scanPage';

const base = (): OverlayModel => ({
  state: 'found',
  stepId: 'users-menu',
  stepNumber: 6,
  total: 9,
  sentence: 'Cliquez sur « Utilisateurs ».',
  help: 'Dans le menu de gauche.',
  warning: '',
  note: '',
  choices: [{ stepIndex: 4, label: 'Étape 5' }],
  helpOpen: false,
  canGoBack: true,
  target: null,
  avoid: [],
  report: null,
});

describe('sameModel', () => {
  it('is true for equal models built separately, and for null with null', () => {
    expect(sameModel(base(), base())).toBe(true);
    expect(sameModel(null, null)).toBe(true);
  });

  it.each([
    ['state', { state: 'not-found' }],
    ['sentence', { sentence: 'Autre chose.' }],
    ['help panel', { helpOpen: true }],
    ['note', { note: 'Déjà fait.' }],
    ['warning', { warning: 'Numéro mal tapé.' }],
    ['step number', { stepNumber: 7 }],
    ['target', { target: {} as Element }],
    ['a choice', { choices: [{ stepIndex: 5, label: 'Étape 6' }] }],
    ['the number of choices', { choices: [] }],
  ] as const)('sees a different %s', (_what, change) => {
    expect(sameModel(base(), { ...base(), ...change } as OverlayModel)).toBe(false);
  });

  it('compares the other forms element by element', () => {
    const [a, b] = [{} as Element, {} as Element];
    expect(sameModel({ ...base(), avoid: [a, b] }, { ...base(), avoid: [a, b] })).toBe(true);
    expect(sameModel({ ...base(), avoid: [a, b] }, { ...base(), avoid: [a] })).toBe(false);
    expect(sameModel({ ...base(), avoid: [a] }, { ...base(), avoid: [b] })).toBe(false);
  });

  it('is false when one side is null', () => {
    expect(sameModel(base(), null)).toBe(false);
    expect(sameModel(null, base())).toBe(false);
  });
});

describe("buildOverlayModel: the target's other forms", () => {
  const doc = new Window().document as unknown as Document;
  doc.body.innerHTML = '<nav><a id="menu">Gestion</a></nav><div id="tile-box"><a id="tile"><h3 id="title">Gestion</h3></a></div><a id="gone">Gestion</a>';
  const $ = (id: string) => doc.getElementById(id)!;
  const gone = $('gone');
  gone.remove();
  const step = ADD_ACCESS_JOURNEY.steps[0]!;
  const scan = (extra: object) =>
    ({
      kind: 'step', candidates: [], pageKey: 'csam-home', lang: 'fr', stepIndex: 0, stepId: step.id, score: 1,
      part: { key: 'open', action: 'click' }, lastPart: true, target: $('tile'), alternates: [], label: 'Gestion', mistyped: false, ...extra,
    }) as unknown as Scan;
  const build = (extra: object) => buildOverlayModel(scan(extra), ADD_ACCESS_JOURNEY, (k) => k, { progress: null, helpOpen: false })!;

  it('are none while recognition gives none', () => {
    expect(build({}).avoid).toEqual([]);
  });
  it('are the alternates, without the target, what holds it or is inside it, nor what left the page', () => {
    const model = build({ alternates: [$('menu'), $('tile'), $('tile-box'), $('title'), gone, $('menu')] });
    expect(model.avoid).toEqual([$('menu')]);
  });
  it('are a handful at most', () => {
    const many = Array.from({ length: 10 }, () => doc.body.appendChild(doc.createElement('a')));
    expect(build({ alternates: many }).avoid).toEqual(many.slice(0, 4));
  });
});
