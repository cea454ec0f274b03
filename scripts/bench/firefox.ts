// `npx tsx scripts/bench/firefox.ts [buildDir] [runs]`
//
// Issue 15, item 5: the journey's big page measured in Firefox ESR too (the
// main bench, run.ts, is Chromium only). Two headless Firefox instances, one
// with the built extension (`buildDir`, default .output/firefox-mv2) and one
// without any, driven through puppeteer-core over WebDriver BiDi and served
// the replica portal at its real https:// URLs by request interception, as
// the e2e drivers do (tests/e2e/support/drivers.ts). Loads alternate between
// the two; each is timed in the page with performance.now(). Prints a
// markdown table to stdout, progress to stderr.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { isPortalUrl, portalResponse, routeUrl } from '../../tests/e2e/support/portalRoutes';
import { fixtureHtml } from '../../tests/support/fixtures';
import { hugePage } from '../../tests/support/mutate';
import { navigationTiming, sleep, watchHighlight, type HighlightTimes } from './browser';
import { summarise, type Summary } from './stats';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** After the load event, how long a page is left to settle before its main-thread time is read (as in run.ts). */
const SETTLE_MS = 1000;
/** How long the highlight is waited for; the watcher in the page observes as long, with and without the extension. */
const HIGHLIGHT_TIMEOUT_MS = 10_000;
const HIGHLIGHT_KEY = '__benchHighlight';

export interface FirefoxBigPageResult {
  /** Browser name and version as Firefox reports them over BiDi. */
  firefox: string;
  /** Measured loads per side and case (after one warm-up load each). */
  runs: number;
  cases: {
    label: string;
    url: string;
    /** Navigation timing loadEventStart, ms from the document's time origin. */
    loadEventMs: { with: Summary; without: Summary };
    /** With the extension: DOMContentLoaded (domContentLoadedEventStart) → the overlay's highlight in its shadow DOM. */
    dclToHighlightDomMs: Summary;
    /** The same, to the first animation frame after that: when it gets drawn. */
    dclToHighlightFrameMs: Summary;
    /** Loads with the extension where no highlight came within HIGHLIGHT_TIMEOUT_MS. */
    missing: number;
    /**
     * Main-thread CPU time. Firefox has no 'longtask' (nor 'long-animation-frame')
     * performance entries. This is the CPU time of the main thread of the
     * content process that holds the page, from just before the navigation to
     * SETTLE_MS after the load event, read from Linux's scheduler statistics
     * (/proc/<pid>/task/<pid>/schedstat, ns; the process is found with
     * ChromeUtils.requestProcInfo). Left out where /proc has no schedstat.
     */
    mainThreadCpuMs?: { with: Summary; without: Summary };
  }[];
}

const log = (...args: unknown[]) => console.error('[bench:firefox]', ...args);

// ------------------------------------------------------------ pages

const FORM_URL = routeUrl('uman-user-form', 'fr');

function bigPageUrl(): string {
  const u = new URL(FORM_URL);
  u.searchParams.set('bench', 'big');
  return u.toString();
}

/** The recognised new-user form with about 1 MB of table rows before </body>: the same page as run.ts's "largest fixture + 1 MB". */
function bigPage(): string {
  const filler = /<table>.*<\/table>/s.exec(hugePage(1_000_000))![0];
  return fixtureHtml({ file: 'uman-user-form/fr.html' }).replace(/<\/body>/i, `<section>${filler}</section></body>`);
}

// ------------------------------------------------------------ Firefox

/** The raw BiDi connection: chrome-scope browsing contexts are Firefox's own extension of the protocol, outside puppeteer's API. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface Side {
  label: 'with' | 'without';
  browser: Browser;
  /** Forgets the journey's progress (a no-op without the extension). */
  resetProgress(): Promise<void>;
  /** Main-thread CPU time (ns) of every content process now, by pid; null where /proc cannot tell. */
  cpuByPid(): Promise<Map<number, number> | null>;
  /** The pid of the content process holding a document at `url`. */
  pidOf(url: string): Promise<number | undefined>;
  close(): Promise<void>;
}

