import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { journeyById } from '../../guide/journey';
import { pageDiagnostics } from '../../lib/diagnostics';
import { lastPageItem } from '../../lib/diagnosticsStore';
import { startGuide } from '../../lib/guideController';
import { exportGuide, type EarlyReads, type RunningGuide } from '../../lib/guideModule';
import { forgetCorrection, loadCorrections, rememberCorrection, watchCorrections } from '../../lib/corrections/correctionsStore';
import type { PageOutline } from '../../lib/outline/outline';
import type { JourneyProgress } from '../../lib/progress';
import { loadProgress, updateProgress, watchProgress } from '../../lib/progressStore';
import { primeStorage } from '../../lib/storageItem';
import { createTranslate } from '../../lib/translate';
import { activeJourneyItem, showGuideItem } from '../../lib/uiState';
import { createOverlayHost } from './overlayHost';
import css from './style.css?inline';

/** The guide for the journey chosen in the popup; replaced when the choice changes. */
interface Run {
  stop: AbortController;
  show: () => void;
  describe: () => Promise<PageOutline>;
}

async function startOnPage(ctx: ContentScriptContext, early: EarlyReads, running: { run: Run | null }): Promise<void> {
  // The journey chosen, its progress and the corrections come from what the loader read while this module was loading.
  primeStorage(early.storage);
  const chosenJourney = activeJourneyItem.getValue().catch(() => undefined);
  let earlyProgress: Promise<JourneyProgress> | null = chosenJourney.then((id) => loadProgress(journeyById(id)));
  const file = await early.strings;
  // Only a damaged installation gets here (its own files unreadable): without
  // words there is no card to show, and the page is left exactly as it is.
  if (!file) return;
  const t = createTranslate({ [file.lang]: file.strings }, file.lang);
  const draw = createOverlayHost(ctx, t, css);

  // One guide at a time, for the journey chosen in the popup; a new choice restarts it.
  const start = (journeyId: unknown) => {
    running.run?.stop.abort();
    const stop = new AbortController();
    const journey = journeyById(journeyId);
    const guide = startGuide({
      doc: document,
      journey,
      t,
      render: draw,
      updateProgress: (change) => updateProgress(journey, change),
      loadProgress: () => {
        const first = earlyProgress;
        earlyProgress = null;
        return first ?? loadProgress(journey);
      },
      watchProgress: (onChange) => watchProgress(journey, onChange),
      inFrame: window !== window.top,
      signal: stop.signal,
      extension: browser.runtime.getManifest().version,
      extras: early.extras,
      corrections: {
        load: loadCorrections,
        remember: (c) => void rememberCorrection(c).catch(() => undefined),
        forget: (sig, journeyId) => void forgetCorrection(sig, journeyId).catch(() => undefined),
        watch: watchCorrections,
      },
      report: (scan, url) => void lastPageItem.setValue(pageDiagnostics(url, scan.kind === 'unknown' ? '' : scan.lang, scan)).catch(() => undefined),
    });
    running.run = { stop, show: guide.show, describe: guide.describe };
  };
  start(await chosenJourney);

  const unwatchJourney = activeJourneyItem.watch(start);
  const unwatchShow = showGuideItem.watch(() => running.run?.show());
  ctx.onInvalidated(() => {
    running.run?.stop.abort();
    unwatchJourney();
    unwatchShow();
  });
}

/**
 * The guide itself, imported by the content script's loader
 * (entrypoints/portal.content) once the page has loaded; lib/guideModule.ts
 * says why it is a module of its own.
 */
export default defineUnlistedScript(() => {
  exportGuide((ctx, early): RunningGuide => {
    const running: { run: Run | null } = { run: null };
    // Storage that cannot be read leaves the page as it is (the popup says what is wrong).
    startOnPage(ctx, early, running).catch(() => undefined);
    return { describe: () => running.run?.describe() ?? Promise.resolve(null) };
  });
});
