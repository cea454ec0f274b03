// `npm run bench [-- --check] [-- --runs=20] [-- --build-dir=.output/chrome-mv3]`
//
// Measures what the extension costs a page, side by side with the tour
// libraries, and checks the budgets of issue 8. Prints a table, writes
// bench-results.json at the repository root; with --check, exits 1 when a
// budget is missed. See docs/bench.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CHROMIUM } from './browser';
import { routeUrl } from '../../tests/e2e/support/portalRoutes';
import { ALL_PAGES, fixtureHtml } from '../../tests/support/fixtures';
import { hugePage } from '../../tests/support/mutate';
import {
  floorExtension,
  getMetrics,
  heapAfterGc,
  insertTargetAndTime,
  instrumentedPage,
  launch,
  mutationStorm,
  navigationTiming,
  sleep,
  watchHighlight,
  type BenchBrowser,
  type HighlightTimes,
} from './browser';
import { profileLoad, type ProfileSummary } from './profile';
import { bundleIife, contentScriptComposition, extensionSizes, librarySizes, type SizeRow } from './size';
import { round, summarise, type Summary } from './stats';

const ROOT = resolve(import.meta.dirname, '..', '..');

// ------------------------------------------------------------ options

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const intOption = (name: string, fallback: number) => {
  const v = option(name);
  return v === undefined ? fallback : Math.max(1, Number.parseInt(v, 10) || fallback);
};

const CHECK = flag('check');
/** Also write CPU profiles (with the extension) of a journey page and the unknown page, summarised. */
const PROFILE = flag('profile');
/** Loads per side (with / without) for load overhead, and runs for the highlight after insertion. */
const RUNS = intOption('runs', 20);
const UNKNOWN_RUNS = intOption('unknown-runs', 10);
const STORM_RUNS = intOption('storm-runs', 5);
const STORM_RATE = 10_000;
const STORM_SECONDS = 5;
/** After the load event, how long a page is left to settle (the guide starts after the load event, then scans and draws). */
const SETTLE_MS = 1000;
const JSON_OUT = resolve(ROOT, option('json') ?? 'bench-results.json');

const BUDGETS = {
  contentScriptGzip: 25_000,
  unknownPageExtraScriptMs: 10,
  loadOverheadPct: 2,
  highlightAfterInsertP95Ms: 16,
  highlightAfterDclP95Ms: 100,
  stormExtraScriptPct: 5,
  scanLargestFixtureP95Ms: 5,
};

const log = (...args: unknown[]) => console.error('[bench]', ...args);

// ------------------------------------------------------------ build

interface Build {
  dir: string;
  statsFiles: string[];
  cleanup: () => void;
}

async function buildExtension(): Promise<Build> {
  const existing = option('build-dir');
  if (existing) {
    log(`measuring the existing build in ${existing}`);
    return { dir: resolve(ROOT, existing), statsFiles: [], cleanup: () => undefined };
  }
  // The project's own wxt.config.ts, Chrome MV3, built into a temp dir (so
  // that .output, which tests may be using, is left alone), with WXT's bundle
  // analysis kept as raw data for the composition table.
  const out = mkdtempSync(join(tmpdir(), 'csam-bench-build-'));
  const { build } = await import('wxt');
  log(`building the extension (chrome-mv3) into ${out}`);
  await build({
    root: ROOT,
    outDir: out,
    browser: 'chrome',
    analysis: { enabled: true, template: 'raw-data', outputFile: join(out, 'stats.json'), keepArtifacts: true },
  });
  const statsFiles = readdirSync(out)
    .filter((f) => /^stats-\d+\.json$/.test(f))
    .map((f) => join(out, f));
  return { dir: join(out, 'chrome-mv3'), statsFiles, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

// ------------------------------------------------------------ pages

const GROUP_HOME_URL = routeUrl('uman-group-home', 'fr');
const LOAD_URL = routeUrl('uman-user-form', 'fr');
const STORM_URL = GROUP_HOME_URL;
const NO_TARGET_URL = `${GROUP_HOME_URL}?bench=no-target`;
const UNKNOWN_1MB_URL = 'https://www.csam.be/fr/bench-page-1mb.html';
const TARGET_LI = /<li><a href="([^"]+)" data-expect="target">([^<]+)<\/a><\/li>/;