/** Linux only: the CPU time a thread has run (ns), first field of its schedstat. */
function threadCpuNs(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

async function launchFirefox(buildDir: string | null, extraPages: Record<string, string>): Promise<Side> {
  const profile = mkdtempSync(join(tmpdir(), 'csam-bench-firefox-'));
  const uuid = randomUUID();
  const geckoId = buildDir
    ? (JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } }).browser_specific_settings?.gecko?.id
    : undefined;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 860 },
    // Lets BiDi open moz-extension:// pages (the popup, to reset progress) and
    // evaluate in the browser's own chrome window (ChromeUtils.requestProcInfo).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A known moz-extension:// origin for the popup (as drivers.ts does).
      ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {}),
      // performance.now() is otherwise rounded to 1 ms (with jitter), too coarse
      // for a 16 ms frame; this changes what the page is told, not how it runs.
      'privacy.reduceTimerPrecision': false,
    },
  });
  if (buildDir) await browser.installExtension(buildDir);
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const chromeContext = tree.contexts[0]!.context;
  const inChrome = async <T>(expression: string): Promise<T> => {
    const { result } = (await connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true })) as {
      result: { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    };
    if (result.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text ?? result.type}`);
    return JSON.parse(result.result!.value!) as T;
  };
  const contentProcesses = () =>
    inChrome<{ pid: number; urls: string[] }[]>(
      `ChromeUtils.requestProcInfo().then((i) => JSON.stringify(i.children.filter((c) => c.type !== 'extension').map((c) => ({ pid: c.pid, urls: c.windows.map((w) => w.documentURI?.spec ?? '') }))))`,
    );
  const hasSchedstat = existsSync(`/proc/${process.pid}/task/${process.pid}/schedstat`);
  return {
    label: buildDir ? 'with' : 'without',
    browser,
    async resetProgress() {
      if (!buildDir) return;
      // Extension storage is reachable from the extension's own pages: open the
      // popup (page.goto never resolves for moz-extension:// pages, so a BiDi
      // navigation, as drivers.ts does), clear, close, as run.ts does in Chromium.
      const page = await browser.newPage();
      try {
        const url = `moz-extension://${uuid}/popup.html`;
        const context = (page.mainFrame() as unknown as { browsingContext: { navigate(u: string, w: string): Promise<unknown> } }).browsingContext;
        await context.navigate(url, 'complete');
        await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', {}, url);
        await page.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void> } } } }).browser.storage.local.clear());
      } finally {
        await page.close();
      }
    },
    async cpuByPid() {
      if (!hasSchedstat) return null;
      const out = new Map<number, number>();
      for (const { pid } of await contentProcesses()) {
        const ns = threadCpuNs(pid);
        if (ns !== undefined) out.set(pid, ns);
      }
      return out;
    },
    async pidOf(url) {
      return (await contentProcesses()).find((p) => p.urls.includes(url))?.pid;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every request is answered from the replica portal or refused: nothing leaves the machine. */
async function serve(page: Page, extraPages: Record<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    const ours = isPortalUrl(url) || extraPages[url] !== undefined;
    (ours ? req.respond(portalResponse(url, extraPages)) : req.abort()).catch(() => undefined);
  });
}

// tsx (esbuild, keepNames) wraps watchHighlight's inner functions in
// __name(): defined in the page first, as run.ts does for Chromium.
const WATCH_SCRIPT = `globalThis.__name ??= (f) => f; (${watchHighlight.toString()})(${JSON.stringify({ key: HIGHLIGHT_KEY, timeoutMs: HIGHLIGHT_TIMEOUT_MS })});`;

interface Sample {
  loadMs: number;
  dclMs: number;
  highlight: HighlightTimes | null;
  mainThreadMs: number;
}

/** One load of `url` in a fresh tab, with fresh progress. */
async function measureLoad(side: Side, url: string, extraPages: Record<string, string>): Promise<Sample> {
  await side.resetProgress();
  const page = await side.browser.newPage();
  try {
    await serve(page, extraPages);
    await page.evaluateOnNewDocument(WATCH_SCRIPT);
    // Background tabs get throttled timers and no animation frames.
    await page.bringToFront();
    const cpuBefore = await side.cpuByPid();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(SETTLE_MS);
    let mainThreadMs = Number.NaN;
    if (cpuBefore) {
      const pid = await side.pidOf(url);
      const after = pid === undefined ? undefined : threadCpuNs(pid);
      // A process started during the load (none was preallocated) ran only for it.
      if (pid !== undefined && after !== undefined) mainThreadMs = (after - (cpuBefore.get(pid) ?? 0)) / 1e6;
    }
    const nav = await page.evaluate(navigationTiming);
    const read = () => page.evaluate((key: string) => (window as unknown as Record<string, HighlightTimes | null>)[key] ?? null, HIGHLIGHT_KEY);
    let highlight = await read();
    if (!highlight && side.label === 'with') {
      await page.waitForFunction((key: string) => !!(window as unknown as Record<string, unknown>)[key], { timeout: HIGHLIGHT_TIMEOUT_MS }, HIGHLIGHT_KEY).catch(() => undefined);
      highlight = await read();
    }
    return { loadMs: nav.load, dclMs: nav.dcl, highlight, mainThreadMs };
  } finally {
    await page.close();
  }
}

