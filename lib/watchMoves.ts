// Tells when an element moves without being scrolled or resized (content
// inserted above it, a layout shift), at no cost per frame: an
// IntersectionObserver whose root margin is shrunk to the element's own box
// sees it leave that box. The browser computes intersections during its own
// layout, so nothing here forces a layout of a page that keeps changing.
// The technique is Floating UI's (`autoUpdate`'s layoutShift option).

/** Calls `onMove` each time `element` leaves the box it had; returns the stop function. */
export function watchMoves(element: Element, onMove: () => void): () => void {
  const doc = element.ownerDocument;
  const root = doc.documentElement;
  const view = doc.defaultView;
  let observer: IntersectionObserver | null = null;
  let retry = 0;
  // The content script's own constructor where there is one (Firefox keeps
  // page and extension worlds apart); the document's window otherwise (tests).
  const Observer: typeof IntersectionObserver | undefined = globalThis.IntersectionObserver ?? view?.IntersectionObserver;
  if (!view || typeof Observer !== 'function') return () => undefined;

  const stop = () => {
    if (retry) view.clearTimeout(retry);
    retry = 0;
    observer?.disconnect();
    observer = null;
  };

  const watch = (notify: boolean, threshold = 1) => {
    stop();
    const rect = element.getBoundingClientRect();
    if (notify) onMove();
    if (!element.isConnected || !rect.width || !rect.height) return;
    const inset = (n: number) => `${-Math.floor(n)}px`;
    const rootMargin = [rect.top, root.clientWidth - rect.right, root.clientHeight - rect.bottom, rect.left].map(inset).join(' ');
    let first = true;
    const onChange = (entries: IntersectionObserverEntry[]) => {
      const ratio = entries[entries.length - 1]?.intersectionRatio ?? 0;
      if (ratio !== threshold) {
        if (!first) return watch(true);
        // Partly off screen from the start: watch from the part that shows.
        if (ratio) watch(false, ratio);
        else retry = view.setTimeout(() => watch(true, 1e-7), 1000);
        return;
      }
      // Observers can report late: a box that changed while still "inside" is a move too.
      if (ratio === 1 && !sameRect(rect, element.getBoundingClientRect())) return watch(true);
      first = false;
    };
    const options = { rootMargin, threshold: Math.max(0, Math.min(1, threshold)) || 1 };
    try {
      // The document as root, so the margin applies inside frames too.
      observer = new Observer(onChange, { ...options, root: doc });
    } catch {
      observer = new Observer(onChange, options);
    }
    observer.observe(element);
  };

  watch(false);
  return stop;
}

const sameRect = (a: DOMRect, b: DOMRect) => a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
