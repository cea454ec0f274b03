// Headless Chromium for the bench: persistent contexts with the built
// extension, without it, and with an empty content script (the floor), all
// answering the portal's https:// URLs from the replica fixtures
// (tests/e2e/support/portalRoutes.ts), nothing else.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { isPortalUrl, portalResponse } from '../../tests/e2e/support/portalRoutes';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BenchBrowser {
  /** with: the extension; without: none; floor: an extension whose content script is empty. */
  label: 'with' | 'without' | 'floor';
  context: BrowserContext;
  /** Forgets the journey's progress (a no-op without the extension). */
  resetProgress(): Promise<void>;
  close(): Promise<void>;
}

/** `extensionDir` null: the same browser, without the extension. */
export async function launch(extensionDir: string | null, extraPages: Record<string, string>, label?: BenchBrowser['label']): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'csam-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // tsx (esbuild, keepNames) wraps the bench's inner functions in __name(): the
  // functions this file serialises into pages need it defined there.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (extraPages[url] === undefined && !isPortalUrl(url)) return route.abort('blockedbyclient');
    const res = portalResponse(url, extraPages);
    return route.fulfill({ status: res.status, contentType: res.contentType, body: res.body });
  });
  return {
    label: label ?? (extensionDir ? 'with' : 'without'),
    context,
    async resetProgress() {
      if (!extensionDir || label === 'floor') return;
      // Chromium names an unpacked extension after its path (as tests/e2e/support/drivers.ts does).
      const hex = createHash('sha256').update(extensionDir).digest('hex').slice(0, 32);
      const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${id}/popup.html`);
        await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The floor of any content script: an extension with the same content-script
 * declaration as `buildDir`'s (matches, run_at, all_frames) and an empty
 * script. Whatever the browser costs to set up an isolated world and inject a
 * file shows here; what the guide adds is the difference with it.
 */
export function floorExtension(buildDir: string): { dir: string; cleanup: () => void } {
  const built = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { content_scripts?: Record<string, unknown>[] };
  const dir = mkdtempSync(join(tmpdir(), 'csam-bench-floor-'));
  const content_scripts = (built.content_scripts ?? []).map((c) => ({ ...c, js: ['floor.js'], css: undefined }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', content_scripts }));
  writeFileSync(join(dir, 'floor.js'), '');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type Metrics = Record<string, number>;

export async function getMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** JSHeapUsedSize after a full GC, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await getMetrics(cdp)).JSHeapUsedSize ?? Number.NaN;
}

/** A fresh tab with CDP's Performance domain on before anything is loaded. */
export async function instrumentedPage(browser: BenchBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.bringToFront();
  return { page, cdp };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------ in the page
// The functions below are serialised into the page (main world): no closures.

export interface HighlightTimes {
  /** performance.now() when the highlight element was in the overlay's shadow DOM. */
  dom: number;
  /** performance.now() in the first animation frame after that: when it gets drawn. */
  frame: number;
}

/**
 * Watches for the overlay's highlight (`csam-guide-overlay` shadow root,
 * `[data-testid="highlight"]`) with MutationObservers on the document and on
 * the shadow root (exact DOM time) plus a requestAnimationFrame poll; stores
 * the first sighting in `window[key]`. It keeps observing and polling until
 * `timeoutMs` even after a sighting, so that it costs the same with and
 * without the extension (it is installed in both).
 */
export function watchHighlight({ key, timeoutMs }: { key: string; timeoutMs: number }): void {
  const w = window as unknown as Record<string, unknown>;
  w[key] = null;
  // The page's own first frame after its load event, laid out and painted (the
  // second animation frame: callbacks run before their frame's layout). On a
  // big page that frame carries the layout of the whole document: no highlight
  // can be drawn before the page has been laid out.
  addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => (w[`${key}LoadFrame`] = performance.now()))), { once: true });
  const observers: MutationObserver[] = [];
  const roots = new Set<ShadowRoot>();
  let found = false;
  let done = false;
  const check = () => {
    if (done) return;
    const root = document.querySelector('csam-guide-overlay')?.shadowRoot ?? null;
    if (root && !roots.has(root)) {
      roots.add(root);
      const o = new MutationObserver(check);
      o.observe(root, { childList: true, subtree: true });
      observers.push(o);
    }
    if (!found && root?.querySelector('[data-testid="highlight"]')) {
      found = true;
      const dom = performance.now();
      requestAnimationFrame(() => {
        w[key] = { dom, frame: performance.now() };
      });
    }
  };
  const poll = () => {
    check();
    if (!done) requestAnimationFrame(poll);
  };
  const start = () => {
    const o = new MutationObserver(check);
    o.observe(document, { childList: true, subtree: true });
    observers.push(o);
    poll();
  };
  start();
  setTimeout(() => {
    done = true;
    for (const o of observers) o.disconnect();
  }, timeoutMs);
}

/** Navigation timing of the current document, in ms from its time origin. */
export function navigationTiming(): { dcl: number; load: number; loadFrame: number } {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const loadFrame = (window as unknown as Record<string, unknown>).__benchHighlightLoadFrame;
  return { dcl: nav?.domContentLoadedEventStart ?? Number.NaN, load: nav?.loadEventStart ?? Number.NaN, loadFrame: typeof loadFrame === 'number' ? loadFrame : Number.NaN };
}

/**
 * Inserts the "Utilisateurs" link back into uman-group-home's side menu and
 * resolves with the ms from the insertion to the highlight (in the DOM, and
 * at the next animation frame: drawn).
 */
export function insertTargetAndTime({ href, text, timeoutMs }: { href: string; text: string; timeoutMs: number }): Promise<HighlightTimes | null> {
  return new Promise((resolve) => {
    const list = document.querySelector('aside nav ul');
    const find = () => document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="highlight"]') ?? null;
    if (!list || find()) return resolve(null);
    const observers: MutationObserver[] = [];
    const roots = new Set<ShadowRoot>();
    let done = false;
    const stop = () => {
      done = true;
      for (const o of observers) o.disconnect();
    };
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    a.setAttribute('data-expect', 'target');
    li.append(a);
    const t0 = performance.now();
    list.prepend(li);
    const check = () => {
      if (done) return;
      const root = document.querySelector('csam-guide-overlay')?.shadowRoot;
      if (root && !roots.has(root)) {
        roots.add(root);
        const o = new MutationObserver(check);
        o.observe(root, { childList: true, subtree: true });
        observers.push(o);
      }
      if (!find()) return;
      const dom = performance.now() - t0;
      stop();
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
    };
    const o = new MutationObserver(check);
    o.observe(document.body, { childList: true });
    observers.push(o);
    check();
    const poll = () => {
      if (done) return;
      check();
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    setTimeout(() => {
      if (!done) {
        stop();
        resolve(null);
      }
    }, timeoutMs);
  });
}

/**
 * A page script that inserts `perSecond` nodes per second for `seconds`
 * (a batch every 10 ms, catching up on late timers, into one container that
 * keeps the newest 2000 so the DOM stays the same size from run to run).
 * Resolves with the number of nodes inserted.
 */
export function mutationStorm({ perSecond, seconds }: { perSecond: number; seconds: number }): Promise<number> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    host.id = 'bench-storm';
    (document.querySelector('main') ?? document.body).append(host);
    const total = perSecond * seconds;
    const started = performance.now();
    let inserted = 0;
    const timer = setInterval(() => {
      const due = Math.min(total, Math.round(((performance.now() - started) / 1000) * perSecond));
      const frag = document.createDocumentFragment();
      for (; inserted < due; inserted++) {
        const span = document.createElement('span');
        span.className = 'tick';
        span.textContent = `mise à jour ${inserted} `;
        frag.append(span);
      }
      host.append(frag);
      while (host.childNodes.length > 2000) host.firstChild!.remove();
      if (inserted >= total) {
        clearInterval(timer);
        resolve(inserted);
      }
    }, 10);
  });
}
