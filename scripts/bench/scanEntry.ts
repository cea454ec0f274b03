// Bundled by the bench into one IIFE and injected into a real Chromium page:
// times the engine's whole scan (snapshot + recognition + targeting), exactly
// as the content script calls it, on the page it is injected into.
import { ADD_ACCESS_JOURNEY } from '../../guide/journey';
import { scanPage } from '../../lib/recognition/scanPage';

interface ScanRun {
  times: number[];
  kind: string;
  pageKey: string | null;
  targetFound: boolean;
  domNodes: number;
  htmlBytes: number;
}

function run(runs: number, warmup: number, maxMs: number): ScanRun {
  const url = new URL(location.href);
  let last = scanPage(document, url, ADD_ACCESS_JOURNEY);
  for (let i = 0; i < warmup; i++) scanPage(document, url, ADD_ACCESS_JOURNEY);
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs && performance.now() - started < maxMs; i++) {
    const t0 = performance.now();
    last = scanPage(document, url, ADD_ACCESS_JOURNEY);
    times.push(performance.now() - t0);
  }
  return {
    times,
    kind: last.kind,
    pageKey: 'pageKey' in last ? last.pageKey : null,
    targetFound: last.kind === 'step' && !!last.target,
    domNodes: document.getElementsByTagName('*').length,
    htmlBytes: new XMLSerializer().serializeToString(document).length,
  };
}

(globalThis as unknown as { __csamBenchScan: typeof run }).__csamBenchScan = run;
