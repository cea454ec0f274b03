// One look at the page: which journey page it is, which step applies, and what
// to point at. Pure with respect to the page: reads the DOM, changes nothing.
import type { JourneyDef, PageSignals, Part } from '../../guide/types';
import { evaluatePart, isVisible } from '../targeting/findTarget';
import { chromeTest } from './pageChrome';
import { queryPage } from './pageWalk';
import { snapshotPage } from './pageSnapshot';
import { frontier, recognisePage, type Candidate, type Position } from './recognisePage';

export type Scan =
  | { kind: 'unknown'; candidates: Candidate[] }
  | { kind: 'finish' | 'error'; pageKey: string; page: PageSignals; lang: string; candidates: Candidate[] }
  /** The session expired: the page's own way back ("Se reconnecter") when it has one. */
  | { kind: 'expired'; pageKey: string; page: PageSignals; lang: string; candidates: Candidate[]; target: Element | null; label: string }
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
      /** Other visible forms of the target (a tile and the same link in the menu): the card covers none. */
      alternates: Element[];
      label: string;
      /** The field the user filled looks mistyped. */
      mistyped: boolean;
    };

type StepScan = Extract<Scan, { kind: 'step' }>;

export interface ScanOptions {
  /**
   * A step the user said they are at (after "Not sure where you are", or "Go
   * back a step"): its first page's parts are looked for here.
   */
  chosenStep?: number | null;
  /** What the user has done (and the alternatives they did not need): recognition weighs the page against it. */
  progress?: { done: readonly string[]; skipped?: readonly string[] } | null;
  /** The document is a frame of a frameset. */
  inFrame?: boolean;
}

export function scanPage(doc: Document, url: URL, journey: JourneyDef, options: ScanOptions = {}): Scan {
  const { chosenStep = null, progress = null } = options;
  const position: Position | undefined = progress ? { behind: new Set([...progress.done, ...(progress.skipped ?? [])]) } : undefined;
  // An open dialog is what the user sees in front: when it speaks of the
  // journey (an existing person shown over the add-user form), it is the page,
  // and the form behind it says nothing; otherwise (a cookie notice) the page
  // behind it is.
  const dialog = openDialog(doc);
  const dialogSnap = dialog ? snapshotPage(doc, url, { inFrame: options.inFrame, within: dialog }) : null;
  const inDialog = dialogSnap ? recognisePage(dialogSnap, journey, position) : null;
  const speaks = !!inDialog && inDialog.candidates.some((c) => c.content > 0);
  // (Host, path and language are the document's: the dialog's snapshot serves when it is the page.)
  const snap = speaks ? dialogSnap! : snapshotPage(doc, url, { inFrame: options.inFrame });
  const recognition = speaks ? inDialog! : recognisePage(snap, journey, position);
  const { candidates } = recognition;
  const found = (score: number) => ({ lang: snap.lang, score, candidates });
  // (A step done away from the portal has no page to look for.)
  if (chosenStep !== null && journey.steps[chosenStep]?.pages[0]) {
    const page = journey.steps[chosenStep]!.pages[0]!;
    return resolveSteps(doc, journey, [chosenStep], page.key, found(0));
  }
  const next = position ? frontier(journey, position) : [];
  if (recognition.kind === 'unknown') {
    // Too little to name the page, but something only the page of the step the
    // user is at shows (its notice, its field), and that step's target in view: that step.
    // (Not on a page that is best another journey's: its fields are that journey's.)
    const atNext = candidates[0]?.role !== 'elsewhere' && candidates.some((c) => c.role === 'step' && c.specific && c.steps.some((i) => next.includes(i)));
    const ahead = atNext && position && position.behind.size > 0 ? advance(doc, journey, next, snap.host, found(0)) : null;
    return ahead ?? { kind: 'unknown', candidates };
  }
  const moveOn = () => advance(doc, journey, next, snap.host, found(recognition.kind === 'step' || recognition.kind === 'unsure' ? recognition.score : 0));
  if (recognition.kind === 'unsure') {
    // Only a page the user has left behind matched, on what every page shows:
    // the step they are at may have its target right here (the content swapped under the menu).
    if (recognition.stale) {
      const ahead = moveOn();
      if (ahead) return ahead;
    }
    if (recognition.weak) return { kind: 'unknown', candidates };
    const steps = [...new Set([...recognition.tied.flatMap((c) => c.steps), ...(recognition.stale ? next : [])])].sort((a, b) => a - b);
    // A tie between pages of steps only can be asked about; with an end or error page, say nothing.
    return steps.length > 1 ? { kind: 'unsure', lang: snap.lang, candidates, steps } : { kind: 'unknown', candidates };
  }
  if (recognition.kind === 'expired') {
    const { page } = recognition;
    const way = page.parts[0] ? evaluatePart(doc, page.parts[0], snap.lang) : null;
    return { kind: 'expired', pageKey: page.key, page, lang: snap.lang, candidates, target: way?.element ?? null, label: way?.label ?? '' };
  }
  if (recognition.kind !== 'step') return { kind: recognition.kind, pageKey: recognition.page.key, page: recognition.page, lang: snap.lang, candidates };
  // The user already did this page's step and what comes next is in view (a
  // section opened on the same page, a tab, a dialog): the card moves on.
  if (position && next.length > 0 && recognition.steps.every((i) => position.behind.has(journey.steps[i]!.id) && i < next[0]!)) {
    const ahead = moveOn();
    if (ahead) return ahead;
  }
  return resolveSteps(doc, journey, recognition.steps, recognition.page.key, found(recognition.score));
}

