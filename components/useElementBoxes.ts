import { useEffect, useState } from 'preact/hooks';
import type { Box } from '../lib/geometry';
import { watchMoves } from '../lib/watchMoves';

function boxOf(el: Element | null): Box | null {
  if (!el?.isConnected) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

const sameBox = (a: Box | null, b: Box | null) =>
  a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height);

const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The boxes of `elements` (the target, then its other forms) in viewport
 * coordinates, kept current on scroll (of the page or any inner container),
 * resize, zoom and when the page moves one of them (content inserted above
 * it); all measured together, at most once per animation frame. Nothing is
 * measured while they stay where they are, however busy the page.
 */
export function useElementBoxes(elements: readonly (Element | null)[]): (Box | null)[] {
  const [state, setState] = useState(() => ({ elements, boxes: elements.map(boxOf) }));
  // New elements are measured while rendering, so that the ring is drawn in
  // the same frame as the card that names it (not one frame later).
  let current = state;
  if (!sameList(state.elements, elements)) {
    current = { elements, boxes: elements.map(boxOf) };
    setState(current);
  }
  const watched = current.elements;
  useEffect(() => {
    const present = watched.filter((el): el is Element => !!el);
    if (present.length === 0) return;
    const view = present[0]!.ownerDocument.defaultView ?? window;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = watched.map(boxOf);
      setState((prev) => (prev.elements !== watched || next.every((b, i) => sameBox(b, prev.boxes[i] ?? null)) ? prev : { elements: watched, boxes: next }));
    };
    const schedule = () => {
      if (!frame) frame = view.requestAnimationFrame(update);
    };
    const unwatch = present.map((el) => watchMoves(el, schedule));
    const options = { capture: true, passive: true } as const;
    view.addEventListener('scroll', schedule, options);
    view.addEventListener('resize', schedule, options);
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    for (const el of present) resize?.observe(el);
    return () => {
      for (const stop of unwatch) stop();
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', schedule, options);
      view.removeEventListener('resize', schedule, options);
      resize?.disconnect();
    };
  }, [watched]);
  return current.boxes;
}
