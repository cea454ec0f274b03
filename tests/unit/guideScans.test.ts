// How often the controller reads a page: each scan of a big page costs the
// user tens of milliseconds (issue 15), so the guide's own writes must not
// make it look again at a page it has just read.
import { describe, expect, it, vi } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { startGuide } from '../../lib/guideController';
import { EMPTY_PROGRESS, type JourneyProgress } from '../../lib/progress';
import { fixtureHtml, loadDocument, ROUTES } from '../support/fixtures';
import { overlayTranslate } from '../support/translate';

const scans = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/recognition/scanPage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/recognition/scanPage')>();
  return { ...real, scanPage: (...args: Parameters<typeof real.scanPage>) => (scans.count++, real.scanPage(...args)) };
});

const frame = () => new Promise((r) => setTimeout(r, 50));

function start(page: string, stored: JourneyProgress) {
  const route = ROUTES.find((r) => r.page === page && r.lang === 'fr')!;
  const { doc } = loadDocument(fixtureHtml(route), route.url);
  let progress = stored;
  const listeners: ((p: JourneyProgress) => void)[] = [];
  const abort = new AbortController();
  const drawn: (string | null)[] = [];
  startGuide({
    doc,
    journey,
    t: overlayTranslate('fr'),
    render: (model) => drawn.push(model?.stepId ?? null),
    // Like storage: a write is echoed to every watcher (this frame too) before it resolves.
    updateProgress: async (change) => {
      progress = change(progress);
      for (const l of listeners) l(progress);
      return progress;
    },
    loadProgress: async () => progress,
    watchProgress: (onChange) => {
      listeners.push(onChange);
      return () => listeners.splice(listeners.indexOf(onChange), 1);
    },
    signal: abort.signal,
  });
  return { drawn, abort, progress: () => progress, tell: (p: JourneyProgress) => listeners.forEach((l) => l(p)) };
}

describe('the controller reads a page', () => {
  it('once when it records that the user reached it (its own write, echoed by storage, changes nothing there)', async () => {
    scans.count = 0;
    const g = start('uman-groups', EMPTY_PROGRESS);
    await frame();
    await frame();
    expect(g.progress().done).toEqual(['open-service', 'manage-access', 'social-security', 'log-in']);
    expect(g.drawn.at(-1)).toBe('employer-group');
    expect(scans.count).toBe(1);
    g.abort.abort();
  });

  it('again when the steps behind the user change elsewhere (another frame, the popup)', async () => {
    scans.count = 0;
    const g = start('uman-groups', EMPTY_PROGRESS);
    await frame();
    g.tell({ ...g.progress(), done: [...g.progress().done, 'employer-group'] });
    await frame();
    expect(scans.count).toBe(2);
    g.abort.abort();
  });
});
