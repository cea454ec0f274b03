// One look at the page: which journey page it is, which step applies, and what
// to point at. Pure with respect to the page: reads the DOM, changes nothing.
import type { JourneyDef, PageSignals, Part } from '../../guide/types';
import { evaluatePart } from '../targeting/findTarget';
import { snapshotPage } from './pageSnapshot';
import { recognisePage, type Candidate } from './recognisePage';

export type Scan =
  | { kind: 'unknown'; candidates: Candidate[] }
  | { kind: 'finish' | 'error'; pageKey: string; page: PageSignals; lang: string; candidates: Candidate[] }
  /** Two pages tie: the steps the page could be, for the user to pick. */
  | { kind: 'unsure'; lang: string; candidates: Candidate[]; steps: number[] }
  | {
      kind: 'step';
      /** Every page that scored, best first (for diagnostics). */
      candidates: Candidate[];
      pageKey: string;
      lang: string;
      stepIndex: number;
      stepId: string;
      score: number;
      /** null on pages that only need explaining (login). */
      part: Part | null;
      /** Whether this part is the step's very last (last part of its last page): clicking it completes the step. */
      lastPart: boolean;
      target: Element | null;
      label: string;
      /** The field the user filled looks mistyped. */
      mistyped: boolean;
    };

/**
 * @param chosenStep a step the user said they are at (after "Not sure where
 *   you are", or "Go back a step"): its first page's parts are looked for here.
 */
export function scanPage(doc: Document, url: URL, journey: JourneyDef, chosenStep: number | null = null): Scan {
  const snap = snapshotPage(doc, url);
  const recognition = recognisePage(snap, journey);
  const { candidates } = recognition;
  if (chosenStep !== null && journey.steps[chosenStep]) {
    const page = journey.steps[chosenStep]!.pages[0]!;
    return resolveSteps(doc, journey, [chosenStep], page.key, { lang: snap.lang, score: 0, candidates });
  }
  if (recognition.kind === 'unknown') return { kind: 'unknown', candidates };
  if (recognition.kind === 'unsure') {
    const steps = [...new Set(recognition.tied.flatMap((c) => c.steps))].sort((a, b) => a - b);
    // A tie between pages of steps only can be asked about; with an end or error page, say nothing.
    return steps.length > 1 ? { kind: 'unsure', lang: snap.lang, candidates, steps } : { kind: 'unknown', candidates };
  }
  if (recognition.kind !== 'step') return { kind: recognition.kind, pageKey: recognition.page.key, page: recognition.page, lang: snap.lang, candidates };
  return resolveSteps(doc, journey, recognition.steps, recognition.page.key, { lang: snap.lang, score: recognition.score, candidates });
}

function resolveSteps(
  doc: Document,
  journey: JourneyDef,
  steps: number[],
  pageKey: string,
  found: { lang: string; score: number; candidates: Candidate[] },
): Scan {
  const base = { kind: 'step' as const, pageKey, ...found };
  // Steps sharing a page come in order: the first with something left to do wins;
  // when every part of every step there is satisfied, the last step still shows.
  let fallback: Scan | null = null;
  for (const stepIndex of steps) {
    const step = journey.steps[stepIndex]!;
    const page = step.pages.find((p) => p.key === pageKey) ?? step.pages[0]!;
    if (page.parts.length === 0) {
      return { ...base, stepIndex, stepId: step.id, part: null, lastPart: true, target: null, label: '', mistyped: false };
    }
    for (let i = 0; i < page.parts.length; i++) {
      const part = page.parts[i]!;
      const result = evaluatePart(doc, part, found.lang);
      const scan: Scan = {
        ...base,
        stepIndex,
        stepId: step.id,
        part,
        // Only the last page of a step can finish it: following "Se connecter" on
        // the info page is not yet logging in.
        lastPart: i === page.parts.length - 1 && page.key === step.pages[step.pages.length - 1]!.key,
        target: result.element,
        label: result.label,
        mistyped: result.mistyped === true,
      };
      if (!result.satisfied) return scan;
      fallback = scan;
    }
  }
  return fallback!;
}
