import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { JOURNEY_MATCHES } from '../../guide/hosts';
import { EXTRAS_MODULE_PATH, importedExtras, type Extras, type LoadExtras } from '../../lib/extras';
import { GUIDE_MODULE_PATH, importedGuide, type RunningGuide } from '../../lib/guideModule';
import { isDescribe, isPing } from '../../lib/ping';
import { readAllStorage } from '../../lib/storageItem';
import { pickLang } from '../../lib/translate';
import { readOverlayStrings } from './strings';

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

/**
 * Imports one of the package's own modules (the guide's, or the extras'). A
 * content script's dynamic import resolves against the page's URL, in both
 * browsers: hence the module's full extension URL. The only dynamic import of the
 * code base (tests/unit/sourceHygiene.test.ts).
 */
function importPackaged(path: typeof GUIDE_MODULE_PATH | typeof EXTRAS_MODULE_PATH): Promise<unknown> {
  return import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(path));
}

/** The extras (lib/extras.ts), imported at the first need and shared after; a failed import may be tried again. */
function extrasLoader(): LoadExtras {
  let loading: Promise<Extras> | null = null;
  return () =>
    (loading ??= importPackaged(EXTRAS_MODULE_PATH).then(() => {
      const extras = importedExtras();
      if (!extras) throw new Error('portal-extras.js set nothing');
      return extras;
    })).catch((error: unknown) => {
      loading = null;
      throw error;
    });
}

/**
 * The loader every portal page runs: it answers the popup and, once the page
 * has loaded, imports the guide (entrypoints/portal-guide) from the
 * extension's own package; the guide asks it for the extras when needed.
 */
export default defineContentScript({
  matches: JOURNEY_MATCHES,
  // Injected when the browser finds the page idle, most often just after its
  // load event; the loader is small, and the guide comes after the load event.
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
    let guide: RunningGuide | null = null;
    const onMessage = (message: unknown) => {
      if (isPing(message)) return Promise.resolve({ host: location.hostname });
      // "Describe this page" from the popup: the top frame answers (its outline holds the frames it can read).
      if (isDescribe(message) && window === window.top) return guide ? guide.describe().catch(() => null) : Promise.resolve(null);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    await whenPageIdle();
    if (ctx.isInvalid) return;
    // Read while the guide's module loads (all three at once, after the load event).
    const storage = readAllStorage();
    // The card speaks the portal page's language, else the browser's.
    const strings = readOverlayStrings(pickLang(document.documentElement.lang, navigator.language));
    try {
      await importPackaged(GUIDE_MODULE_PATH);
    } catch {
      // Only a damaged installation gets here (its own files unreadable): the page is left exactly as it is.
      return;
    }
    guide = importedGuide()?.(ctx, { storage, strings, extras: extrasLoader() }) ?? null;
  },
});
