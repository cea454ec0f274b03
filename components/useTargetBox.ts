import { useEffect, useState } from 'preact/hooks';
import type { Box } from '../lib/geometry';

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
 * or any inner container), resize and zoom; at most once per animation frame.
 */
export function useTargetBox(target: Element | null): Box | null {
  const [box, setBox] = useState<Box | null>(() => (target ? boxOf(target) : null));
  useEffect(() => {
    if (!target) {
      setBox(null);
      return;
    }
    const view = target.ownerDocument.defaultView ?? window;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = boxOf(target);
      setBox((prev) => (same(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = view.requestAnimationFrame(update);
    };
    update();
    const options = { capture: true, passive: true } as const;
    view.addEventListener('scroll', schedule, options);
    view.addEventListener('resize', schedule, options);
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resize?.observe(target);
    return () => {
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', schedule, options);
      view.removeEventListener('resize', schedule, options);
      resize?.disconnect();
    };
  }, [target]);
  // Each render follows a rescan, which follows a change of the page: the
  // target may have moved without any scroll or resize (a banner above it).
  useEffect(() => {
    if (!target) return;
    const next = boxOf(target);
    setBox((prev) => (same(prev, next) ? prev : next));
  });
  return box;
}
