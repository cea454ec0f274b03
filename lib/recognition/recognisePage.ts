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
import { lastPortalStep } from '../stepPosition';
import { normalisedLabels } from './labels';
import type { PageSnapshot } from './pageSnapshot';
import { LooseText, matchQuality } from './text';

export const WEIGHTS = { path: 3, heading: 2, field: 3, message: 4, note: 2, text: 1 } as const;
/** Below this, a page is not taken for a journey page: no overlay at all. */
export const MIN_SCORE = 3;
/**
 * Going back to a step already done takes twice the evidence: a page that
 * looks a little like the last one (the add-user form's title kept above an
 * existing person's page) must not undo the user's way.
 */
export const BACK_SCORE = 2 * MIN_SCORE;
/** A page that shows the journey's end to someone at its last step needs less. */
const FINISH_SCORE = 2;

export interface Candidate {
  page: PageSignals;
  /**
   * What the page is: a step's page, the journey's end, a detour (an error
   * page, an expired session), or a page of another journey's way (elsewhere).
   */
  role: 'step' | 'finish' | 'error' | 'expired' | 'elsewhere';
  /** Indexes of the steps that use this page, in journey order (empty unless role is step). */
  steps: number[];
  score: number;
  /** The part of the score the page's own content gave (without its chrome). */
  content: number;
  /** The content shows one of the page's own signs: a heading, a field, a message or its known path (not only link texts). */
  distinct: boolean;
  /** One of the page's heading groups is a heading of its content: what the page is about. */
  headed: boolean;
  /** One of its form fields or notices is in the content: what only this page has (a heading may be shared). */
  specific: boolean;
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
  | { kind: 'unsure'; score: number; candidates: Candidate[]; tied: Candidate[]; stale?: boolean; weak?: boolean };

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

/** The last texts prepared for tolerant matching: one scan reads each channel many times. */
const prepared = new Map<string, LooseText>();

function looseText(haystack: string): LooseText {
  let text = prepared.get(haystack);
  if (!text) {
    if (prepared.size >= 16) prepared.clear();
    text = new LooseText(haystack);
    prepared.set(haystack, text);
  }
  return text;
}

/**
 * 2 when one of the group's wordings stands in the text as written, 1 when
 * only tolerantly (other small words, inflection, word order:
 * lib/recognition/text.ts), 0 when not at all. Tolerant evidence is weaker:
 * "access managers can now…" holds the words of "Manage access".
 */
function seen(haystack: string, group: Labels): 0 | 1 | 2 {
  if (!haystack) return 0;
  const labels = normalisedLabels(group);
  if (foundExactly(haystack, labels)) return 2;
  const text = looseText(haystack);
  // Tolerantly, a sentence (three words that carry meaning or more) is still sure; two words are not.
  const words = Math.max(0, ...labels.map((label) => text.match(label)));
  return words >= 3 ? 2 : words > 0 ? 1 : 0;
}

const found = (haystack: string, group: Labels) => seen(haystack, group) > 0;

/** The score a page gets, and how much of it its own content gave. */
type Parts = Pick<Candidate, 'score' | 'content' | 'distinct' | 'headed' | 'specific'>;

export function scorePageParts(page: PageSignals, snap: PageSnapshot): Parts {
  const none = { score: 0, content: 0, distinct: false, headed: false, specific: false };
  if (!page.hosts.includes(snap.host) || page.notPaths?.some((re) => re.test(snap.path))) return none;
  if (page.requiredFields?.some((group) => seen(snap.fields, group) === 0)) return none;
  let content = 0;
  let chrome = 0;
  let distinct = false;
  let headed = false;
  let specific = false;
  // Portals style titles as they like: a heading's words in a button, link or
  // list still count, for less. In the chrome, any of them counts as little.
  // A detour page (an error, an expired session) is what its main heading
  // says: a news page's "planned maintenance" item is no maintenance page.
  const headings = page.detour ? snap.mainHeading : snap.headings;
  for (const group of page.headings ?? []) {
    const heading = seen(headings, group);
    if (heading === 2) {
      content += WEIGHTS.heading;
      distinct = headed = true;
    } else if (heading === 1 || (!page.detour && (found(snap.title, group) || found(snap.names, group) || found(snap.cells, group)))) content += WEIGHTS.text;
    else if (found(snap.chrome, group)) chrome += WEIGHTS.text;
  }
  for (const group of page.fields ?? []) {
    const field = seen(snap.fields, group);
    if (field > 0) {
      content += field === 2 ? WEIGHTS.field : WEIGHTS.field - 1;
      distinct = specific = true;
    } else if (found(snap.chrome, group)) chrome += WEIGHTS.text;
  }
  for (const group of page.messages ?? []) {
    // Notices are sentences: worded in many ways, tolerance is what finds them.
    const message = seen(snap.messages, group);
    const note = message || page.detour ? 0 : seen(snap.notes, group);
    if (message > 0) {
      content += message === 2 ? WEIGHTS.message : WEIGHTS.message - 1;
      distinct = specific = true;
    } else if (note > 0) {
      // The same sentence in a plain paragraph: a notice without a role, or a help text quoting it.
      content += note === 2 ? WEIGHTS.note : WEIGHTS.note - 1;
      distinct ||= note === 2;
      specific ||= note === 2;
    }
  }
  // Confirmation only: a field any form has says nothing before one of the
  // page's own signs did (a heading, a field, a notice: not its words in a
  // checkbox's label, "e-mail me about each new user" on a profile page).
  if (distinct) {
    for (const group of page.commonFields ?? []) {
      const field = seen(snap.fields, group);
      if (field > 0) content += field === 2 ? WEIGHTS.field - 1 : WEIGHTS.field - 2;
    }
  }
  if (page.mentions) {
    // Required words somewhere in the page confirm what the other signals say;
    // alone they prove nothing. Checked last: the page's whole text is read
    // only when a page with mentions already scores (lib/recognition/pageSnapshot.ts).
    if (content === 0 || !page.mentions.every((group) => found(snap.text, group))) return none;
    content += page.mentions.length * WEIGHTS.text;
  }
  for (const group of page.texts ?? []) {
    if (found(snap.names, group) || found(snap.headings, group) || found(snap.title, group) || found(snap.cells, group)) content += WEIGHTS.text;
    else if (found(snap.chrome, group)) chrome += WEIGHTS.text;
  }
  // A known path confirms what the content says; alone (an empty page, an
  // error page at the same address) it proves nothing.
  if (content > 0 && page.paths?.some((re) => re.test(snap.path))) {
    content += WEIGHTS.path;
    distinct = true;
  }
  return { score: content + chrome, content, distinct, headed, specific };
}

/**
 * A step page the user has left behind (every step it serves is done), whose
 * own content does not prove they are back there: its score comes from the
 * menus and titles every page of the application shows, or from link texts
 * any page may carry (csam.be lists its services on several pages). Taking it
 * would send the user backwards on evidence the next page shares.
 */
function isStale(candidate: Candidate, journey: JourneyDef, position: Position | undefined): boolean {
  if (!position || candidate.role !== 'step') return false;
  const allBehind = candidate.steps.every((i) => position.behind.has(journey.steps[i]!.id));
  return allBehind && (candidate.content < BACK_SCORE || !candidate.distinct);
}

/**
 * Where a step page stands against the user's way: a step left behind (every
 * step it serves done), the step they are at (the frontier), one step ahead
 * (a click we did not see), or further on (steps skipped).
 */
type Place = 'behind' | 'here' | 'next' | 'beyond';

function placeOf(candidate: Candidate, journey: JourneyDef, position: Position, next: number[]): Place {
  if (candidate.steps.every((i) => position.behind.has(journey.steps[i]!.id))) return 'behind';
  if (candidate.steps.some((i) => next.includes(i))) return 'here';
  const last = Math.max(-1, ...next);
  return candidate.steps.some((i) => i <= last + 1) ? 'next' : 'beyond';
}

/**
 * Whether a candidate may be taken for a step at all, given where the user is.
 * - A page known only by its chrome (nothing in its content says it) only
 *   where the user is expected, mid-journey: the group's home whose only
 *   content is the menu, a menu frame. Anywhere else the same menu proves
 *   nothing (a news page under csam.be's services menu).
 * - Weak content (below MIN_SCORE) only where the user is.
 * - Steps skipped (further on) take strong content of the page's own.
 * Steps left behind are judged apart (isStale).
 */
function isAdmissible(candidate: Candidate, journey: JourneyDef, position: Position | undefined, next: number[]): boolean {
  if (candidate.role !== 'step') return true;
  // Nothing done yet: no way to weigh against (the guide installed half-way, a fresh start).
  if (!position || position.behind.size === 0) return candidate.content > 0;
  // From here on the user is mid-journey.
  const place = placeOf(candidate, journey, position, next);
  if (place === 'behind') return true;
  if (candidate.content === 0) return place === 'here';
  if (place === 'beyond') return candidate.content >= BACK_SCORE && candidate.distinct;
  return candidate.content >= MIN_SCORE || place === 'here';
}

/** The journey's end or a detour: a page that is a kind of its own, not a step of this journey or another's. */
const isEndOrDetour = (c: Candidate): c is Candidate & { role: 'finish' | 'error' | 'expired' } => c.role !== 'step' && c.role !== 'elsewhere';

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
  for (const page of journey.elsewhere ?? []) add(page, 'elsewhere');

