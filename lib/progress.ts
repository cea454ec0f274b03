// Progress through a journey, as pure functions over plain data. A step is done
// on evidence only: the user clicked its target, or a later page of the journey
// was seen. Prerequisites are the user's own word, ticked in the popup.
import type { JourneyDef } from '../guide/types';

export interface JourneyProgress {
  done: string[];
  prerequisites: string[];
  /** The step of the last journey page seen, for the popup's "you are here". */
  lastStep: string | null;
  finished: boolean;
}

/** What storage holds: one entry per journey, so journeys never mix. */
export type ProgressStore = Record<string, JourneyProgress>;

export const EMPTY_PROGRESS: JourneyProgress = Object.freeze({
  done: [],
  prerequisites: [],
  lastStep: null,
  finished: false,
}) as JourneyProgress;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Reads whatever storage returned into a valid value for this journey. Unknown
 * ids are dropped, wrong types give the empty default: a corrupt store never
 * throws, and what is still readable is kept.
 */
export function readJourneyProgress(store: unknown, journey: JourneyDef): JourneyProgress {
  if (!store || typeof store !== 'object') return EMPTY_PROGRESS;
  const raw = (store as Record<string, unknown>)[journey.id];
  if (!raw || typeof raw !== 'object') return EMPTY_PROGRESS;
  const value = raw as Record<string, unknown>;
  const stepIds = new Set(journey.steps.map((s) => s.id));
  const prereqIds = new Set(journey.prerequisites.map((p) => p.id));
  return {
    done: isStringArray(value.done) ? [...new Set(value.done.filter((id) => stepIds.has(id)))] : [],
    prerequisites: isStringArray(value.prerequisites) ? [...new Set(value.prerequisites.filter((id) => prereqIds.has(id)))] : [],
    lastStep: typeof value.lastStep === 'string' && stepIds.has(value.lastStep) ? value.lastStep : null,
    finished: value.finished === true,
  };
}

function withDone(progress: JourneyProgress, ids: string[]): JourneyProgress {
  const missing = ids.filter((id) => !progress.done.includes(id));
  return missing.length === 0 ? progress : { ...progress, done: [...progress.done, ...missing] };
}

/** The user is on the page of step `index`: every earlier step is behind them. */
export function reachStep(progress: JourneyProgress, journey: JourneyDef, index: number): JourneyProgress {
  const step = journey.steps[index];
  if (!step) return progress;
  const next = withDone(progress, journey.steps.slice(0, index).map((s) => s.id));
  return next.lastStep === step.id ? next : { ...next, lastStep: step.id };
}

/** The user clicked the element that completes the step. */
export function completeStep(progress: JourneyProgress, journey: JourneyDef, stepId: string): JourneyProgress {
  const index = journey.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return progress;
  return withDone(progress, journey.steps.slice(0, index + 1).map((s) => s.id));
}

/** A page that only shows once everything is saved. */
export function finishJourney(progress: JourneyProgress, journey: JourneyDef): JourneyProgress {
  const next = withDone(progress, journey.steps.map((s) => s.id));
  return next.finished ? next : { ...next, finished: true };
}

export function togglePrerequisite(progress: JourneyProgress, id: string, ticked: boolean): JourneyProgress {
  const has = progress.prerequisites.includes(id);
  if (has === ticked) return progress;
  return {
    ...progress,
    prerequisites: ticked ? [...progress.prerequisites, id] : progress.prerequisites.filter((p) => p !== id),
  };
}

/** The first step not yet done, or null when all are. */
export function nextStepId(progress: JourneyProgress, journey: JourneyDef): string | null {
  return journey.steps.find((s) => !progress.done.includes(s.id))?.id ?? null;
}

export function doneCount(progress: JourneyProgress, journey: JourneyDef): number {
  return journey.steps.filter((s) => progress.done.includes(s.id)).length + progress.prerequisites.length;
}
