// Which page of the journey is this? Each page of the journey data is scored
// against a snapshot by several independent signals; no single CSS path or
// URL decides, because most of the portal's pages could not be seen.
//
// Two rules keep a guess from becoming a wrong step (issue 14):
// - what the page's chrome says (its menus and header, the same on every page
//   of the application) counts little, and never alone against the user's way:
// - a page whose own content does not prove it is a step the user has already
//   done is not taken for that step (see `isStale`).
import type { JourneyDef, Labels, PageSignals } from '../../guide/types';
import { normalisedLabels } from './labels';
import type { PageSnapshot } from './pageSnapshot';
import { looseMatch, matchQuality } from './text';

export const WEIGHTS = { path: 3, heading: 2, field: 3, message: 4, text: 1 } as const;
/** Below this, a page is not taken for a journey page: no overlay at all. */
export const MIN_SCORE = 3;

export interface Candidate {
  page: PageSignals;
  /** What the page is: a step's page, the journey's end, or a detour (an error page, an expired session). */
  role: 'step' | 'finish' | 'error' | 'expired';
  /** Indexes of the steps that use this page, in journey order (empty unless role is step). */
  steps: number[];
  score: number;
  /** The part of the score the page's own content gave (without its chrome). */
  content: number;
}

/** Where the user stands: what recognition weighs a page's evidence against. */
export interface Position {
  /** Steps done or skipped (alternatives not taken). */
  behind: ReadonlySet<string>;
}

export type Recognition =
  | { kind: 'unknown'; candidates: Candidate[] }
  | { kind: 'step'; page: PageSignals; steps: number[]; score: number; candidates: Candidate[] }
  | { kind: 'finish' | 'error' | 'expired'; page: PageSignals; score: number; candidates: Candidate[] }
  /** Two different pages score the same, or the only evidence points back: the overlay asks instead of guessing. */
  | { kind: 'unsure'; score: number; candidates: Candidate[]; tied: Candidate[]; stale?: boolean };

