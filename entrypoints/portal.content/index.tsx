import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { JOURNEY_MATCHES } from '../../guide/hosts';
import { journeyById } from '../../guide/journey';
import { pageDiagnostics } from '../../lib/diagnostics';
import { lastPageItem } from '../../lib/diagnosticsStore';
import { startGuide } from '../../lib/guideController';
import { isDescribe, isPing } from '../../lib/ping';
import { forgetCorrection, loadCorrections, rememberCorrection, watchCorrections } from '../../lib/corrections/correctionsStore';
import type { PageOutline } from '../../lib/outline/outline';
import type { JourneyProgress } from '../../lib/progress';
import { loadProgress, updateProgress, watchProgress } from '../../lib/progressStore';
import { pickLang } from '../../lib/translate';
import { activeJourneyItem, showGuideItem } from '../../lib/uiState';
import { createOverlayHost } from './overlayHost';
import { loadOverlayTranslate } from './strings';
import css from './style.css?inline';

/**
 * Resolves just after the load event (in the next task, so the portal's own
 * load handlers run first), or earlier when the main thread is idle while the
 * page still waits for images: the guide never delays the portal's load.
 */
function whenPageIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (document.readyState === 'complete') return resolve();
    addEventListener('load', () => setTimeout(resolve, 0), { once: true });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1_000 });
  });
}

export default defineContentScript({
  matches: JOURNEY_MATCHES,
  // Injected when the browser finds the page idle, most often just after its
  // load event: compiling and running this script no longer delays the
  // portal's load (at document_end it did, by 8 ms on a 50 ms page; issue 15).
  // The guide itself starts after the load event either way (whenPageIdle).
  runAt: 'document_idle',
  // Older social-security pages are built of frames: each frame gets its own guide.
  allFrames: true,
  // A newer copy of this script (after an update) still stops the old one by a
  // DOM event; the window message WXT also posts, for its older versions, is
  // seen by the page's own scripts (they could tell the guide is installed)
  // and cost a big page 3 ms of main thread (issue 15).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The popup asks whether its tab is the portal; being here is the answer
    // (from the start, whatever happens to the guide below).
    let run: { stop: AbortController; show: () => void; describe: () => PageOutline } | null = null;
    const onMessage = (message: unknown) => {
      if (isPing(message)) return Promise.resolve({ host: location.hostname });
      // "Describe this page" from the popup: the top frame answers (its outline holds the frames it can read).
      if (isDescribe(message) && window === window.top) return Promise.resolve(run?.describe() ?? null);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    const chosenJourney = activeJourneyItem.getValue().catch(() => undefined);
    // Its progress is read meanwhile too, while the strings are (three reads at once, not one after the other).
    let earlyProgress: Promise<JourneyProgress> | null = chosenJourney.then((id) => loadProgress(journeyById(id)));
    // The card speaks the portal page's language, else the browser's.
    const strings = loadOverlayTranslate(pickLang(document.documentElement.lang, navigator.language)).then(
      (t) => ({ t }),
      () => ({ t: null }),
    );
    // The guide starts once the page has loaded or the main thread is idle,
    // so it never delays the portal's own load event (issue 8).
    await whenPageIdle();
    const { t } = await strings;
    // Only a damaged installation gets here (its own files unreadable): without
    // words there is no card to show, and the page is left exactly as it is.
    if (!t) return;
    const draw = createOverlayHost(ctx, t, css);

    // One guide at a time, for the journey chosen in the popup; a new choice restarts it.
    const start = (journeyId: unknown) => {
      run?.stop.abort();
      const stop = new AbortController();
      const journey = journeyById(journeyId);
      const guide = startGuide({
        doc: document,
        journey,
        t,
        render: draw,
        updateProgress: (change) => updateProgress(journey, change),
        loadProgress: () => {
          const early = earlyProgress;
          earlyProgress = null;
          return early ?? loadProgress(journey);
        },
        watchProgress: (onChange) => watchProgress(journey, onChange),
        inFrame: window !== window.top,
        signal: stop.signal,
        extension: browser.runtime.getManifest().version,
        corrections: {
          load: loadCorrections,
          remember: (c) => void rememberCorrection(c).catch(() => undefined),
          forget: (sig, journeyId) => void forgetCorrection(sig, journeyId).catch(() => undefined),
          watch: watchCorrections,
        },
        report: (scan, url) => void lastPageItem.setValue(pageDiagnostics(url, scan.kind === 'unknown' ? '' : scan.lang, scan)).catch(() => undefined),
      });
      run = { stop, show: guide.show, describe: guide.describe };
    };
    start(await chosenJourney);

    const unwatchJourney = activeJourneyItem.watch(start);
    const unwatchShow = showGuideItem.watch(() => run?.show());
    ctx.onInvalidated(() => {
      run?.stop.abort();
      unwatchJourney();
      unwatchShow();
    });
  },
});
