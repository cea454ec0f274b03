// `npm run bench [-- --check] [-- --runs=20] [-- --build-dir=.output/chrome-mv3]`
//
// Measures what the extension costs a page — the page's whole main thread, in
// three contexts side by side: no extension, an empty content script (the
// floor) and this extension — and its size next to the tour libraries, and
// checks the budgets of issue 15. Prints tables, writes bench-results.json at
// the repository root; with --check, exits 1 when a budget is missed. See
// docs/bench.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CHROMIUM } from './browser';
import { routeUrl } from '../../tests/e2e/support/portalRoutes';
import { ALL_PAGES, fixtureHtml } from '../../tests/support/fixtures';
import { hugePage } from '../../tests/support/mutate';
import { floorExtension, getMetrics, heapAfterGc, insertTargetAndTime, instrumentedPage, launch, mutationStorm, sleep, type BenchBrowser } from './browser';
import { mainThreadCase, overFloor, rotate, sides, WINDOW_MS, type MainThreadCase } from './mainThread';
import { firefoxBigPage, markdown as firefoxMarkdown, type FirefoxBigPageResult } from './firefox';
import { profileLoad, type ProfileSummary } from './profile';
import { traceOverFloor, type TraceDiff } from './trace';
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
/** Also trace a few loads of each big page with the extension and with the floor: where the extra main-thread time goes, by trace event. */
const TRACE = flag('trace');
/** Loads per context of the ordinary journey page, and runs of the highlight after insertion. */
const RUNS = intOption('runs', 12);
/** Loads per context of each 1 MB page. */
const BIG_RUNS = intOption('big-runs', 7);
const STORM_RUNS = intOption('storm-runs', 5);
/** The big page in Firefox ESR too (`--no-firefox` to skip), loads per side. */
const FIREFOX = !flag('no-firefox');
const FIREFOX_RUNS = intOption('firefox-runs', 8);
const STORM_RATE = 10_000;
const STORM_SECONDS = 5;
/** After the load event, how long a page is left to settle before the storm (the guide starts after the load event, then scans and draws). */
const SETTLE_MS = 1000;
const JSON_OUT = resolve(ROOT, option('json') ?? 'bench-results.json');

/** Issue 15's budgets; main-thread ones are over the floor (an empty content script). */
const BUDGETS = {
  contentScriptGzip: 20_000,
  bigPageOverFloorMs: 50,
  unknownPageOverFloorMs: 10,
  stormOverFloorPct: 5,
  loadOverFloorPct: 2,
  highlightAfterDclP95Ms: 100,
  highlightAfterDclBigP95Ms: 150,
  highlightAfterInsertP95Ms: 16,
  scanLargestFixtureP95Ms: 5,
};

const log = (...args: unknown[]) => console.error('[bench]', ...args);

// ------------------------------------------------------------ build

interface Build {
  dir: string;
  /** The Firefox build, for the Firefox part. */
  firefoxDir: string;
  statsFiles: string[];
  cleanup: () => void;
}

async function buildExtension(): Promise<Build> {
  // WXT reports its builds (spinner, file list) on stdout: on stderr here, where
  // the bench's progress goes, so that stdout is only the tables.
  const write = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  try {
    return await buildInto();
  } finally {
    process.stdout.write = write;
  }
}