/** True when one of the group's wordings stands as whole words in one of the joined lines. */
function foundExactly(haystack: string, labels: readonly string[]): boolean {
  for (const label of labels) {
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

/** Exactly, else tolerantly: other small words, inflection, word order (lib/recognition/text.ts). */
function found(haystack: string, group: Labels): boolean {
  if (!haystack) return false;
  const labels = normalisedLabels(group);
  if (foundExactly(haystack, labels)) return true;
  const lines = haystack.split('\n');
  return labels.some((label) => lines.some((line) => looseMatch(line, label)));
}

/** The score a page gets, and how much of it its own content gave. */
export function scorePageParts(page: PageSignals, snap: PageSnapshot): { score: number; content: number } {
  if (!page.hosts.includes(snap.host)) return { score: 0, content: 0 };
  let content = 0;
  let chrome = 0;
  // Portals style titles as they like: a heading's words in a button, link or
  // list still count, for less. In the chrome, any of them counts as little.
  for (const group of page.headings ?? []) {
    if (found(snap.headings, group)) content += WEIGHTS.heading;
    else if (found(snap.title, group) || found(snap.names, group) || found(snap.cells, group)) content += WEIGHTS.text;
    else if (found(snap.chrome, group)) chrome += WEIGHTS.text;
  }
  for (const group of page.fields ?? []) {
    if (found(snap.fields, group)) content += WEIGHTS.field;
    else if (found(snap.chrome, group)) chrome += WEIGHTS.text;
  }
  for (const group of page.messages ?? []) if (found(snap.messages, group)) content += WEIGHTS.message;
  if (page.mentions) {
    // Required words somewhere in the page confirm what the other signals say;
    // alone they prove nothing. Checked last: the page's whole text is read
    // only when a page with mentions already scores (lib/recognition/pageSnapshot.ts).
    if (content === 0 || !page.mentions.every((group) => found(snap.text, group))) return { score: 0, content: 0 };
    content += page.mentions.length * WEIGHTS.text;
  }
  for (const group of page.texts ?? []) {
    if (found(snap.names, group) || found(snap.headings, group) || found(snap.title, group) || found(snap.cells, group)) content += WEIGHTS.text;
    else if (found(snap.chrome, group)) chrome += WEIGHTS.text;
  }
  // A known path confirms what the content says; alone (an empty page, an
  // error page at the same address) it proves nothing.
  if (content > 0 && page.paths?.some((re) => re.test(snap.path))) content += WEIGHTS.path;
  return { score: content + chrome, content };
}

export function scorePage(page: PageSignals, snap: PageSnapshot): number {
  return scorePageParts(page, snap).score;
}

/**
 * A step page the user has left behind (every step it serves is done), whose
 * own content is too weak to prove they are back there: its score comes from
 * the menus and titles every page of the application shows. Taking it would
 * send the user backwards on evidence the next page shares.
 */
function isStale(candidate: Candidate, journey: JourneyDef, position: Position | undefined): boolean {
  if (!position || candidate.role !== 'step') return false;
  const allBehind = candidate.steps.every((i) => position.behind.has(journey.steps[i]!.id));
  return allBehind && candidate.content < MIN_SCORE;
}

/**
 * A page known only by its chrome (nothing in its content says it) is taken
 * for a step only where the user is expected next, mid-journey: the group's
 * home whose only content is the menu, a menu frame. Anywhere else the same
 * menu proves nothing (a news page under csam.be's services menu).
 */
function isChromeOnly(candidate: Candidate, journey: JourneyDef, position: Position | undefined): boolean {
  if (candidate.content > 0) return false;
  if (!position || position.behind.size === 0 || candidate.role !== 'step') return true;
  const next = frontier(journey, position);
  return !candidate.steps.some((i) => next.includes(i));
}

export function recognisePage(snap: PageSnapshot, journey: JourneyDef, position?: Position): Recognition {
  // Steps may share a page (one form, two steps): score each page once.
  const byKey = new Map<string, Candidate>();
  const add = (page: PageSignals, role: Candidate['role'], step?: number) => {
    const known = byKey.get(page.key);
    if (known) {
      if (step !== undefined) known.steps.push(step);
      return;
    }
    byKey.set(page.key, { page, role, steps: step === undefined ? [] : [step], ...scorePageParts(page, snap) });
  };
  journey.steps.forEach((step, index) => step.pages.forEach((page) => add(page, 'step', index)));
  for (const page of journey.finish) add(page, 'finish');
  for (const page of journey.detours ?? []) add(page, page.detour ?? 'error');

  const candidates = [...byKey.values()]
    .filter((c) => c.score > 0 && !isChromeOnly(c, journey, position))
    .sort((a, b) => b.score - a.score || b.content - a.content);
  const reaches = (c: Candidate) => c.score >= (c.page.minScore ?? MIN_SCORE);
  const stale = candidates.filter((c) => isStale(c, journey, position));
  const live = candidates.filter((c) => !stale.includes(c));
  const best = live[0];
  if (!best || !reaches(best)) {
    // Only pages left behind stand out, on evidence every page shares: ask.
    if (stale[0] && reaches(stale[0])) return { kind: 'unsure', score: stale[0].score, candidates, tied: [stale[0]], stale: true };
    return { kind: 'unknown', candidates };
  }
  let tied = live.filter((c) => c.score === best.score && c.content === best.content);
  // Where the user stands breaks a tie: the page of the step they are at now.
  const next = position && frontier(journey, position);
  if (tied.length > 1 && next) {
    const atNext = tied.filter((c) => c.steps.some((i) => next.includes(i)));
    if (atNext.length === 1) tied = atNext;
  }
  if (tied.length > 1) return { kind: 'unsure', score: best.score, candidates, tied };
  const winner = tied[0]!;
  if (winner.role !== 'step') return { kind: winner.role, page: winner.page, score: winner.score, candidates };
  return { kind: 'step', page: winner.page, steps: winner.steps, score: winner.score, candidates };
}

/**
 * The steps the user is at: the first not behind them, with its alternatives
 * (a new user's form or an existing account). Empty when all are behind.
 */
export function frontier(journey: JourneyDef, position: Position): number[] {
  const first = journey.steps.findIndex((s) => !position.behind.has(s.id));
  if (first < 0) return [];
  const { branch } = journey.steps[first]!;
  if (!branch) return [first];
  return journey.steps.flatMap((s, i) => (i >= first && s.branch === branch && !position.behind.has(s.id) ? [i] : []));
}