// ------------------------------------------------------------ the bench

export async function firefoxBigPage(buildDir: string, runs: number): Promise<FirefoxBigPageResult> {
  const big = bigPageUrl();
  const extraPages = { [big]: bigPage() };
  const cases = [
    { label: 'new-user form + 1 MB of table rows', url: big },
    { label: 'new-user form', url: FORM_URL },
  ];
  const withExt = await launchFirefox(buildDir, extraPages);
  const without = await launchFirefox(null, extraPages).catch(async (err: unknown) => {
    await withExt.close();
    throw err;
  });
  try {
    const firefox = await withExt.browser.version();
    const out: FirefoxBigPageResult['cases'] = [];
    for (const c of cases) {
      log(`${c.label}: ${c.url}, ${runs} loads each side, alternating`);
      for (const side of [withExt, without]) await measureLoad(side, c.url, extraPages); // warm-up (caches, the extension's first start)
      const s = { with: [] as Sample[], without: [] as Sample[] };
      for (let i = 0; i < runs; i++) {
        // Order flipped every other pair, so that drift hits both sides alike.
        for (const side of i % 2 === 0 ? [withExt, without] : [without, withExt]) s[side.label].push(await measureLoad(side, c.url, extraPages));
      }
      const seen = s.with.filter((x) => x.highlight);
      const cpu = { with: summarise(s.with.map((x) => x.mainThreadMs)), without: summarise(s.without.map((x) => x.mainThreadMs)) };
      out.push({
        label: c.label,
        url: c.url,
        loadEventMs: { with: summarise(s.with.map((x) => x.loadMs)), without: summarise(s.without.map((x) => x.loadMs)) },
        dclToHighlightDomMs: summarise(seen.map((x) => x.highlight!.dom - x.dclMs)),
        dclToHighlightFrameMs: summarise(seen.map((x) => x.highlight!.frame - x.dclMs)),
        missing: runs - seen.length,
        ...(cpu.with.n && cpu.without.n ? { mainThreadCpuMs: cpu } : {}),
      });
    }
    return { firefox, runs, cases: out };
  } finally {
    await withExt.close().catch(() => undefined);
    await without.close().catch(() => undefined);
  }
}

// ------------------------------------------------------------ report

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const cell = (s: Summary) => (s.n ? `${ms(s.median)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : 'n/a');

export function markdown(r: FirefoxBigPageResult): string {
  const rows: string[][] = [];
  for (const c of r.cases) {
    rows.push([c.label, 'load event (loadEventStart)', cell(c.loadEventMs.without), cell(c.loadEventMs.with)]);
    rows.push(['', `DOMContentLoaded → highlight in DOM${c.missing ? ` (${c.missing} missing)` : ''}`, '', cell(c.dclToHighlightDomMs)]);
    rows.push(['', 'DOMContentLoaded → highlight drawn (next frame)', '', cell(c.dclToHighlightFrameMs)]);
    if (c.mainThreadCpuMs) rows.push(['', `main-thread CPU, navigation → load + ${SETTLE_MS / 1000} s`, cell(c.mainThreadCpuMs.without), cell(c.mainThreadCpuMs.with)]);
  }
  const head = ['case', 'metric', 'without: median (min–max)', 'with: median (min–max)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => `${'-'.repeat(w + 1)}${i < 2 ? '-' : ':'}`).join('|')}|`;
  return [`### Firefox (${r.firefox}, headless), ${r.runs} loads each side, alternating`, '', line(head), sep, ...rows.map(line), ''].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const [dirArg, runsArg] = process.argv.slice(2);
  const buildDir = resolve(ROOT, dirArg ?? '.output/firefox-mv2');
  const runs = Math.max(1, Number.parseInt(runsArg ?? '', 10) || 8);
  const started = Date.now();
  firefoxBigPage(buildDir, runs).then(
    (r) => {
      console.log(markdown(r));
      log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
