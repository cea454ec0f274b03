import { useEffect, useState } from 'preact/hooks';
import type { Box } from '../lib/geometry';
import { watchMoves } from '../lib/watchMoves';

function boxOf(el: Element): Box | null {
  if (!el.isConnected) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

const same = (a: Box | null, b: Box | null) =>
  a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height);

/**
 * The target's box in viewport coordinates, kept current on scroll (of the page
 * or any inner container), resize, zoom and when the page moves it (content
 * inserted above it); at most once per animation frame. Nothing is measured
 * while the target stays where it is, however busy the page.
 */
export function useTargetBox(target: Element | null): Box | null {
  const [state, setState] = useState<{ target: Element | null; box: Box | null }>(() => ({ target, box: target ? boxOf(target) : null }));
  // A new target is measured while rendering, so that the ring is drawn in
  // the same frame as the card that names it (not one frame later).
  let current = state;
  if (state.target !== target) {
    current = { target, box: target ? boxOf(target) : null };
    setState(current);
  }
  useEffect(() => {
    if (!target) return;
    const view = target.ownerDocument.defaultView ?? window;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = boxOf(target);
      setState((prev) => (prev.target !== target || same(prev.box, next) ? prev : { target, box: next }));
    };
    const schedule = () => {
      if (!frame) frame = view.requestAnimationFrame(update);
    };
    const unwatch = watchMoves(target, schedule);
    const options = { capture: true, passive: true } as const;
    view.addEventListener('scroll', schedule, options);
    view.addEventListener('resize', schedule, options);
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resize?.observe(target);
    return () => {
      unwatch();
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', schedule, options);
      view.removeEventListener('resize', schedule, options);
      resize?.disconnect();
    };
  }, [target]);
  return current.box;
}
