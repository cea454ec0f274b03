// Part 2 of the bench (issue 15): what a page's whole main thread costs —
// script, style, layout, paint — in three contexts side by side: no
// extension, an extension whose content script is empty (the floor: what any
// content script costs the page is not ours to save) and this extension.
// Each load is measured from navigation to WINDOW_MS after the load event,
// with CDP's TaskDuration (every task of the page's renderer main thread).
import { getMetrics, instrumentedPage, navigationTiming, sleep, watchHighlight, type BenchBrowser, type HighlightTimes } from './browser';
import { round, summarise, type Summary } from './stats';

/** How long after the load event a load is measured: the guide starts after it, reads the page and draws. */
export const WINDOW_MS = 3000;

export interface LoadSample {
  /** TaskDuration from the tab's creation to WINDOW_MS after the load event, ms. */
  taskMs: number;
  scriptMs: number;
  loadMs: number;
  dclMs: number;
  /** The page's first frame after its load event, drawn (see watchHighlight). */
  loadFrameMs: number;
  highlight: HighlightTimes | null;
}

export type Context = BenchBrowser['label'];
export type Sides<T> = Record<Context, T>;

export interface MainThreadCase {
  label: string;
  url: string;
  runs: number;
  /** Whether the guide should ring something on this page (the unknown page: no). */
  expectHighlight: boolean;
  taskMs: Sides<Summary>;
  scriptMs: Sides<Summary>;
  loadEventMs: Sides<Summary>;
  /** The load event, this extension's minus the floor's, run by run (as overFloorMs). */
  loadOverFloorMs: { median: number; min: number; max: number };
  /**
   * This extension over the floor: each run loads the three contexts back to
   * back, and the difference with − floor is taken run by run (slow and fast
   * moments of the machine cancel out); its median and range.
   */
  overFloorMs: { median: number; min: number; max: number };
  /** DOMContentLoaded → the highlight drawn (next frame), with the extension. */
  highlightAfterDcl: Summary;
  /** DOMContentLoaded → the page's own load event, without any extension: the guide waits for it (it never delays the portal's load). */
  loadAfterDclWithout: Summary;
  /** DOMContentLoaded → the page's own first frame after its load event, drawn, without any extension: the earliest a guide that waits for the load event could draw. */
  loadFrameAfterDclWithout: Summary;
  /** The same with the floor (an empty content script): what any extension's content script leaves a guide. */
  loadFrameAfterDclFloor: Summary;
  /** The page's load event → the highlight drawn, with the extension: what the guide itself takes. */
  highlightAfterLoad: Summary;
  highlightMissing: number;
}

/** One load of `url` in a fresh tab. */
export async function measureLoad(b: BenchBrowser, url: string, windowMs = WINDOW_MS): Promise<LoadSample> {
  const { page, cdp } = await instrumentedPage(b);
  try {
    await page.addInitScript(watchHighlight, { key: '__benchHighlight', timeoutMs: windowMs + 1000 });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(windowMs);
    const m = await getMetrics(cdp);
    const nav = await page.evaluate(navigationTiming);
    const highlight = (await page.evaluate(() => (window as unknown as { __benchHighlight: HighlightTimes | null }).__benchHighlight)) ?? null;
    return { taskMs: (m.TaskDuration ?? 0) * 1000, scriptMs: (m.ScriptDuration ?? 0) * 1000, loadMs: nav.load, dclMs: nav.dcl, loadFrameMs: nav.loadFrame, highlight };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Runs `fn` `runs` times in each context, rotating the order every run so that drift hits all alike. */
export async function rotate<T>(runs: number, browsers: BenchBrowser[], fn: (b: BenchBrowser, run: number) => Promise<T>): Promise<Sides<T[]>> {
  const out: Sides<T[]> = { with: [], without: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    const order = browsers.map((_, k) => browsers[(k + i) % browsers.length]!);
    for (const b of order) out[b.label].push(await fn(b, i));
  }
  return out;
}

/** A measure summarised in each context. */
export const sides = <T>(s: Sides<T[]>, f: (x: T) => number): Sides<Summary> => ({
  with: summarise(s.with.map(f)),
  without: summarise(s.without.map(f)),
  floor: summarise(s.floor.map(f)),
});

/** This extension over the floor, run by run (each run loads the contexts back to back): median and range. */
export function overFloor<T>(s: Sides<T[]>, f: (x: T) => number): { median: number; min: number; max: number } {
  const d = summarise(s.with.map((x, i) => f(x) - (s.floor[i] ? f(s.floor[i]!) : Number.NaN)));
  return { median: round(d.median, 1), min: round(d.min, 1), max: round(d.max, 1) };
}

export async function mainThreadCase(
  browsers: BenchBrowser[],
  c: { label: string; url: string; runs: number; expectHighlight: boolean },
): Promise<MainThreadCase> {
  const withExt = browsers.find((b) => b.label === 'with')!;
  for (const b of browsers) await measureLoad(b, c.url, 500); // warm-up: caches, the extension's start
  const s = await rotate(c.runs, browsers, async (b) => {
    // Every load starts at the page's place in the journey, with nothing done.
    if (b === withExt) await withExt.resetProgress();
    return measureLoad(b, c.url);
  });
  const withHighlight = s.with.filter((x) => x.highlight);
  return {
    label: c.label,
    url: c.url,
    runs: c.runs,
    expectHighlight: c.expectHighlight,
    taskMs: sides(s, (x) => x.taskMs),
    scriptMs: sides(s, (x) => x.scriptMs),
    loadEventMs: sides(s, (x) => x.loadMs),
    loadOverFloorMs: overFloor(s, (x) => x.loadMs),
    overFloorMs: overFloor(s, (x) => x.taskMs),
    highlightAfterDcl: summarise(withHighlight.map((x) => x.highlight!.frame - x.dclMs)),
    loadAfterDclWithout: summarise(s.without.map((x) => x.loadMs - x.dclMs)),
    loadFrameAfterDclWithout: summarise(s.without.map((x) => x.loadFrameMs - x.dclMs).filter(Number.isFinite)),
    loadFrameAfterDclFloor: summarise(s.floor.map((x) => x.loadFrameMs - x.dclMs).filter(Number.isFinite)),
    highlightAfterLoad: summarise(withHighlight.map((x) => x.highlight!.frame - x.loadMs)),
    highlightMissing: c.expectHighlight ? s.with.length - withHighlight.length : 0,
  };
}
