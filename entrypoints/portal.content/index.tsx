import { defineContentScript } from 'wxt/utils/define-content-script';
import { JOURNEY_MATCHES } from '../../guide/hosts';
import { ADD_ACCESS_JOURNEY } from '../../guide/journey';
import { startGuide } from '../../lib/guideController';
import { createTranslator, pickLang } from '../../lib/i18n';
import { pageDiagnostics } from '../../lib/diagnostics';
import { lastPageItem } from '../../lib/diagnosticsStore';
import { showGuideItem } from '../../lib/uiState';
import { isPing } from '../../lib/ping';
import { browser } from 'wxt/browser';
import { loadProgress, updateProgress } from '../../lib/progressStore';
import { createOverlayHost } from './overlayHost';
import css from './style.css?inline';

export default defineContentScript({
  matches: JOURNEY_MATCHES,
  runAt: 'document_idle',
  // Older social-security pages are built of frames: each frame gets its own guide.
  allFrames: true,
  main(ctx) {
    const journey = ADD_ACCESS_JOURNEY;
    // The card speaks the portal page's language, else the browser's.
    const t = createTranslator(pickLang(document.documentElement.lang, navigator.language));
    const guide = startGuide({
      doc: document,
      journey,
      t,
      render: createOverlayHost(ctx, t, css),
      updateProgress: (change) => updateProgress(journey, change),
      loadProgress: () => loadProgress(journey),
      signal: ctx.signal,
      report: (scan, url) => void lastPageItem.setValue(pageDiagnostics(url, scan.kind === 'unknown' ? '' : scan.lang, scan)).catch(() => undefined),
    });
    const unwatch = showGuideItem.watch(() => guide.show());
    ctx.onInvalidated(unwatch);
    // The popup asks whether its tab is the portal; being here is the answer.
    const onMessage = (message: unknown) => (isPing(message) ? Promise.resolve({ host: location.hostname }) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