async function buildInto(): Promise<Build> {
  const existing = option('build-dir');
  if (existing) {
    log(`measuring the existing build in ${existing}`);
    return { dir: resolve(ROOT, existing), firefoxDir: resolve(ROOT, option('firefox-build-dir') ?? '.output/firefox-mv2'), statsFiles: [], cleanup: () => undefined };
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
  if (FIREFOX) await build({ root: ROOT, outDir: out, browser: 'firefox' });
  return { dir: join(out, 'chrome-mv3'), firefoxDir: join(out, 'firefox-mv2'), statsFiles, cleanup: () => rmSync(out, { recursive: true, force: true }) };
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
  // The user form of a large firm's portal: 1 MB of rows (about 24 000
  // elements) after the form, and before it (the target far below the fold).
  const form = fixtureHtml({ file: 'uman-user-form/fr.html' });
  const big1mbUrl = withQuery(LOAD_URL, 'big');
  const belowFoldUrl = withQuery(LOAD_URL, 'below-fold');
  const extra: Record<string, string> = {
    [NO_TARGET_URL]: groupHome.replace(TARGET_LI, ''),
    [UNKNOWN_1MB_URL]: hugePage(1_000_000),
    [largestUrl]: largest.html,
    [largest1mbUrl]: largest.html.replace(/<\/body>/i, `<section>${filler}</section></body>`),
    [big1mbUrl]: form.replace(/<\/body>/i, `<section>${filler}</section></body>`),
    [belowFoldUrl]: form.replace(/<body([^>]*)>/i, `<body$1><section>${filler}</section>`),
  };
  return {
    extra,
    target: { href: targetMatch[1]!, text: targetMatch[2]! },
    largest: { file: largest.route.file, bytes: Buffer.byteLength(largest.html), url: largestUrl },
    largest1mbUrl,
    big1mbUrl,
    belowFoldUrl,
  };
}

// ------------------------------------------------------------ measurements

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

async function storm(browsers: BenchBrowser[]) {
  log(`mutation storm: ${STORM_URL}, ${STORM_RATE} nodes/s for ${STORM_SECONDS} s, ${STORM_RUNS} runs per context`);
  const withExt = browsers.find((b) => b.label === 'with')!;
  const one = async (b: BenchBrowser) => {
    if (b === withExt) await withExt.resetProgress();
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
  const s = await rotate(STORM_RUNS, browsers, one);
  const task = sides(s, (x) => x.taskMs);
  const heap = sides(s, (x) => x.heapBytes);
  const over = overFloor(s, (x) => x.taskMs);
  return {
    url: STORM_URL,
    runs: STORM_RUNS,
    nodesPerSecond: STORM_RATE,
    seconds: STORM_SECONDS,
    nodesInserted: s.with[0]?.inserted ?? 0,
    scriptMs: sides(s, (x) => x.scriptMs),
    taskMs: task,
    heapBytes: heap,
    /** Task time over the floor, run by run (median and range), and its median as a share of the page's own task time. */
    overFloorMs: over,
    overFloorPct: round((over.median / task.without.median) * 100, 1),
    extraHeapBytes: Math.round(heap.with.median - heap.floor.median),
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
    const browsers = [withExt, without, floor];

    // 2. Whole main thread, three contexts side by side
    const cases: MainThreadCase[] = [];
    const caseDefs = [
      { label: 'journey page (user form)', url: LOAD_URL, runs: RUNS, expectHighlight: true },
      { label: 'journey page + 1 MB of rows (a large firm)', url: pages.big1mbUrl, runs: BIG_RUNS, expectHighlight: true },
      { label: '1 MB of rows, then the form (target below the fold)', url: pages.belowFoldUrl, runs: BIG_RUNS, expectHighlight: true },
      { label: 'unknown 1 MB page (csam.be)', url: UNKNOWN_1MB_URL, runs: BIG_RUNS, expectHighlight: false },
    ];
    for (const c of caseDefs) {
      log(`main thread: ${c.label}, ${c.runs} loads per context`);
      cases.push(await mainThreadCase(browsers, c));
    }
    const [ordinary, big, belowFold, unknown] = cases as [MainThreadCase, MainThreadCase, MainThreadCase, MainThreadCase];

    // 3–5
    await withExt.resetProgress();
    const insert = await highlightAfterInsert(withExt, pages.target);
    const stormRes = await storm(browsers);
    const scans = await scanCost(without, pages);
    let profiles: ProfileSummary[] = [];
    if (PROFILE) {
      const dir = mkdtempSync(join(tmpdir(), 'csam-bench-profile-'));
      log(`profiling (profiles in ${dir})`);
      profiles = [
        await profileLoad(withExt, LOAD_URL, dir, 'journey-page', SETTLE_MS),
        await profileLoad(withExt, pages.big1mbUrl, dir, 'journey-page-1mb', SETTLE_MS),
        await profileLoad(withExt, UNKNOWN_1MB_URL, dir, 'unknown-1mb', SETTLE_MS),
      ];
    }
    const traces: TraceDiff[] = [];
    if (TRACE) {
      for (const url of [pages.big1mbUrl, pages.belowFoldUrl, UNKNOWN_1MB_URL]) {
        log(`tracing ${url} (with and floor, 3 loads each)`);
        traces.push(await traceOverFloor(withExt, floor, url, 3, WINDOW_MS));
      }
    }

    let firefox: FirefoxBigPageResult | null = null;
    if (FIREFOX) {
      // Chromium is done: closed first, so that it takes nothing from Firefox's runs.
      for (const b of browsers) await b.close().catch(() => undefined);
      withExt = without = floor = null;
      log(`Firefox: the user form and the 1 MB page, ${FIREFOX_RUNS} loads each side`);
      firefox = await firefoxBigPage(build.firefoxDir, FIREFOX_RUNS);
    }

    // Run by run, as the main-thread figures: the difference of two medians of
    // ~50 ms loads moved by ±4 ms between runs of the same build.
    const loadOverFloorPct = round((ordinary.loadOverFloorMs.median / ordinary.loadEventMs.without.median) * 100, 1);
    const budgets: BudgetResult[] = [
      { budget: 'JS + strings a journey page loads (gzip -9)', value: contentRow.gzip, limit: BUDGETS.contentScriptGzip, unit: 'B' },
      { budget: 'main thread over the floor, 1 MB journey page (median)', value: big.overFloorMs.median, limit: BUDGETS.bigPageOverFloorMs, unit: 'ms' },
      { budget: 'main thread over the floor, unknown 1 MB page (median)', value: unknown.overFloorMs.median, limit: BUDGETS.unknownPageOverFloorMs, unit: 'ms' },
      { budget: "mutation storm: over the floor, share of the page's own", value: stormRes.overFloorPct, limit: BUDGETS.stormOverFloorPct, unit: '%' },
      { budget: "journey page: load event over the floor, share of its load", value: loadOverFloorPct, limit: BUDGETS.loadOverFloorPct, unit: '%' },
      { budget: 'highlight after DOMContentLoaded, journey page (p95)', value: ordinary.highlightAfterDcl.p95, limit: BUDGETS.highlightAfterDclP95Ms, unit: 'ms' },
      { budget: 'highlight after DOMContentLoaded, 1 MB journey page (p95)', value: big.highlightAfterDcl.p95, limit: BUDGETS.highlightAfterDclBigP95Ms, unit: 'ms' },
      { budget: 'highlight after DOMContentLoaded, target below the fold (p95)', value: belowFold.highlightAfterDcl.p95, limit: BUDGETS.highlightAfterDclBigP95Ms, unit: 'ms' },
      { budget: 'highlight after target inserted (p95, drawn)', value: insert.frame.p95, limit: BUDGETS.highlightAfterInsertP95Ms, unit: 'ms' },
      { budget: 'scan, largest fixture (p95)', value: scans[0]!.ms.p95, limit: BUDGETS.scanLargestFixtureP95Ms, unit: 'ms' },
    ].map((b) => ({ ...b, pass: Number.isFinite(b.value) && b.value <= b.limit }));
    // A highlight that never came is a miss, whatever the others measured.
    const missing = (b: BudgetResult) =>
      b.budget.includes('inserted') ? insert.missing : b.budget.includes('1 MB journey') ? big.highlightMissing : b.budget.includes('below the fold') ? belowFold.highlightMissing : ordinary.highlightMissing;
    for (const b of budgets) if (b.budget.startsWith('highlight') && missing(b) > 0) b.pass = false;

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
    const range = (x: Summary) => `${ms(x.median)} (${x.min.toFixed(0)}–${x.max.toFixed(0)})`;
    const over = (d: { median: number; min: number; max: number }) => `${ms(d.median)} (${d.min.toFixed(0)} to ${d.max.toFixed(0)})`;
    out.push(
      table(
        `2. Whole main thread (TaskDuration, navigation to ${WINDOW_MS / 1000} s after the load event; median (min–max))`,
        ['page', 'loads', 'no extension', 'empty content script (floor)', 'this extension', 'over the floor, run by run'],
        [
          ...cases.map((c) => [c.label, `${c.runs}×3`, range(c.taskMs.without), range(c.taskMs.floor), range(c.taskMs.with), over(c.overFloorMs)]),
          [
            `mutation storm ${STORM_RATE}/s × ${STORM_SECONDS} s (task time during it)`,
            `${stormRes.runs}×3`,
            range(stormRes.taskMs.without),
            range(stormRes.taskMs.floor),
            range(stormRes.taskMs.with),
            `${over(stormRes.overFloorMs)}, ${pct(stormRes.overFloorPct)}`,
          ],
        ],
      ),
    );
    out.push(
      table('Load event and script time (median (min–max))', ['page', 'load event, no extension', 'floor', 'this extension', 'load event over the floor, run by run', 'script, floor', 'script, this extension'], cases.map((c) => [
        c.label,
        range(c.loadEventMs.without),
        range(c.loadEventMs.floor),
        range(c.loadEventMs.with),
        over(c.loadOverFloorMs),
        range(c.scriptMs.floor),
        range(c.scriptMs.with),
      ])),
    );
    out.push(
      table('3. Time to highlight (with the extension)', ['case', 'n', 'median', 'p95', 'max'], [
        [`target inserted → highlight in DOM`, String(insert.dom.n), ms(insert.dom.median), ms(insert.dom.p95), ms(insert.dom.max)],
        [`target inserted → highlight drawn (next frame)`, String(insert.frame.n), ms(insert.frame.median), ms(insert.frame.p95), ms(insert.frame.max)],
        ...cases
          .filter((c) => c.expectHighlight)
          .flatMap((c) => [
            [`DOMContentLoaded → highlight drawn: ${c.label}${c.highlightMissing ? ` (${c.highlightMissing} missing)` : ''}`, String(c.highlightAfterDcl.n), ms(c.highlightAfterDcl.median), ms(c.highlightAfterDcl.p95), ms(c.highlightAfterDcl.max)],
            [`  of which DOMContentLoaded → the page's own load event (no extension)`, String(c.loadAfterDclWithout.n), ms(c.loadAfterDclWithout.median), ms(c.loadAfterDclWithout.p95), ms(c.loadAfterDclWithout.max)],
            [`  (no extension: DOMContentLoaded → the page's first frame after its load event, drawn)`, String(c.loadFrameAfterDclWithout.n), ms(c.loadFrameAfterDclWithout.median), ms(c.loadFrameAfterDclWithout.p95), ms(c.loadFrameAfterDclWithout.max)],
            [`  (floor: DOMContentLoaded → the page's first frame after its load event, drawn)`, String(c.loadFrameAfterDclFloor.n), ms(c.loadFrameAfterDclFloor.median), ms(c.loadFrameAfterDclFloor.p95), ms(c.loadFrameAfterDclFloor.max)],
            [`  and the load event → highlight drawn`, String(c.highlightAfterLoad.n), ms(c.highlightAfterLoad.median), ms(c.highlightAfterLoad.p95), ms(c.highlightAfterLoad.max)],
          ]),
      ]),
    );
    out.push(
      table('4. JS heap after the mutation storm (after a forced GC, median)', ['no extension', 'floor', 'this extension', 'over the floor'], [
        [kB(stormRes.heapBytes.without.median), kB(stormRes.heapBytes.floor.median), kB(stormRes.heapBytes.with.median), kB(stormRes.extraHeapBytes)],
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
      table('Budgets (issue 15)', ['budget', 'measured', 'limit', 'result'], budgets.map((b) => [
        b.budget,
        b.unit === 'B' ? kB(b.value) : b.unit === '%' ? pct(b.value) : ms(b.value),
        b.unit === 'B' ? kB(b.limit) : b.unit === '%' ? `${b.limit} %` : `${b.limit} ms`,
        b.pass ? 'PASS' : 'FAIL',
      ])),
    );
    if (firefox) out.push(firefoxMarkdown(firefox));
    for (const t of traces) {
      out.push(
        table(
          `Trace over the floor: ${t.url} (${t.runs} loads each; main thread ${ms(t.taskMs.with)} vs ${ms(t.taskMs.floor)}; by kind: ${Object.entries(t.byKind)
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${v >= 0 ? '+' : ''}${v.toFixed(1)}`)
            .join(', ')} ms)`,
          ['trace event (self time)', 'extra', 'this extension', 'floor'],
          t.top.map((e) => [e.name, ms(e.extraMs), ms(e.withMs), ms(e.floorMs)]),
        ),
      );
    }
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
      options: { runs: RUNS, bigRuns: BIG_RUNS, stormRuns: STORM_RUNS, windowMs: WINDOW_MS, buildDir: option('build-dir') ?? '(fresh build)' },
      size: { rows: sizeRows, composition: composition && { groups: composition.groups, modules: composition.modules.slice(0, 40) } },
      mainThread: cases,
      storm: stormRes,
      highlight: { afterInsert: insert },
      scan: scans,
      firefox,
      traces,
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
