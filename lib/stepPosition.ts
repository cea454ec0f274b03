// "Step 8 of 9": alternatives (steps sharing a branch) take one place in the
// count, whichever the page turns out to need.
import type { JourneyDef } from '../guide/types';

export function stepPosition(journey: JourneyDef, index: number): { n: number; total: number } {
  const seen = new Set<string>();
  let n = 0;
  let total = 0;
  journey.steps.forEach((step, i) => {
    const slot = step.branch ?? step.id;
    if (!seen.has(slot)) {
      seen.add(slot);
      total++;
    }
    if (i === index) n = total;
  });
  return { n, total };
}

/** The last step done on the portal's pages (a step after it is done away from them, ticked by the user). */
export function lastPortalStep(journey: JourneyDef): number {
  let last = journey.steps.length - 1;
  while (last > 0 && journey.steps[last]!.pages.length === 0) last--;
  return last;
}
