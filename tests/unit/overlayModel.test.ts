// A rescan that finds the page as it was must not redraw the overlay (busy
// pages rescan often), and any difference a person could see must.
import { describe, expect, it } from 'vitest';
import { sameModel, type OverlayModel } from '../../lib/overlayModel';

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

  it('is false when one side is null', () => {
    expect(sameModel(base(), null)).toBe(false);
    expect(sameModel(null, base())).toBe(false);
  });
});
