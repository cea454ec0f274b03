// `npm run bench -- --profile`: a CPU profile (CDP Profiler) of one load of a
// journey page and of the unknown 1 MB page with the extension, the
// extension's share summarised by function: where its script time goes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instrumentedPage, sleep, type BenchBrowser } from './browser';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  url: string;
  file: string;
  /** Self time of the extension's code (chrome-extension:// frames), ms. */
  extensionSelfMs: number;
  /** Self time under the extension's frames, including what they call (DOM, GC), ms. */
  extensionTotalMs: number;
  top: { fn: string; selfMs: number }[];
}

export async function profileLoad(b: BenchBrowser, url: string, outDir: string, name: string, settleMs: number): Promise<ProfileSummary> {
  const { page, cdp } = await instrumentedPage(b);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await sleep(settleMs);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const file = join(outDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return { url, file, ...summarise(profile) };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

function summarise(profile: Profile): Omit<ProfileSummary, 'url' | 'file'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExt = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');
  const underExt = new Map<number, boolean>();
  const under = (id: number): boolean => {
    const known = underExt.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const v = isExt(n) || (p !== undefined && under(p));
    underExt.set(id, v);
    return v;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  let extensionSelfMs = 0;
  let extensionTotalMs = 0;
  const perFn = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    if (under(id)) extensionTotalMs += ms;
    if (!under(id)) continue;
    if (isExt(n)) extensionSelfMs += ms;
    const f = n.callFrame;
    const key = isExt(n)
      ? `${f.functionName || '(anonymous)'} @${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      : `${f.functionName || '(native)'} (called by the extension)`;
    perFn.set(key, (perFn.get(key) ?? 0) + ms);
  }
  const top = [...perFn.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([fn, selfMs]) => ({ fn, selfMs: Math.round(selfMs * 100) / 100 }));
  return { extensionSelfMs: Math.round(extensionSelfMs * 100) / 100, extensionTotalMs: Math.round(extensionTotalMs * 100) / 100, top };
}
