// Runs the guide on one page (or frame): scans, keeps progress, tells the view
// what to draw, and listens (passively) for the clicks that complete a step.
// It never clicks, types, submits or prevents anything on the page.
import type { Translate } from './translate';
import type { JourneyDef } from '../guide/types';
import { buildOverlayModel, type OverlayModel } from './overlayModel';
import { completeStep, finishJourney, reachStep, tickStep, undoFrom, type JourneyProgress } from './progress';
import { scanPage, type Scan } from './recognition/scanPage';
import type { PageOutline } from './outline/outline';
import type { PageReport } from './outline/report';
import type { Extras, LoadExtras } from './extras';
import { pageMemory, type CorrectionStore } from './corrections/pageMemory';
import { OVERLAY_TAG } from './overlayTag';

/** What the card's buttons do. */
export interface OverlayActions {
  hide: () => void;
  toggleHelp: () => void;
  /** "I've already done this": the step is marked done and the card steps aside. */
  markDone: () => void;
  /** "Go back a step": the previous step is shown again and no longer counted done. */
  goBack: () => void;
  /** "This page is different": look again, forgetting any choice made here. */
  rescan: () => void;
  /** "Not sure where you are": the user says which step this is. */
  choose: (stepIndex: number) => void;
  /** On the end card: the step left to do away from the portal is done (the user's word). */
  tickLeft: () => void;
  /** "Describe this page": builds the page's outline and shows it in the help panel. */
  describe: () => void;
  closeReport: () => void;
}

export interface GuideDeps {
  doc: Document;
  journey: JourneyDef;
  t: Translate;
  /** Draws the overlay, or removes it when given null. */
  render: (model: OverlayModel | null, actions: OverlayActions) => void;
  /** Persists a change to the journey's progress and resolves with the result. */
  updateProgress: (change: (p: JourneyProgress) => JourneyProgress) => Promise<JourneyProgress | void>;
  /**
   * The stored progress: recognition weighs the page against it (a page never
   * takes the user back on evidence every page shares), and the card's notes
   * use it. When given, the page is first looked at once it is read.
   */
  loadProgress?: () => Promise<JourneyProgress>;
  /** Tells of progress changed elsewhere (another frame, the popup); returns the way to stop listening. */
  watchProgress?: (onChange: (progress: JourneyProgress) => void) => () => void;
  /** The document is a frame of a frameset (a menu frame's links are chrome). */
  inFrame?: boolean;
  /** Aborted when the page goes away or the extension is reloaded. */
  signal: AbortSignal;
  /** Told of each new result (for the helpdesk diagnostics). */
  report?: (scan: Scan, url: URL) => void;
  /** The extension's version, written into page outlines. */
  extension?: string;
  /**
   * Remembered corrections (issue 16): what the user told the guide about
   * pages it did not recognise well. Read before the first look, like progress.
   */
  corrections?: CorrectionStore;
  /** The outline and signature code, imported when first needed (lib/extras.ts); without it, no outline and no corrections. */
  extras?: LoadExtras;
}

/**
 * When the page changes, it is looked at again at once (in the mutation
 * observer's callback, so a target that appears is highlighted in the frame
 * it is painted). A page that keeps changing (more than BUSY_SCANS scans
 * within a second) is rescanned at most once per MIN_RESCAN_INTERVAL ms.
 */
const MIN_RESCAN_INTERVAL = 500;
const BUSY_SCANS = 4;
/**
 * While the highlighted target is still in the page, changes elsewhere cannot
 * take it away, so the observer is paused and the page looked at again after
 * SETTLE_MS, four times longer each time (up to SETTLE_MAX_MS) while the result stays the same:
 * a page that never stops changing (live feeds, animations built from DOM
 * nodes) costs a handful of scans instead of one every half second.
 */
const SETTLE_MS = 250;
const SETTLE_MAX_MS = 4_000;
/** Unknown pages are watched this long for late content, then left alone. */
const UNKNOWN_WATCH_MS = 10_000;
/** A recognised page whose target is still missing after this long opens the help by itself. */
const AUTO_HELP_MS = 3_000;

/** True for a mutation that only adds or removes the overlay's own host element. */
function isOwnLayer(record: MutationRecord): boolean {
  if (record.type !== 'childList') return (record.target as Element).localName === OVERLAY_TAG;
  const ours = (nodes: NodeList) => Array.prototype.every.call(nodes, (n: Node) => (n as Element).localName === OVERLAY_TAG);
  return ours(record.addedNodes) && ours(record.removedNodes);
}

