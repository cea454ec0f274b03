// What the overlay shows, decided from a scan: plain data, so the card can be
// rendered and tested without a live page.
import type { TFunction } from 'i18next';
import type { JourneyDef } from '../guide/types';
import type { Scan } from './scanPage';

export type CardState = 'found' | 'not-found' | 'explain' | 'finished';

export interface OverlayModel {
  state: CardState;
  stepId: string;
  stepNumber: number;
  total: number;
  /** One sentence: what to do and why. */
  sentence: string;
  /** Where to look, shown when the target is missing. */
  help: string;
  /** A gentle warning next to the sentence (a mistyped number), or ''. */
  warning: string;
  target: Element | null;
}

export function buildOverlayModel(scan: Scan, journey: JourneyDef, t: TFunction): OverlayModel | null {
  const total = journey.steps.length;
  if (scan.kind === 'unknown') return null;
  if (scan.kind === 'finish') {
    return { state: 'finished', stepId: 'finished', stepNumber: total, total, sentence: t('card.finished'), help: '', warning: '', target: null };
  }
  const base = {
    stepId: scan.stepId,
    stepNumber: scan.stepIndex + 1,
    total,
    help: t(`steps.${scan.stepId}.help`),
    warning: scan.mistyped ? t('card.numberMistyped') : '',
  };
  if (!scan.part) {
    return { ...base, state: 'explain', sentence: t(`steps.${scan.stepId}.explain`), target: null };
  }
  const sentence = t(`steps.${scan.stepId}.parts.${scan.part.key}`, { label: scan.label });
  if (!scan.target) {
    return { ...base, state: 'not-found', sentence: `${t('card.notFound', { label: scan.label })} ${sentence}`, target: null };
  }
  return { ...base, state: 'found', sentence, target: scan.target };
}
