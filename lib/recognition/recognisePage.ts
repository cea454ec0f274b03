// Which page of the journey is this? Each page of the journey data is scored
// against a snapshot by several independent signals; no single CSS path or
// URL decides, because most of the portal's pages could not be seen.
import type { JourneyDef, Labels, PageSignals } from '../../guide/types';
import { normalisedLabels } from './labels';
import type { PageSnapshot } from './pageSnapshot';
import { matchQuality } from './text';

export const WEIGHTS = { path: 3, heading: 2, field: 3, message: 4, text: 1 } as const;
/** Below this, a page is not taken for a journey page: no overlay at all. */
export const MIN_SCORE = 3;

export interface Candidate {
  page: PageSignals;
  /** What the page is: a step's page, the journey's end, or a detour (a portal error page). */
  role: 'step' | 'finish' | 'error';
  /** Indexes of the steps that use this page, in journey order (empty unless role is step). */
  steps: number[];
  score: number;
}

export type Recognition =
  | { kind: 'unknown'; candidates: Candidate[] }
  | { kind: 'step'; page: PageSignals; steps: number[]; score: number; candidates: Candidate[] }
  | { kind: 'finish' | 'error'; page: PageSignals; score: number; candidates: Candidate[] }
  /** Two different pages score the same: the overlay asks instead of guessing. */
  | { kind: 'unsure'; score: number; candidates: Candidate[]; tied: Candidate[] };

/** True when one of the group's wordings stands as whole words in one of the joined lines. */
function found(haystack: string, labels: Labels): boolean {
  for (const label of normalisedLabels(labels)) {
    let at = haystack.indexOf(label);
    while (at >= 0) {
      const lineStart = haystack.lastIndexOf('\n', at) + 1;
      const lineEnd = haystack.indexOf('\n', at);
      const line = haystack.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
      if (matchQuality(line, label) > 0) return true;
      at = haystack.indexOf(label, at + 1);
    }
  }
  return false;
}

export function scorePage(page: PageSignals, snap: PageSnapshot): number {
  if (!page.hosts.includes(snap.host)) return 0;
  let score = 0;
  // Portals style titles as they like: a heading's words in a button or link still count, for less.
  for (const group of page.headings ?? []) {
    if (found(snap.headings, group)) score += WEIGHTS.heading;
    else if (found(snap.names, group)) score += WEIGHTS.text;
  }
  for (const group of page.fields ?? []) if (found(snap.fields, group)) score += WEIGHTS.field;
  for (const group of page.messages ?? []) if (found(snap.messages, group)) score += WEIGHTS.message;
  if (page.mentions) {
    // Required words somewhere in the page confirm what the other signals say;
    // alone they prove nothing. Checked last: the page's whole text is read
    // only when a page with mentions already scores (lib/recognition/pageSnapshot.ts).
    if (score === 0 || !page.mentions.every((group) => found(snap.text, group))) return 0;
    score += page.mentions.length * WEIGHTS.text;
  }
  for (const group of page.texts ?? []) if (found(snap.names, group) || found(snap.headings, group)) score += WEIGHTS.text;
  // A known path confirms what the content says; alone (an empty page, an
  // error page at the same address) it proves nothing.
  if (score > 0 && page.paths?.some((re) => re.test(snap.path))) score += WEIGHTS.path;
  return score;
}

export function recognisePage(snap: PageSnapshot, journey: JourneyDef): Recognition {
  // Steps may share a page (one form, two steps): score each page once.
  const byKey = new Map<string, Candidate>();
  journey.steps.forEach((step, index) => {
    for (const page of step.pages) {
      const known = byKey.get(page.key);
      if (known) known.steps.push(index);
      else byKey.set(page.key, { page, role: 'step', steps: [index], score: scorePage(page, snap) });
    }
  });
  for (const page of journey.finish) byKey.set(page.key, { page, role: 'finish', steps: [], score: scorePage(page, snap) });
  for (const page of journey.detours ?? []) byKey.set(page.key, { page, role: 'error', steps: [], score: scorePage(page, snap) });

  const candidates = [...byKey.values()].filter((c) => c.score > 0).sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < (best.page.minScore ?? MIN_SCORE)) return { kind: 'unknown', candidates };
  const tied = candidates.filter((c) => c.score === best.score);
  if (tied.length > 1) return { kind: 'unsure', score: best.score, candidates, tied };
  if (best.role !== 'step') return { kind: best.role, page: best.page, score: best.score, candidates };
  return { kind: 'step', page: best.page, steps: best.steps, score: best.score, candidates };
}
