// Where progress lives: storage.local, so it survives page changes, hosts,
// logins and browser restarts. What cannot be read is repaired (lib/progress.ts).
import { defineItem } from './storageItem';
import type { JourneyDef } from '../guide/types';
import { JOURNEYS } from '../guide/journey';
import { fulfilledElsewhere, isDamaged, readJourneyProgress, type JourneyProgress, type ProgressStore } from './progress';

export const progressItem = defineItem<ProgressStore>('progress', {});

/** Reads the journey's progress; repairs and flags it when what is stored is damaged. */
export async function loadProgress(journey: JourneyDef): Promise<JourneyProgress> {
  try {
    const store = await progressItem.getValue();
    if (isDamaged(store, journey)) return await updateProgress(journey, (p) => p);
    return readJourneyProgress(store, journey);
  } catch {
    // Storage unreadable or full: show what we can; nothing is overwritten.
    return readJourneyProgress(undefined, journey);
  }
}

/** Applies `change` to the stored progress of one journey; writes only when it changed. */
export async function updateProgress(
  journey: JourneyDef,
  change: (progress: JourneyProgress) => JourneyProgress,
): Promise<JourneyProgress> {
  let store: unknown;
  try {
    store = await progressItem.getValue();
  } catch {
    store = {};
  }
  const damaged = isDamaged(store, journey);
  const before = readJourneyProgress(store, journey);
  // What was damaged is replaced by what could be read, and the user is told once.
  const after = damaged ? { ...change(before), repaired: true } : change(before);
  if (after !== before) {
    const base = store && typeof store === 'object' && !Array.isArray(store) ? (store as ProgressStore) : {};
    // Ending the designation ticks the other journeys' prerequisite it meets, in the same write.
    await progressItem.setValue({ ...base, ...fulfilledElsewhere(store, journey, JOURNEYS, before, after), [journey.id]: after });
  }
  return after;
}

export async function resetProgress(journey: JourneyDef): Promise<void> {
  await updateProgress(journey, () => ({ done: [], prerequisites: [], lastStep: null, finished: false }));
}

export function watchProgress(journey: JourneyDef, onChange: (progress: JourneyProgress) => void): () => void {
  return progressItem.watch((value) => onChange(readJourneyProgress(value, journey)));
}
