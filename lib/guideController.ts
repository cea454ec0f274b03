// Runs the guide on one page: scans, keeps progress, tells the view what to
// draw, and listens (passively) for the clicks that complete a step. It never
// clicks, types, submits or prevents anything on the page.
import type { TFunction } from 'i18next';
import type { JourneyDef } from '../guide/types';
import { buildOverlayModel, type OverlayModel } from './overlayModel';
import { completeStep, finishJourney, reachStep, type JourneyProgress } from './progress';
import { scanPage, type Scan } from './scanPage';

export interface GuideDeps {
  doc: Document;
  journey: JourneyDef;
  t: TFunction;
  /** Draws the overlay, or removes it when given null. */
  render: (model: OverlayModel | null, onHide: () => void) => void;
  /** Persists a change to the journey's progress. */
  updateProgress: (change: (p: JourneyProgress) => JourneyProgress) => Promise<unknown>;
  /** Aborted when the page goes away or the extension is reloaded. */
  signal: AbortSignal;
  /** Told of each new result (for the helpdesk diagnostics). */
  report?: (scan: Scan, url: URL) => void;
}

/** Rescans are batched: at most one per this many ms however busy the page is. */
const RESCAN_DELAY = 200;
/** Unknown pages are watched this long for late content, then left alone. */
const UNKNOWN_WATCH_MS = 10_000;

export function startGuide(deps: GuideDeps): { rescan: () => void } {
  const { doc, journey, t, render, signal } = deps;
  const view = doc.defaultView!;
  let scan: Scan = { kind: 'unknown', candidates: [] };
  let hiddenFor: string | null = null;
  let lastReached: string | null = null;
  let lastKey = '';
  let timer = 0;
  const startedAt = Date.now();

  const save = (change: (p: JourneyProgress) => JourneyProgress) => {
    deps.updateProgress(change).catch(() => {
      // Storage refused (quota, extension reloading): the next page will record it again.
    });
  };

  const keyOf = (s: Scan) => (s.kind === 'step' ? `${s.stepId}/${s.part?.key ?? ''}` : s.kind);

  const run = () => {
    timer = 0;
    if (signal.aborted) return;
    try {
      scan = scanPage(doc, new URL(view.location.href), journey);
    } catch {
      scan = { kind: 'unknown', candidates: [] };
    }
    if (scan.kind === 'step') {
      const { stepIndex } = scan;
      if (lastReached !== scan.stepId) {
        lastReached = scan.stepId;
        save((p) => reachStep(p, journey, stepIndex));
      }
    } else if (scan.kind === 'finish' && lastReached !== 'finish') {
      lastReached = 'finish';
      save((p) => finishJourney(p, journey));
    }
    if (scan.kind === 'unknown' && Date.now() - startedAt > UNKNOWN_WATCH_MS) observer.disconnect();
    const key = keyOf(scan);
    if (key !== lastKey && (scan.kind !== 'unknown' || scan.candidates.length > 0)) {
      try {
        deps.report?.(scan, new URL(view.location.href));
      } catch {
        // Diagnostics are a nicety; never let them break the guide.
      }
    }
    lastKey = key;
    if (hiddenFor !== null && hiddenFor !== key) hiddenFor = null;
    const model = hiddenFor === null ? buildOverlayModel(scan, journey, t) : null;
    render(model, hide);
  };

  const schedule = () => {
    if (!timer && !signal.aborted) timer = view.setTimeout(run, RESCAN_DELAY);
  };

  const hide = () => {
    hiddenFor = keyOf(scan);
    render(null, hide);
  };

  // Evidence that a step is done: the user clicked its last target (or submitted
  // the form it belongs to). Listening only; the event goes on untouched.
  const onActivate = (event: Event) => {
    if (scan.kind !== 'step' || !scan.target || !scan.lastPart || scan.part?.action !== 'click') return;
    const target = scan.target;
    const origin = event.target as Node | null;
    const hit =
      event.type === 'submit'
        ? target.closest('form') === origin || (target as HTMLButtonElement).form === origin
        : !!origin && target.contains(origin);
    if (hit) save((p) => completeStep(p, journey, (scan as { stepId: string }).stepId));
  };

  // The content script's own constructor where there is one (Firefox keeps page
  // and extension worlds apart); the document's window otherwise (tests).
  const Observer: typeof MutationObserver = globalThis.MutationObserver ?? (view as typeof globalThis).MutationObserver;
  const observer = new Observer(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const listen = { capture: true, passive: true, signal } as const;
  doc.addEventListener('click', onActivate, listen);
  doc.addEventListener('submit', onActivate, listen);
  // Typing changes what is left to do (a field filled, a box ticked); the values are never read here.
  doc.addEventListener('input', schedule, listen);
  doc.addEventListener('change', schedule, listen);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) view.clearTimeout(timer);
  });

  run();
  return { rescan: schedule };
}
