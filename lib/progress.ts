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
  /** Stored progress was found damaged and repaired: the popup says so once. */
  repaired?: boolean;
}

/** What storage holds: one entry per journey, so journeys never mix. */
export type ProgressStore = Record<string, JourneyProgress>;

export const EMPTY_PROGRESS: JourneyProgress = Object.freeze({
  done: [],
  prerequisites: [],
  lastStep: null,
  finished: false,
}) as JourneyProgress;

/** The known ids in a stored list, in order, once each; anything else in it is dropped. */
const knownIds = (value: unknown, known: Set<string>): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((item): item is string => typeof item === 'string' && known.has(item)))] : [];

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
    done: knownIds(value.done, stepIds),
    prerequisites: knownIds(value.prerequisites, prereqIds),
    lastStep: typeof value.lastStep === 'string' && stepIds.has(value.lastStep) ? value.lastStep : null,
    finished: value.finished === true,
    ...(value.repaired === true ? { repaired: true } : {}),
  };
}

const sameList = (a: unknown, b: string[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/** True when what storage holds for this journey is not exactly what reading it keeps. */
export function isDamaged(store: unknown, journey: JourneyDef): boolean {
  if (store === undefined || store === null) return false;
  if (typeof store !== 'object' || Array.isArray(store)) return true;
  const raw = (store as Record<string, unknown>)[journey.id];
  if (raw === undefined) return false;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return true;
  const value = raw as Record<string, unknown>;
  const kept = readJourneyProgress(store, journey);
  return (
    !sameList(value.done, kept.done) ||
    !sameList(value.prerequisites, kept.prerequisites) ||
    (value.lastStep ?? null) !== kept.lastStep ||
    (value.finished ?? false) !== kept.finished
  );
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

/** "Go back a step": step `index` and every later one are no longer done. */
export function undoFrom(progress: JourneyProgress, journey: JourneyDef, index: number): JourneyProgress {
  const undone = new Set(journey.steps.slice(Math.max(0, index)).map((s) => s.id));
  const done = progress.done.filter((id) => !undone.has(id));
  return done.length === progress.done.length && !progress.finished ? progress : { ...progress, done, finished: false };
}