  // The steps the user is at, once for every candidate.
  const next = position ? frontier(journey, position) : [];
  const candidates = [...byKey.values()]
    .filter((c) => c.score > 0 && isAdmissible(c, journey, position, next))
    .sort((a, b) => b.score - a.score || b.content - a.content);
  // The journey's end, where the user is at the last step on the portal (or
  // done): its own sign alone ("L'utilisateur a été enregistré" under a plain
  // title) is enough.
  const lastOnPortal = lastPortalStep(journey);
  const atEnd = !!position && next.every((i) => i >= lastOnPortal);
  const reaches = (c: Candidate) => c.score >= (c.role === 'finish' && atEnd && c.distinct ? FINISH_SCORE : (c.page.minScore ?? MIN_SCORE));
  const stale = candidates.filter((c) => isStale(c, journey, position));
  const live = candidates.filter((c) => !stale.includes(c));
  // A page headed by its one sure sign ("Votre session a expiré") is that
  // page, whatever else it shows (a login form below it).
  const sure = live.filter(isEndOrDetour).find((c) => c.page.decisive && c.headed && reaches(c));
  if (sure) return { kind: sure.role, page: sure.page, score: sure.score, candidates };
  const best = live[0];
  if (!best || !reaches(best)) {
    // Only a page left behind stands out: ask when its content said something
    // of it (the user may be back there); on menus and link texts alone, say nothing.
    if (stale[0] && reaches(stale[0])) {
      return { kind: 'unsure', score: stale[0].score, candidates, tied: [stale[0]], stale: true, weak: stale[0].content < MIN_SCORE };
    }
    return { kind: 'unknown', candidates };
  }
  let tied = live.filter((c) => c.score === best.score && c.content === best.content);
  // Where the user stands breaks a tie: the page of the step they are at now.
  const atUserStep = (c: Candidate) => c.role === 'step' && c.steps.some((i) => next.includes(i));
  // What comes next breaks a near tie too: the page of the step the user is
  // at, on evidence of its own, over one a point ahead of it.
  const here = live.find(atUserStep);
  if (here && here !== best && !tied.includes(here) && here.content >= MIN_SCORE && here.distinct && best.score - here.score <= 1 && best.role === 'step') tied = [here];
  // (Only on the page's own evidence: a tie of weak scores is a page that is
  // neither; nor a tie with another journey's page.)
  if (tied.length > 1 && best.content >= MIN_SCORE && best.distinct && !tied.some((c) => c.role === 'elsewhere')) {
    const atNext = tied.filter(atUserStep);
    // Several pages of the step the user is at (a new user's form, an existing
    // person's form: the same boxes to tick): the step is known, and the page
    // listing it earliest in the journey carries its parts in order.
    if (atNext.length === tied.length || atNext.length === 1) tied = [atNext.sort((a, b) => a.steps[0]! - b.steps[0]!)[0]!];
  }
  if (tied.length > 1) return { kind: 'unsure', score: best.score, candidates, tied };
  const winner = tied[0]!;
  // Another journey's page: not this journey's, whatever it resembles here.
  if (winner.role === 'elsewhere') return { kind: 'unknown', candidates };
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