function benchPages() {
  const groupHome = fixtureHtml({ file: 'uman-group-home/fr.html' });
  const targetMatch = TARGET_LI.exec(groupHome);
  if (!targetMatch) throw new Error('uman-group-home/fr.html: the "Utilisateurs" target link was not found');
  const largest = ALL_PAGES.map((r) => ({ route: r, html: fixtureHtml(r) })).sort((a, b) => Buffer.byteLength(b.html) - Buffer.byteLength(a.html))[0]!;
  const withQuery = (url: string, value: string) => {
    const u = new URL(url);
    u.searchParams.set('bench', value);
    return u.toString();
  };
  const filler = /<table>.*<\/table>/s.exec(hugePage(1_000_000))![0];
  const largestUrl = withQuery(largest.route.url, 'largest');
  const largest1mbUrl = withQuery(largest.route.url, 'largest-1mb');
  const extra: Record<string, string> = {
    [NO_TARGET_URL]: groupHome.replace(TARGET_LI, ''),
    [UNKNOWN_1MB_URL]: hugePage(1_000_000),
    [largestUrl]: largest.html,
    [largest1mbUrl]: largest.html.replace(/<\/body>/i, `<section>${filler}</section></body>`),
  };
  return {
    extra,
    target: { href: targetMatch[1]!, text: targetMatch[2]! },
    largest: { file: largest.route.file, bytes: Buffer.byteLength(largest.html), url: largestUrl },
    largest1mbUrl,
  };
}

// ------------------------------------------------------------ measurements

interface LoadSample {
  loadMs: number;
  dclMs: number;
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  highlight: HighlightTimes | null;
}

