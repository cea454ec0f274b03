// Progress through a journey, as pure functions over plain data. A step is done
// on evidence only: the user clicked its target, or a later page of the journey
// was seen. Prerequisites are the user's own word, ticked in the popup.
import type { JourneyDef } from '../guide/types';
import { lastPortalStep } from './stepPosition';

export interface JourneyProgress {
  done: string[];
  /** Alternatives the page showed were not needed (a new user's form when the person already had an account). */
  skipped?: string[];
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
    ...(Array.isArray(value.skipped) && value.skipped.length > 0 ? { skipped: knownIds(value.skipped, stepIds) } : {}),
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
    (value.finished ?? false) !== kept.finished ||
    (value.skipped !== undefined && !sameList(value.skipped, kept.skipped ?? []))
  );
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Everything before step `index` is behind the user: done, or — for
 * alternatives (steps sharing a branch) — done for the one taken and skipped
 * for the others. The one taken is the one being reached now, else the one
 * with evidence (done, or the last page seen), else the first.
 */
function settleBefore(progress: JourneyProgress, journey: JourneyDef, index: number, includeIndex = false): JourneyProgress {
  const steps = journey.steps.slice(0, includeIndex ? index + 1 : index);
  const reaching = journey.steps[index];
  const done = new Set(progress.done);
  const skipped = new Set(progress.skipped ?? []);
  const settled = new Set<string>();
  for (const step of steps) {
    if (settled.has(step.id)) continue;
    if (!step.branch) {
      done.add(step.id);
      skipped.delete(step.id);
      continue;
    }
    const members = journey.steps.filter((s) => s.branch === step.branch);
    const taken =
      (reaching?.branch === step.branch ? reaching : undefined) ??
      members.find((s) => progress.done.includes(s.id)) ??
      members.find((s) => s.id === progress.lastStep) ??
      members.find((s) => !skipped.has(s.id)) ??
      members[0]!;
    for (const member of members) {
      settled.add(member.id);
      if (member === taken) {
        // The alternative being reached is not done yet, only chosen.
        if (member !== reaching || includeIndex) {
          done.add(member.id);
          skipped.delete(member.id);
        } else skipped.delete(member.id);
      } else {
        skipped.add(member.id);
        done.delete(member.id);
      }
    }
  }
  const nextDone = journey.steps.map((s) => s.id).filter((id) => done.has(id));
  const nextSkipped = journey.steps.map((s) => s.id).filter((id) => skipped.has(id));
  if (sameSet(nextDone, progress.done) && sameSet(nextSkipped, progress.skipped ?? [])) return progress;
  const next: JourneyProgress = { ...progress, done: nextDone };
  if (nextSkipped.length > 0) next.skipped = nextSkipped;
  else delete next.skipped;
  return next;
}

/** The user is on the page of step `index`: every earlier step is behind them. */
export function reachStep(progress: JourneyProgress, journey: JourneyDef, index: number): JourneyProgress {
  const step = journey.steps[index];
  if (!step) return progress;
  const next = settleBefore(progress, journey, index);
  return next.lastStep === step.id ? next : { ...next, lastStep: step.id };
}

/** The user clicked the element that completes the step. */
export function completeStep(progress: JourneyProgress, journey: JourneyDef, stepId: string): JourneyProgress {
  const index = journey.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return progress;
  return settleBefore(progress, journey, index, true);
}

/**
 * A page that only shows once everything is saved. It proves the end only to
 * someone who was at the last step: the same "saved" page closes every journey,
 * and must not close one the user never walked.
 */
export function finishJourney(progress: JourneyProgress, journey: JourneyDef, proven = false): JourneyProgress {
  const last = lastPortalStep(journey);
  if (!proven && progress.lastStep !== journey.steps[last]!.id && !progress.finished) return progress;
  return endIfAllDone(settleBefore(progress, journey, last, true), journey);
}

/** Finished once no step is left: a step done away from the portal (ticked by the user) may still be. */
function endIfAllDone(progress: JourneyProgress, journey: JourneyDef): JourneyProgress {
  if (progress.finished || nextStepId(progress, journey) !== null) return progress;
  return { ...progress, finished: true };
}

/**
 * A step done away from the portal (the new main access manager's first
 * login), ticked or unticked by the user: ticked, every step before it is
 * behind them, and the journey ends when nothing else is left.
 */
export function tickStep(progress: JourneyProgress, journey: JourneyDef, stepId: string, ticked: boolean): JourneyProgress {
  const index = journey.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return progress;
  if (ticked) return endIfAllDone(settleBefore(progress, journey, index, true), journey);
  if (!progress.done.includes(stepId)) return progress;
  return { ...progress, done: progress.done.filter((id) => id !== stepId), finished: false };
}

/**
 * A journey that meets another's prerequisite (designating the main access
 * manager) has just ended: that prerequisite ticks itself in every other
 * journey that lists it. Returns the entries to write (none otherwise).
 */
export function fulfilledElsewhere(
  store: unknown,
  journey: JourneyDef,
  journeys: readonly JourneyDef[],
  before: JourneyProgress,
  after: JourneyProgress,
): ProgressStore {
  const id = journey.fulfils;
  if (!id || !after.finished || before.finished) return {};
  const entries: ProgressStore = {};
  for (const other of journeys) {
    if (other.id === journey.id || !other.prerequisites.some((p) => p.id === id)) continue;
    const current = readJourneyProgress(store, other);
    const ticked = togglePrerequisite(current, id, true);
    if (ticked !== current) entries[other.id] = ticked;
  }
  return entries;
}

export function togglePrerequisite(progress: JourneyProgress, id: string, ticked: boolean): JourneyProgress {
  const has = progress.prerequisites.includes(id);
  if (has === ticked) return progress;
  return {
    ...progress,
    prerequisites: ticked ? [...progress.prerequisites, id] : progress.prerequisites.filter((p) => p !== id),
  };
}

/** The first step neither done nor skipped, or null when all are. */
export function nextStepId(progress: JourneyProgress, journey: JourneyDef): string | null {
  const skipped = progress.skipped ?? [];
  return journey.steps.find((s) => !progress.done.includes(s.id) && !skipped.includes(s.id))?.id ?? null;
}

/**
 * What the progress bar counts: prerequisites ticked, and steps done, where
 * alternatives (a branch) count once, as one place in the journey.
 */
export function doneCount(progress: JourneyProgress, journey: JourneyDef): number {
  const places = new Set(journey.steps.filter((s) => progress.done.includes(s.id)).map((s) => s.branch ?? s.id));
  return places.size + progress.prerequisites.length;
}

/** "Go back a step": step `index` and every later one are no longer done. */
export function undoFrom(progress: JourneyProgress, journey: JourneyDef, index: number): JourneyProgress {
  const undone = new Set(journey.steps.slice(Math.max(0, index)).map((s) => s.id));
  const done = progress.done.filter((id) => !undone.has(id));
  const skipped = (progress.skipped ?? []).filter((id) => !undone.has(id));
  if (done.length === progress.done.length && skipped.length === (progress.skipped ?? []).length && !progress.finished) return progress;
  const next: JourneyProgress = { ...progress, done, finished: false };
  if (skipped.length > 0) next.skipped = skipped;
  else delete next.skipped;
  return next;
}
