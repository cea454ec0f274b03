// One look at the page: which journey page it is, which step applies, and what
// to point at. Pure with respect to the page: reads the DOM, changes nothing.
import type { JourneyDef, Part } from '../guide/types';
import { evaluatePart } from './findTarget';
import { snapshotPage } from './pageSnapshot';
import { recognisePage, type Candidate } from './recognisePage';

export type Scan =
  | { kind: 'unknown'; candidates: Candidate[] }
  | { kind: 'finish'; pageKey: string; lang: string; candidates: Candidate[] }
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
      /** Whether this part is the step's last: clicking it completes the step. */
      lastPart: boolean;
      target: Element | null;
      label: string;
      /** The field the user filled looks mistyped. */
      mistyped: boolean;
    };

export function scanPage(doc: Document, url: URL, journey: JourneyDef): Scan {
  const snap = snapshotPage(doc, url);
  const recognition = recognisePage(snap, journey);
  if (recognition.kind === 'unknown') return { kind: 'unknown', candidates: recognition.candidates };
  if (recognition.kind === 'finish') return { kind: 'finish', pageKey: recognition.page.key, lang: snap.lang, candidates: recognition.candidates };

  const pageKey = recognition.page.key;
  const base = { kind: 'step' as const, pageKey, lang: snap.lang, score: recognition.score, candidates: recognition.candidates };
  // Steps sharing a page come in order: the first with something left to do wins;
  // when every part of every step there is satisfied, the last step still shows.
  let fallback: Scan | null = null;
  for (const stepIndex of recognition.steps) {
    const step = journey.steps[stepIndex]!;
    const page = step.pages.find((p) => p.key === pageKey)!;
    if (page.parts.length === 0) {
      return { ...base, stepIndex, stepId: step.id, part: null, lastPart: true, target: null, label: '', mistyped: false };
    }
    for (let i = 0; i < page.parts.length; i++) {
      const part = page.parts[i]!;
      const result = evaluatePart(doc, part, snap.lang);
      const scan: Scan = {
        ...base,
        stepIndex,
        stepId: step.id,
        part,
        lastPart: i === page.parts.length - 1,
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