export function startGuide(deps: GuideDeps): { rescan: () => void; show: () => void; describe: () => Promise<PageOutline> } {
  const { doc, journey, t, render, signal } = deps;
  const view = doc.defaultView!;
  let scan: Scan = { kind: 'unknown', candidates: [] };
  let progress: JourneyProgress | null = null;
  let hiddenFor: string | null = null;
  let chosenStep: number | null = null;
  let helpOpen = false;
  let report: PageReport | null = null;
  const memory = pageMemory(doc, journey.id, deps.corrections, deps.extras);
  /** The current result comes from what the user told the guide before (the card says so). */
  let remembered = false;
  let missingSince = 0;
  let lastReached: string | null = null;
  let lastKey = '';
  let previousTarget: Element | null = null;
  let resultChanged = true;
  let lastUrl = view.location.href;
  let timer = 0;
  let pending = false;
  let lastRunAt = 0;
  const recentRuns: number[] = [];
  let helpTimer = 0;
  let watchingSince = Date.now();
  let observing = false;
  let settleTimer = 0;
  let settleIdle = 0;
  let settleMs = SETTLE_MS;
  let connectedAt = 0;
  /** False while the stored progress is being read: no look before it (see the first look below). */
  let ready = !deps.loadProgress;

  /** What recognition reads of progress: the steps behind the user (lib/recognition/scanPage.ts). */
  const behindKey = (p: JourneyProgress | null) => (p ? [...p.done, '|', ...(p.skipped ?? [])].join(' ') : '');
  /**
   * The progress the current result was found with, and the one this guide's
   * own "you reached this page" leads to: coming back from storage, neither
   * can change what the page is, so it is not looked at again (a second scan
   * of a big page for nothing; issue 15).
   */
  let scannedWith = '';
  let ownReach = '';

  const save = (change: (p: JourneyProgress) => JourneyProgress) => {
    deps.updateProgress(change).then(
      (next) => {
        if (next) progressChanged(next);
      },
      () => {
        // Storage refused (quota, extension reloading): the next page records it again.
      },
    );
  };

  /** What the user has done changes what a page is (issue 14): look again when the steps behind them changed. */
  const progressChanged = (next: JourneyProgress) => {
    progress = next;
    if (signal.aborted) return;
    const key = behindKey(next);
    if (key !== scannedWith && key !== ownReach) schedule();
    else draw();
  };

  const keyOf = (s: Scan) => (s.kind === 'step' ? `${s.stepId}/${s.part?.key ?? ''}/${s.target ? 'found' : 'missing'}` : s.kind);

  let extrasAsked = false;
  const draw = () => {
    // The help panel and the "not sure" card hold what the user may correct
    // ("Go back a step", a step to choose, "I've already done this"): the code
    // that keeps a correction is imported as they show, so it is there when they click, even if
    // they leave the page at once.
    if ((helpOpen || scan.kind === 'unsure') && !extrasAsked && deps.extras && deps.corrections) {
      extrasAsked = true;
      deps.extras().catch(() => undefined);
    }
    const model = hiddenFor === null ? buildOverlayModel(scan, journey, t, { progress, helpOpen, report, remembered }) : null;
    render(model, actions);
  };

  const run = () => {
    timer = 0;
    pending = false;
    lastRunAt = Date.now();
    recentRuns.push(lastRunAt);
    if (recentRuns.length > BUSY_SCANS) recentRuns.shift();
    if (signal.aborted) return;
    const url = view.location.href;
    if (url !== lastUrl) {
      // A single-page app moved on: what the user chose or hid was about the old page.
      lastUrl = url;
      chosenStep = null;
      hiddenFor = null;
      helpOpen = false;
      report = null;
      watchingSince = Date.now();
      connect();
    }
    scannedWith = behindKey(progress);
    ownReach = '';
    const told = chosenStep === null ? memory.recall() : undefined;
    const toldStep = told?.kind === 'here' ? journey.steps.findIndex((s) => s.id === told.step) : -1;
    // A remembered answer never takes the user back to a step they have done: the page is then read as any other.
    remembered = toldStep >= 0 && !progress?.done.includes(told!.step);
    try {
      scan = scanPage(doc, new URL(url), journey, { chosenStep: chosenStep ?? (remembered ? toldStep : null), progress, inFrame: deps.inFrame });
    } catch {
      scan = { kind: 'unknown', candidates: [] };
    }
    remembered &&= scan.kind === 'step';
    // "I've already done this" said on this page before: it is done again (a new colleague, a new round).
    if (told?.kind === 'done' && scan.kind === 'step' && scan.stepId === told.step && progress && !progress.done.includes(told.step)) {
      const { stepId } = scan;
      save((p) => completeStep(p, journey, stepId));
    }
    if (scan.kind === 'step' && chosenStep === null && lastReached !== scan.stepId) {
      const { stepIndex } = scan;
      lastReached = scan.stepId;
      if (progress) ownReach = behindKey(reachStep(progress, journey, stepIndex));
      save((p) => reachStep(p, journey, stepIndex));
    } else if (scan.kind === 'finish' && lastReached !== 'finish') {
      lastReached = 'finish';
      const proven = scan.page.provesDone === true;
      save((p) => finishJourney(p, journey, proven));
    }
    if (scan.kind === 'unknown' && Date.now() - watchingSince > UNKNOWN_WATCH_MS) disconnect();

    const key = keyOf(scan);
    resultChanged = key !== lastKey || scan.kind !== 'step' || scan.target !== previousTarget;
    previousTarget = scan.kind === 'step' ? scan.target : null;
    if (key !== lastKey) {
      if (scan.kind !== 'unknown' || scan.candidates.length > 0) {
        try {
          deps.report?.(scan, new URL(url));
        } catch {
          // Diagnostics are a nicety; never let them break the guide.
        }
      }
      if (hiddenFor !== null && hiddenFor !== key) hiddenFor = null;
      missingSince = scan.kind === 'step' && scan.part && !scan.target ? Date.now() : 0;
      if (helpTimer) view.clearTimeout(helpTimer);
      helpTimer = missingSince ? view.setTimeout(openHelpIfStillMissing, AUTO_HELP_MS) : 0;
    }
    lastKey = key;
    draw();
  };

  const openHelpIfStillMissing = () => {
    helpTimer = 0;
    if (!signal.aborted && missingSince && !helpOpen) {
      helpOpen = true;
      draw();
    }
  };

  /**
   * Looks again: at once after a change of the page's DOM (`now`), in the next
   * frame after the user's input (never inside the page's own event handling).
   */
  const schedule = (now = false) => {
    if (!ready || pending || signal.aborted || doc.hidden) return;
    const busy = recentRuns.length === BUSY_SCANS && Date.now() - recentRuns[0]! < 1000;
    const wait = busy ? lastRunAt + MIN_RESCAN_INTERVAL - Date.now() : 0;
    if (wait <= 0 && now) return run();
    pending = true;
    const inFrame = () => view.requestAnimationFrame(run);
    if (wait <= 0) inFrame();
    else timer = view.setTimeout(inFrame, wait);
  };
  const onEvent = () => schedule();

  /** The page changed: look again now, or, while our target is still there, once it settles. */
  const onMutations = (records: MutationRecord[]) => {
    // Our own layer coming and going is not a change of the page.
    if (records.every(isOwnLayer)) return;
    if (scan.kind !== 'step' || !scan.target?.isConnected) return schedule(true);
    // Quiet for a whole wait since we last looked: back to the shortest wait.
    if (Date.now() - connectedAt > settleMs * 2) settleMs = SETTLE_MS;
    observer.disconnect();
    observing = false;
    settleTimer = view.setTimeout(() => {
      const look = () => {
        settleTimer = settleIdle = 0;
        if (signal.aborted || doc.hidden) return;
        connect();
        run();
        settleMs = resultChanged ? SETTLE_MS : Math.min(settleMs * 4, SETTLE_MAX_MS);
      };
      // In the browser's idle time, just after it laid the page out for a
      // frame: the scan's geometry reads then find the layout done, instead of
      // forcing one on a page that is still changing.
      if (typeof view.requestIdleCallback === 'function') settleIdle = view.requestIdleCallback(look, { timeout: SETTLE_MS });
      else look();
    }, settleMs);
  };

  const actions: OverlayActions = {
    hide: () => {
      hiddenFor = keyOf(scan);
      draw();
    },
    toggleHelp: () => {
      helpOpen = !helpOpen;
      draw();
    },
    markDone: () => {
      if (scan.kind !== 'step') return;
      const { stepId } = scan;
      memory.remember('done', stepId);
      save((p) => completeStep(p, journey, stepId));
      hiddenFor = keyOf(scan);
      draw();
    },
    goBack: () => {
      if (scan.kind !== 'step' || scan.stepIndex === 0) return;
      const previous = scan.stepIndex - 1;
      memory.remember('here', journey.steps[previous]!.id);
      save((p) => undoFrom(p, journey, previous));
      chosenStep = previous;
      helpOpen = true;
      run();
    },
    rescan: () => {
      // "This page is different": what was remembered about it is forgotten too.
      memory.forget();
      chosenStep = null;
      hiddenFor = null;
      helpOpen = false;
      lastKey = '';
      run();
    },
    choose: (stepIndex: number) => {
      memory.remember('here', journey.steps[stepIndex]!.id);
      chosenStep = stepIndex;
      run();
    },
    tickLeft: () => {
      const left = journey.steps.find((s) => s.manual && !progress?.done.includes(s.id));
      if (left) save((p) => tickStep(p, journey, left.id, true));
    },
    describe: () => {
      if (!deps.extras) return;
      deps.extras().then(
        (extras) => {
          if (signal.aborted) return;
          try {
            report = extras.pageReport(outlineWith(extras), t);
          } catch {
            // A page we cannot read whole (torn down meanwhile): no report rather than a broken card.
            report = null;
          }
          helpOpen = true;
          draw();
        },
        () => undefined,
      );
    },
    closeReport: () => {
      report = null;
      draw();
    },
  };

  /** The page's outline, with what the guide made of it (issue 16). */
  const outlineWith = (extras: Extras): PageOutline =>
    extras.buildOutline(doc, { url: new URL(view.location.href), journey: journey.id, extension: deps.extension ?? '', guide: extras.guideSummary(scan), visibility: true });
  const outline = async (): Promise<PageOutline> => {
    if (!deps.extras) throw new Error('No outline without the extras');
    return outlineWith(await deps.extras());
  };

  // Evidence that a step is done: the user clicked its last target (or submitted
  // the form it belongs to). Listening only; the event goes on untouched.
  const onActivate = (event: Event) => {
    if (scan.kind !== 'step' || !scan.target || !scan.lastPart || scan.part?.action !== 'click') return;
    const { target, stepId } = scan;
    const origin = event.target as Node | null;
    const hit =
      event.type === 'submit'
        ? target.closest('form') === origin || (target as HTMLButtonElement).form === origin
        : !!origin && target.contains(origin);
    if (hit) save((p) => completeStep(p, journey, stepId));
  };

  // The content script's own constructor where there is one (Firefox keeps page
  // and extension worlds apart); the document's window otherwise (tests).
  const Observer: typeof MutationObserver = globalThis.MutationObserver ?? (view as typeof globalThis).MutationObserver;
  const observer = new Observer(onMutations);
  // `open` and `hidden`: a dialog, a <details> or a section that shows may bring the target.
  const connect = () => {
    if (observing || signal.aborted || settleTimer || settleIdle) return;
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['open', 'hidden'] });
    observing = true;
    connectedAt = Date.now();
  };
  const disconnect = () => {
    observer.disconnect();
    observing = false;
    if (timer) view.clearTimeout(timer);
    if (settleTimer) view.clearTimeout(settleTimer);
    if (settleIdle) view.cancelIdleCallback(settleIdle);
    timer = settleTimer = settleIdle = 0;
    pending = false;
  };

  const listen = { capture: true, passive: true, signal } as const;
  doc.addEventListener('click', onActivate, listen);
  doc.addEventListener('submit', onActivate, listen);
  // Typing changes what is left to do (a field filled, a box ticked).
  doc.addEventListener('input', onEvent, listen);
  doc.addEventListener('change', onEvent, listen);
  doc.addEventListener('focusout', onEvent, listen);
  // Single-page apps: history and hash changes (the DOM change that follows is caught too).
  view.addEventListener('popstate', onEvent, { signal });
  view.addEventListener('hashchange', onEvent, { signal });
  // A hidden tab costs nothing: stop watching, look again when it comes back.
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.hidden) disconnect();
      else {
        watchingSince = Date.now();
        connect();
        schedule();
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    disconnect();
    if (helpTimer) view.clearTimeout(helpTimer);
  });

  connect();
  if (deps.loadProgress) {
    // The first look waits for the progress (one storage read), and so does
    // any look the page's changes or events ask for meanwhile: without it, a
    // page that shares the previous page's menu could flash a step left behind.
    const firstLook = () => {
      ready = true;
      if (!signal.aborted) run();
    };
    deps.loadProgress().then(
      (loaded) => {
        progress = loaded;
        return memory.loaded;
      },
      () => memory.loaded,
    ).then(firstLook, firstLook);
  } else run();
  const unwatchCorrections = deps.corrections?.watch?.((list) => {
    void memory.update(list).then(() => schedule());
  });
  if (unwatchCorrections) signal.addEventListener('abort', unwatchCorrections);
  const unwatch = deps.watchProgress?.((next) => progressChanged(next));
  if (unwatch) signal.addEventListener('abort', unwatch);
  return {
    rescan: () => schedule(),
    /** For the popup's "Describe this page". */
    describe: outline,
    /** Shows the card again after the user hid it (from the popup). */
    show: () => {
      hiddenFor = null;
      draw();
    },
  };
}
