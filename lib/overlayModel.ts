// What the overlay shows, decided from a scan and the user's progress: plain
// data, so the card can be rendered and tested without a live page.
import type { Translate } from './translate';
import type { JourneyDef } from '../guide/types';
import { nextStepId, type JourneyProgress } from './progress';
import type { Scan } from './recognition/scanPage';
import type { PageReport } from './outline/report';
import { stepPosition } from './stepPosition';

export type CardState = 'found' | 'not-found' | 'explain' | 'finished' | 'unsure' | 'detour' | 'expired';

export interface OverlayModel {
  state: CardState;
  stepId: string;
  stepNumber: number;
  total: number;
  /** One sentence: what to do and why. */
  sentence: string;
  /** Where to look: the "I can't find it" panel's text. */
  help: string;
  /** A gentle warning next to the sentence (a mistyped number), or ''. */
  warning: string;
  /** Where the user stands in the journey when it matters (went back, came back after a timeout), or ''. */
  note: string;
  /** "Not sure where you are": the steps this page could be. */
  choices: { stepIndex: number; label: string }[];
  /** The "I can't find it" panel is open. */
  helpOpen: boolean;
  /** There is a step before this one to go back to. */
  canGoBack: boolean;
  target: Element | null;
  /**
   * Other visible forms of the same target (the link of a tile that is also in
   * the menu): the card is placed clear of them too, since the user may click them.
   */
  avoid: Element[];
  /** "Describe this page": the outline shown in the help panel, or null. */
  report: PageReport | null;
}

export interface ModelContext {
  /** null until storage has answered. */
  progress: JourneyProgress | null;
  helpOpen: boolean;
  report?: PageReport | null;
  /** The page was recognised from what the user told the guide on an earlier visit (lib/corrections). */
  remembered?: boolean;
}

const EMPTY = { help: '', warning: '', note: '', choices: [], helpOpen: false, canGoBack: false, target: null, avoid: [], report: null };

/** Each of them is measured and watched while shown: a handful is plenty. */
const MAX_AVOID = 4;

/** The target's other forms worth keeping clear: not the target itself, nor around or inside it. */
function otherForms(target: Element, alternates: readonly Element[]): Element[] {
  const forms: Element[] = [];
  for (const el of alternates) {
    if (forms.length === MAX_AVOID) break;
    if (el === target || !el.isConnected || el.contains(target) || target.contains(el) || forms.includes(el)) continue;
    forms.push(el);
  }
  return forms;
}

function nextNote(journey: JourneyDef, progress: JourneyProgress, t: Translate): string {
  const next = nextStepId(progress, journey);
  if (!next) return t('card.allDone');
  const index = journey.steps.findIndex((s) => s.id === next);
  return t('card.nextIs', { n: stepPosition(journey, index).n, title: t(`steps.${next}.title`) });
}

export function buildOverlayModel(scan: Scan, journey: JourneyDef, t: Translate, context: ModelContext): OverlayModel | null {
  const { total } = stepPosition(journey, 0);
  const { progress } = context;
  switch (scan.kind) {
    case 'unknown':
      return null;
    case 'finish':
      // Each journey ends with its own words ("access given" / "access removed").
      return {
        ...EMPTY,
        state: 'finished',
        stepId: 'finished',
        stepNumber: total,
        total,
        sentence: t(scan.page.sentenceKey ?? `journeyDone.${journey.id}`),
      };
    case 'error':
      // A portal error page matters only to someone on the way.
      if (!progress || progress.done.length === 0) return null;
      return { ...EMPTY, state: 'detour', stepId: 'portal-error', stepNumber: 0, total, sentence: t('card.errorPage'), note: nextNote(journey, progress, t) };
    case 'expired':
      // Like an error page, it matters to someone on the way: what they did is kept.
      if (!progress || progress.done.length === 0) return null;
      return {
        ...EMPTY,
        state: 'expired',
        stepId: 'session-expired',
        stepNumber: 0,
        total,
        sentence: scan.target ? t('card.sessionExpiredLink', { label: scan.label }) : t('card.sessionExpired'),
        note: nextNote(journey, progress, t),
        target: scan.target,
      };
    case 'unsure':
      return {
        ...EMPTY,
        state: 'unsure',
        stepId: 'unsure',
        stepNumber: 0,
        total,
        sentence: t('card.unsure'),
        choices: scan.steps.map((i) => ({ stepIndex: i, label: t('card.stepTitle', { n: stepPosition(journey, i).n, title: t(`steps.${journey.steps[i]!.id}.title`) }) })),
      };
    case 'step':
      break;
  }
  const step = scan.stepId;
  const laterDone = progress ? journey.steps.slice(scan.stepIndex + 1).some((s) => progress.done.includes(s.id)) : false;
  let note = '';
  // Back on the login page after later steps: most likely the session timed out.
  if (laterDone && !scan.part) note = t('card.sessionResume');
  else if (progress?.done.includes(step)) note = `${t('card.alreadyDone')} ${nextNote(journey, progress, t)}`;
  else if (context.remembered) note = t('corrections.note');
  const base = {
    ...EMPTY,
    stepId: step,
    stepNumber: stepPosition(journey, scan.stepIndex).n,
    total,
    help: t(`steps.${step}.help`),
    warning: scan.mistyped ? t('card.numberMistyped') : '',
    note,
    helpOpen: context.helpOpen,
    canGoBack: scan.stepIndex > 0,
    report: context.report ?? null,
  };
  if (!scan.part) return { ...base, state: 'explain', sentence: t(`steps.${step}.explain`) };
  const sentence = t(`steps.${step}.parts.${scan.part.key}`, { label: scan.label });
  if (!scan.target) return { ...base, state: 'not-found', sentence: `${t('card.notFound', { label: scan.label })} ${sentence}` };
  // Filled by recognition when the page shows the target in more than one place.
  const { alternates } = scan;
  return { ...base, state: 'found', sentence, target: scan.target, avoid: otherForms(scan.target, alternates) };
}

/** True when two models would draw the same overlay (same texts, same target and other forms). */
export function sameModel(a: OverlayModel | null, b: OverlayModel | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  for (const key of Object.keys(a) as (keyof OverlayModel)[]) {
    if (key === 'choices' || key === 'avoid') continue;
    if (a[key] !== b[key]) return false;
  }
  if (a.avoid.length !== b.avoid.length || a.avoid.some((el, i) => el !== b.avoid[i])) return false;
  return a.choices.length === b.choices.length && a.choices.every((c, i) => c.stepIndex === b.choices[i]!.stepIndex && c.label === b.choices[i]!.label);
}