const DIALOGS = 'dialog[open], [role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]';

/** The open modal dialog the user sees in front, if any (the last one in the page is on top, most often). */
function openDialog(doc: Document): Element | null {
  const open = queryPage(doc, DIALOGS);
  for (let i = open.length - 1; i >= 0; i--) if (isVisible(open[i]!)) return open[i]!;
  return null;
}

/**
 * The step the user is at, when its target is plainly in this page's content
 * (named as the journey names it, not in the menus): what the page shows next
 * is evidence of where the user is, when the page itself is not recognised.
 */
function advance(doc: Document, journey: JourneyDef, next: number[], host: string, found: { lang: string; score: number; candidates: Candidate[] }): StepScan | null {
  const inChrome = chromeTest(doc);
  for (const index of next) {
    for (const page of journey.steps[index]!.pages) {
      if (!page.hosts.includes(host) || page.parts.length === 0) continue;
      // Named as the journey names it, or in other words (NameMatch quality 0.5); not only found near its label.
      const scan = resolveSteps(doc, journey, [index], page.key, found, 0.5);
      if (scan.kind === 'step' && scan.target && !inChrome(scan.target)) return scan;
    }
  }
  return null;
}

function resolveSteps(
  doc: Document,
  journey: JourneyDef,
  steps: number[],
  pageKey: string,
  found: { lang: string; score: number; candidates: Candidate[] },
  /** The least match quality a target needs (see NameMatch.quality); below it, "not found". */
  minQuality = 0,
): Scan {
  const base = { kind: 'step' as const, pageKey, ...found };
  // Steps sharing a page come in order: the first with something left to do wins;
  // when every part of every step there is satisfied, the last step still shows.
  let fallback: Scan | null = null;
  for (const stepIndex of steps) {
    const step = journey.steps[stepIndex]!;
    const page = step.pages.find((p) => p.key === pageKey) ?? step.pages[0]!;
    if (page.parts.length === 0) {
      return { ...base, stepIndex, stepId: step.id, part: null, lastPart: true, target: null, alternates: [], label: '', mistyped: false };
    }
    for (let i = 0; i < page.parts.length; i++) {
      const part = page.parts[i]!;
      const result = evaluatePart(doc, part, found.lang);
      const target = result.quality >= minQuality ? result.element : null;
      const scan: Scan = {
        ...base,
        stepIndex,
        stepId: step.id,
        part,
        // Only the last page of a step can finish it: following "Se connecter" on
        // the info page is not yet logging in.
        lastPart: i === page.parts.length - 1 && page.key === step.pages[step.pages.length - 1]!.key,
        target,
        alternates: target ? result.others : [],
        label: result.label,
        mistyped: result.mistyped === true,
      };
      if (!result.satisfied) return scan;
      fallback = scan;
    }
  }
  return fallback!;
}