/** One load of `url` in a fresh tab; metrics taken SETTLE_MS after the load event. */
async function measureLoad(b: BenchBrowser, url: string, opts: { gcHeap?: boolean } = {}): Promise<LoadSample> {
  const { page, cdp } = await instrumentedPage(b);
  try {
    await page.addInitScript(watchHighlight, { key: '__benchHighlight', timeoutMs: 4000 });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(SETTLE_MS);
    const m = await getMetrics(cdp);
    const nav = await page.evaluate(navigationTiming);
    const hl = (await page.evaluate(() => (window as unknown as { __benchHighlight: HighlightTimes | null }).__benchHighlight)) ?? null;
    const heapBytes = opts.gcHeap ? await heapAfterGc(cdp) : (m.JSHeapUsedSize ?? Number.NaN);
    return { loadMs: nav.load, dclMs: nav.dcl, scriptMs: (m.ScriptDuration ?? 0) * 1000, taskMs: (m.TaskDuration ?? 0) * 1000, heapBytes, highlight: hl };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Alternates with/without (order flipped every other pair) so drift hits both sides alike. */
async function alternate<T>(
  runs: number,
  withExt: BenchBrowser,
  without: BenchBrowser,
  fn: (b: BenchBrowser) => Promise<T>,
  floor?: BenchBrowser,
): Promise<{ with: T[]; without: T[]; floor: T[] }> {
  const out = { with: [] as T[], without: [] as T[], floor: [] as T[] };
  const sides = floor ? [withExt, without, floor] : [withExt, without];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? sides : [...sides].reverse();
    for (const b of order) out[b.label].push(await fn(b));
  }
  return out;
}

async function loadOverhead(withExt: BenchBrowser, without: BenchBrowser, floor: BenchBrowser) {
  log(`page load: ${LOAD_URL}, ${RUNS} loads each side, alternating (and as many with an empty content script)`);
  for (const b of [withExt, without, floor]) await measureLoad(b, LOAD_URL); // warm-up (caches, extension start)
  const s = await alternate(RUNS, withExt, without, (b) => measureLoad(b, LOAD_URL), floor);
  const sum = (xs: LoadSample[], f: (x: LoadSample) => number) => summarise(xs.map(f));
  const res = {
    url: LOAD_URL,
    runs: RUNS,
    loadEventMs: { with: sum(s.with, (x) => x.loadMs), without: sum(s.without, (x) => x.loadMs), floor: sum(s.floor, (x) => x.loadMs) },
    scriptMs: { with: sum(s.with, (x) => x.scriptMs), without: sum(s.without, (x) => x.scriptMs), floor: sum(s.floor, (x) => x.scriptMs) },
    taskMs: { with: sum(s.with, (x) => x.taskMs), without: sum(s.without, (x) => x.taskMs) },
    heapBytes: { with: sum(s.with, (x) => x.heapBytes), without: sum(s.without, (x) => x.heapBytes) },
    /** DOMContentLoaded to the highlight in the DOM / drawn (next frame), with the extension. */
    highlightAfterDcl: {
      dom: sum(s.with.filter((x) => x.highlight), (x) => x.highlight!.dom - x.dclMs),
      frame: sum(s.with.filter((x) => x.highlight), (x) => x.highlight!.frame - x.dclMs),
      missing: s.with.filter((x) => !x.highlight).length,
    },
    ratio: { loadEventMedian: 0, scriptMedian: 0, loadEventP95: 0 },
  };
  res.ratio = {
    loadEventMedian: round(res.loadEventMs.with.median / res.loadEventMs.without.median),
    loadEventP95: round(res.loadEventMs.with.p95 / res.loadEventMs.without.p95),
    scriptMedian: round(res.scriptMs.with.median / res.scriptMs.without.median),
  };
  return res;
}

async function highlightAfterInsert(withExt: BenchBrowser, target: { href: string; text: string }) {
  log(`highlight after insertion: ${NO_TARGET_URL}, ${RUNS} runs`);
  const page = await withExt.context.newPage();
  await page.bringToFront();
  const dom: number[] = [];
  const frame: number[] = [];
  let missing = 0;
  let overlayBefore = 0;
  try {
    for (let i = 0; i < RUNS + 2; i++) {
      await page.goto(NO_TARGET_URL, { waitUntil: 'load' });
      // The page is recognised without its target: the card shows, no highlight.
      const shown = await page
        .waitForFunction(() => !!document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]'), null, { timeout: 3000 })
        .then(() => true, () => false);
      if (shown) overlayBefore++;
      await sleep(400); // let any batched rescan go by
      const t = await page.evaluate(insertTargetAndTime, { ...target, timeoutMs: 5000 });
      if (i < 2) continue; // warm-up
      if (!t) missing++;
      else {
        dom.push(t.dom);
        frame.push(t.frame);
      }
    }
  } finally {
    await page.close();
  }
  return { url: NO_TARGET_URL, runs: RUNS, overlayShownBeforeInsert: overlayBefore, dom: summarise(dom), frame: summarise(frame), missing };
}

async function unknownPage(withExt: BenchBrowser, without: BenchBrowser) {
  log(`unknown 1 MB page: ${UNKNOWN_1MB_URL}, ${UNKNOWN_RUNS} loads each side`);
  for (const b of [withExt, without]) await measureLoad(b, UNKNOWN_1MB_URL, { gcHeap: true });
  const s = await alternate(UNKNOWN_RUNS, withExt, without, (b) => measureLoad(b, UNKNOWN_1MB_URL, { gcHeap: true }));
  const script = { with: summarise(s.with.map((x) => x.scriptMs)), without: summarise(s.without.map((x) => x.scriptMs)) };
  const heap = { with: summarise(s.with.map((x) => x.heapBytes)), without: summarise(s.without.map((x) => x.heapBytes)) };
  const load = { with: summarise(s.with.map((x) => x.loadMs)), without: summarise(s.without.map((x) => x.loadMs)) };
  return {
    url: UNKNOWN_1MB_URL,
    runs: UNKNOWN_RUNS,
    scriptMs: script,
    loadEventMs: load,
    heapBytes: heap,
    extraScriptMs: round(script.with.median - script.without.median),
    extraHeapBytes: Math.round(heap.with.median - heap.without.median),
    overlayShown: s.with.some((x) => x.highlight !== null),
  };
}

async function storm(withExt: BenchBrowser, without: BenchBrowser) {
  log(`mutation storm: ${STORM_URL}, ${STORM_RATE} nodes/s for ${STORM_SECONDS} s, ${STORM_RUNS} runs each side`);
  const one = async (b: BenchBrowser) => {
    const { page, cdp } = await instrumentedPage(b);
    try {
      await page.goto(STORM_URL, { waitUntil: 'load' });
      await sleep(SETTLE_MS);
      const heap0 = await heapAfterGc(cdp);
      const m0 = await getMetrics(cdp);
      const inserted = await page.evaluate(mutationStorm, { perSecond: STORM_RATE, seconds: STORM_SECONDS });
      await sleep(500); // the extension's trailing (batched) rescan
      const m1 = await getMetrics(cdp);
      const heap1 = await heapAfterGc(cdp);
      return {
        inserted,
        scriptMs: ((m1.ScriptDuration ?? 0) - (m0.ScriptDuration ?? 0)) * 1000,
        taskMs: ((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000,
        heapBytes: heap1,
        heapGrowth: heap1 - heap0,
      };
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  };
  const s = await alternate(STORM_RUNS, withExt, without, one);
  const script = { with: summarise(s.with.map((x) => x.scriptMs)), without: summarise(s.without.map((x) => x.scriptMs)) };
  const heap = { with: summarise(s.with.map((x) => x.heapBytes)), without: summarise(s.without.map((x) => x.heapBytes)) };
  return {
    url: STORM_URL,
    runs: STORM_RUNS,
    nodesPerSecond: STORM_RATE,
    seconds: STORM_SECONDS,
    nodesInserted: s.with[0]?.inserted ?? 0,
    scriptMs: script,
    taskMs: { with: summarise(s.with.map((x) => x.taskMs)), without: summarise(s.without.map((x) => x.taskMs)) },
    heapBytes: heap,
    extraScriptMs: round(script.with.median - script.without.median),
    extraScriptPct: round(((script.with.median - script.without.median) / script.without.median) * 100, 1),
    extraHeapBytes: Math.round(heap.with.median - heap.without.median),
  };
}

interface ScanResult {
  label: string;
  url: string;
  kind: string;
  pageKey: string | null;
  targetFound: boolean;
  domNodes: number;
  htmlBytes: number;
  ms: Summary;
}

async function scanCost(without: BenchBrowser, pages: ReturnType<typeof benchPages>): Promise<ScanResult[]> {
  const code = await bundleIife(join(ROOT, 'scripts/bench/scanEntry.ts'), ROOT);
  const cases = [
    { label: `largest fixture (${pages.largest.file}, ${(pages.largest.bytes / 1000).toFixed(1)} kB)`, url: pages.largest.url, runs: 300, warmup: 30, maxMs: 10_000 },
    { label: 'largest fixture + 1 MB of table rows', url: pages.largest1mbUrl, runs: 40, warmup: 3, maxMs: 20_000 },
    { label: 'unknown 1 MB page (csam.be)', url: UNKNOWN_1MB_URL, runs: 40, warmup: 3, maxMs: 20_000 },
  ];
  const out: ScanResult[] = [];
  const page: Page = await without.context.newPage();
  await page.bringToFront();
  try {
    for (const c of cases) {
      log(`scan: ${c.label}`);
      await page.goto(c.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const r = await page.evaluate(
        ([runs, warmup, maxMs]) =>
          (window as unknown as { __csamBenchScan: (a: number, b: number, c: number) => { times: number[]; kind: string; pageKey: string | null; targetFound: boolean; domNodes: number; htmlBytes: number } }).__csamBenchScan(runs, warmup, maxMs),
        [c.runs, c.warmup, c.maxMs] as const,
      );
      out.push({ label: c.label, url: c.url, kind: r.kind, pageKey: r.pageKey, targetFound: r.targetFound, domNodes: r.domNodes, htmlBytes: r.htmlBytes, ms: summarise(r.times) });
    }
  } finally {
    await page.close();
  }
  return out;
}

// ------------------------------------------------------------ report

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const pct = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(1)} %` : 'n/a');

function table(title: string, head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [`### ${title}`, '', line(head), sep, ...rows.map(line), ''].join('\n');
}

interface BudgetResult {
  budget: string;
  value: number;
  limit: number;
  unit: string;
  pass: boolean;
}

async function main() {
  const started = Date.now();
  const build = await buildExtension();
  let withExt: BenchBrowser | null = null;
  let without: BenchBrowser | null = null;
  let floor: BenchBrowser | null = null;
  let floorExt: { dir: string; cleanup: () => void } | null = null;
  try {
    // 1. Size
    log('sizes');
    const ext = extensionSizes(build.dir);
    const libs = await librarySizes(ROOT);
    const composition = build.statsFiles.length ? contentScriptComposition(build.statsFiles) : null;
    const contentRow = ext.find((r) => r.name.startsWith('content script JS'))!;

    // 2–5. In Chromium
    const pages = benchPages();
    withExt = await launch(build.dir, pages.extra);
    without = await launch(null, pages.extra);
    floorExt = floorExtension(build.dir);
    floor = await launch(floorExt.dir, pages.extra, 'floor');
    const browserVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'unknown';
    const load = await loadOverhead(withExt, without, floor);
    // Each case starts at its page's place in the journey: the load runs above
    // leave the user at step 8, where the group's home would be a page left behind.
    await withExt.resetProgress();
    const insert = await highlightAfterInsert(withExt, pages.target);
    await withExt.resetProgress();
    const unknown = await unknownPage(withExt, without);
    const stormRes = await storm(withExt, without);
    const scans = await scanCost(without, pages);
    let profiles: ProfileSummary[] = [];
    if (PROFILE) {
      const dir = mkdtempSync(join(tmpdir(), 'csam-bench-profile-'));
      log(`profiling (profiles in ${dir})`);
      profiles = [
        await profileLoad(withExt, LOAD_URL, dir, 'journey-page', SETTLE_MS),
        await profileLoad(withExt, UNKNOWN_1MB_URL, dir, 'unknown-1mb', SETTLE_MS),
      ];
    }

    const loadOverheadPct = round((load.loadEventMs.with.median / load.loadEventMs.without.median - 1) * 100, 1);
    const budgets: BudgetResult[] = [
      { budget: 'JS + strings a journey page loads (gzip -9)', value: contentRow.gzip, limit: BUDGETS.contentScriptGzip, unit: 'B' },
      { budget: 'unknown 1 MB page: extra script time (median)', value: unknown.extraScriptMs, limit: BUDGETS.unknownPageExtraScriptMs, unit: 'ms' },
      { budget: 'journey page: load-event overhead (median)', value: loadOverheadPct, limit: BUDGETS.loadOverheadPct, unit: '%' },
      { budget: 'highlight after target inserted (p95, drawn)', value: insert.frame.p95, limit: BUDGETS.highlightAfterInsertP95Ms, unit: 'ms' },
      { budget: 'highlight after DOMContentLoaded (p95, drawn)', value: load.highlightAfterDcl.frame.p95, limit: BUDGETS.highlightAfterDclP95Ms, unit: 'ms' },
      { budget: 'mutation storm: extra script time (median)', value: stormRes.extraScriptPct, limit: BUDGETS.stormExtraScriptPct, unit: '%' },
      { budget: 'scan, largest fixture (p95)', value: scans[0]!.ms.p95, limit: BUDGETS.scanLargestFixtureP95Ms, unit: 'ms' },
    ].map((b) => ({ ...b, pass: Number.isFinite(b.value) && b.value <= b.limit }));
    if (insert.missing > 0 || load.highlightAfterDcl.missing > 0) {
      // A highlight that never came is a miss, whatever the others measured.
      for (const b of budgets) if (b.budget.startsWith('highlight')) b.pass = b.pass && (b.budget.includes('inserted') ? insert.missing === 0 : load.highlightAfterDcl.missing === 0);
    }

    // ---------------- print
    const sizeRows: SizeRow[] = [...ext, ...libs];
    const out: string[] = [];
    out.push(
      table(
        '1. Size (bundled + minified; gzip = zlib level 9)',
        ['what', 'raw', 'gzip', 'measured'],
        sizeRows.map((r) => [r.name, kB(r.raw), r.gzip ? kB(r.gzip) : '-', r.kind === 'extension' ? `build: ${r.what}` : `npm ${r.what}`]),
      ),
    );
    if (composition) {
      out.push(
        table(
          'Content script composition (share of the bundle before minification)',
          ['package / folder', 'rendered', 'share'],
          composition.groups.slice(0, 12).map((g) => [g.module, kB(g.rendered), `${(g.share * 100).toFixed(1)} %`]),
        ),
      );
    }
    const sideBySide = (s: { with: Summary; without: Summary }, f: (v: number) => string) => [f(s.without.median), f(s.without.p95), f(s.with.median), f(s.with.p95)];
    out.push(
      table(`2. Page load, ${load.url} (${load.runs}× each, alternating)`, ['metric', 'without median', 'without p95', 'with median', 'with p95', 'ratio (medians)'], [
        ['load event (ms from navigation start)', ...sideBySide(load.loadEventMs, ms), load.ratio.loadEventMedian.toFixed(3)],
        [
          'load event, empty content script (floor)',
          ms(load.loadEventMs.without.median),
          ms(load.loadEventMs.without.p95),
          ms(load.loadEventMs.floor.median),
          ms(load.loadEventMs.floor.p95),
          round(load.loadEventMs.floor.median / load.loadEventMs.without.median).toFixed(3),
        ],
        ['main-thread script time (ScriptDuration)', ...sideBySide(load.scriptMs, ms), load.ratio.scriptMedian.toFixed(3)],
        ['main-thread task time (TaskDuration)', ...sideBySide(load.taskMs, ms), round(load.taskMs.with.median / load.taskMs.without.median).toFixed(3)],
        ['JS heap used', ...sideBySide(load.heapBytes, kB), round(load.heapBytes.with.median / load.heapBytes.without.median).toFixed(3)],
      ]),
    );
    out.push(
      table('3. Time to highlight (with the extension)', ['case', 'n', 'median', 'p95', 'max'], [
        [`target inserted → highlight in DOM`, String(insert.dom.n), ms(insert.dom.median), ms(insert.dom.p95), ms(insert.dom.max)],
        [`target inserted → highlight drawn (next frame)`, String(insert.frame.n), ms(insert.frame.median), ms(insert.frame.p95), ms(insert.frame.max)],
        [`DOMContentLoaded → highlight in DOM`, String(load.highlightAfterDcl.dom.n), ms(load.highlightAfterDcl.dom.median), ms(load.highlightAfterDcl.dom.p95), ms(load.highlightAfterDcl.dom.max)],
        [`DOMContentLoaded → highlight drawn`, String(load.highlightAfterDcl.frame.n), ms(load.highlightAfterDcl.frame.median), ms(load.highlightAfterDcl.frame.p95), ms(load.highlightAfterDcl.frame.max)],
      ]),
    );
    out.push(
      table('4. Idle cost', ['case', 'script without (median)', 'script with (median)', 'extra script', 'JS heap added (median)'], [
        [`unknown page, 1 MB HTML (${unknown.runs}× each)`, ms(unknown.scriptMs.without.median), ms(unknown.scriptMs.with.median), ms(unknown.extraScriptMs), kB(unknown.extraHeapBytes)],
        [
          `mutation storm ${STORM_RATE}/s × ${STORM_SECONDS} s (${stormRes.runs}× each)`,
          ms(stormRes.scriptMs.without.median),
          ms(stormRes.scriptMs.with.median),
          `${ms(stormRes.extraScriptMs)} (${pct(stormRes.extraScriptPct)})`,
          kB(stormRes.extraHeapBytes),
        ],
      ]),
    );
    out.push(
      table('5. Scan (snapshot + recognition + targeting) in Chromium', ['page', 'DOM elements', 'result', 'n', 'median', 'p95'], scans.map((s) => [
        s.label,
        String(s.domNodes),
        `${s.kind}${s.pageKey ? ` ${s.pageKey}` : ''}${s.kind === 'step' ? (s.targetFound ? ', target found' : ', no target') : ''}`,
        String(s.ms.n),
        ms(s.ms.median),
        ms(s.ms.p95),
      ])),
    );
    out.push(
      table('Budgets (issue 8)', ['budget', 'measured', 'limit', 'result'], budgets.map((b) => [
        b.budget,
        b.unit === 'B' ? kB(b.value) : b.unit === '%' ? pct(b.value) : ms(b.value),
        b.unit === 'B' ? kB(b.limit) : b.unit === '%' ? `${b.limit} %` : `${b.limit} ms`,
        b.pass ? 'PASS' : 'FAIL',
      ])),
    );
    for (const p of profiles) {
      out.push(
        table(`Profile with the extension: ${p.url} (extension frames ${ms(p.extensionSelfMs)} self, ${ms(p.extensionTotalMs)} with callees; ${p.file})`, ['function (bundle position)', 'self'], p.top.map((t) => [t.fn, ms(t.selfMs)])),
      );
    }
    console.log(out.join('\n'));

    const results = {
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
      environment: { node: process.version, chromium: browserVersion, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '' },
      options: { runs: RUNS, unknownRuns: UNKNOWN_RUNS, stormRuns: STORM_RUNS, settleMs: SETTLE_MS, buildDir: option('build-dir') ?? '(fresh build)' },
      size: { rows: sizeRows, composition: composition && { groups: composition.groups, modules: composition.modules.slice(0, 40) } },
      load,
      highlight: { afterInsert: insert, afterDcl: load.highlightAfterDcl },
      idle: { unknownPage: unknown, storm: stormRes },
      scan: scans,
      profiles,
      budgets,
    };
    writeFileSync(JSON_OUT, `${JSON.stringify(results, null, 2)}\n`);
    const failed = budgets.filter((b) => !b.pass);
    log(`wrote ${JSON_OUT} in ${results.durationS} s; ${budgets.length - failed.length}/${budgets.length} budgets hold`);
    if (CHECK && failed.length) {
      log(`--check: ${failed.length} budget(s) missed: ${failed.map((b) => b.budget).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await withExt?.close().catch(() => undefined);
    await without?.close().catch(() => undefined);
    await floor?.close().catch(() => undefined);
    floorExt?.cleanup();
    build.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
