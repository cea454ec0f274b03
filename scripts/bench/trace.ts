// A performance trace (CDP Tracing, the devtools timeline categories) of one
// load of a page, summarised: main-thread time of the page's renderer by
// event kind (script, style, layout, paint, …) from navigation to `windowMs`
// after the load event. Used by `npm run bench -- --trace` to say where the
// extension's main-thread time goes (docs/bench.md).
import type { CDPSession } from '@playwright/test';
import { instrumentedPage, sleep, type BenchBrowser } from './browser';
import { median, round } from './stats';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'loading', 'toplevel'];

/** Kinds the devtools timeline counts, by event name. */
const KIND: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ScheduleStyleRecalculation: 'style',
  Layout: 'layout',
  'LocalFrameView::layout': 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'parse',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCFinalizeMC': 'gc',
  IntersectionObserverController: 'observers',
  'IntersectionObserverController::computeIntersections': 'observers',
  HitTest: 'other',
};

/** The devtools kind of an event, by its name (Blink's finer trace events by their prefix). */
function kindOf(name: string): string {
  const known = KIND[name];
  if (known) return known;
  if (/GC|Scavenge|MarkCompact/i.test(name)) return 'gc';
  if (/^V8\.|^v8\.|Microtask|FunctionCall|Script/.test(name)) return 'script';
  if (/recalcStyle|rebuildLayoutTree|StyleRecalc|UpdateStyle|Style/i.test(name)) return 'style';
  if (/Layout|Shape|InlineNode|LayoutBlock/i.test(name)) return 'layout';
  if (/Paint|Lifecycle|Compositing|Layer|Raster|Commit|Frame/i.test(name)) return 'paint';
  if (/Parse|Parser|Tokeni/i.test(name)) return 'parse';
  return 'other';
}

export interface TraceSummary {
  url: string;
  /** Main-thread busy time (top-level RunTask), ms. */
  taskMs: number;
  /** Self time by kind (nested events are subtracted from their parent). */
  byKind: Record<string, number>;
  /** Self time of every event name. */
  all: Record<string, number>;
}

export async function traceLoad(b: BenchBrowser, url: string, windowMs: number): Promise<TraceSummary> {
  const { page, cdp } = await instrumentedPage(b);
  try {
    const events = await record(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await sleep(windowMs);
    });
    return summarise(events, url);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] } });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

function summarise(events: TraceEvent[], url: string): TraceSummary {
  // The page's renderer main thread: the thread named CrRendererMain that ran the page's ParseHTML.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const parse = events.find((e) => e.name === 'ParseHTML' && mains.has(`${e.pid}:${e.tid}`));
  const thread = parse ? `${parse.pid}:${parse.tid}` : [...mains][0];
  const complete = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let taskMs = 0;
  const all: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  // A stack of open events: self time = duration minus the children's durations.
  const stack: { e: TraceEvent; end: number; childUs: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      const self = Math.max(0, top.e.dur! - top.childUs) / 1000;
      const name = top.e.name;
      all[name] = (all[name] ?? 0) + self;
      if (name !== 'RunTask' && name !== 'ThreadControllerImpl::RunTask') {
        const kind = kindOf(name);
        byKind[kind] = (byKind[kind] ?? 0) + self;
      }
      if (stack.length) stack[stack.length - 1]!.childUs += top.e.dur!;
    }
  };
  for (const e of complete) {
    close(e.ts);
    if (e.name === 'RunTask' && stack.length === 0) taskMs += e.dur! / 1000;
    stack.push({ e, end: e.ts + e.dur!, childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return { url, taskMs, byKind, all };
}

export interface TraceDiff {
  url: string;
  runs: number;
  /** Median main-thread busy time per context, ms. */
  taskMs: { with: number; floor: number };
  /** Self time by kind, with − floor (means over the runs). */
  byKind: Record<string, number>;
  /** The event names that cost most over the floor (means over the runs). */
  top: { name: string; extraMs: number; withMs: number; floorMs: number }[];
}

/** `runs` traced loads of `url` with the extension and with the floor, alternating: where the extra main-thread time goes. */
export async function traceOverFloor(withExt: BenchBrowser, floor: BenchBrowser, url: string, runs: number, windowMs: number): Promise<TraceDiff> {
  const sums = { with: {} as Record<string, number>, floor: {} as Record<string, number> };
  const kinds = { with: {} as Record<string, number>, floor: {} as Record<string, number> };
  const tasks = { with: [] as number[], floor: [] as number[] };
  for (const b of [withExt, floor]) await traceLoad(b, url, 500);
  for (let i = 0; i < runs; i++) {
    for (const b of i % 2 ? [floor, withExt] : [withExt, floor]) {
      const side = b === withExt ? 'with' : 'floor';
      if (b === withExt) await withExt.resetProgress();
      const t = await traceLoad(b, url, windowMs);
      tasks[side].push(t.taskMs);
      for (const [k, v] of Object.entries(t.all)) sums[side][k] = (sums[side][k] ?? 0) + v / runs;
      for (const [k, v] of Object.entries(t.byKind)) kinds[side][k] = (kinds[side][k] ?? 0) + v / runs;
    }
  }
  const r1 = (v: number) => round(v, 1);
  const names = new Set([...Object.keys(sums.with), ...Object.keys(sums.floor)]);
  const top = [...names]
    .filter((n) => n !== 'RunTask' && n !== 'ThreadControllerImpl::RunTask')
    .map((name) => ({ name, extraMs: r1((sums.with[name] ?? 0) - (sums.floor[name] ?? 0)), withMs: r1(sums.with[name] ?? 0), floorMs: r1(sums.floor[name] ?? 0) }))
    .sort((a, b) => b.extraMs - a.extraMs)
    .slice(0, 12);
  const byKind = Object.fromEntries([...new Set([...Object.keys(kinds.with), ...Object.keys(kinds.floor)])].map((k) => [k, r1((kinds.with[k] ?? 0) - (kinds.floor[k] ?? 0))]));
  return { url, runs, taskMs: { with: r1(median(tasks.with)), floor: r1(median(tasks.floor)) }, byKind, top };
}
