// Pure geometry for the overlay: a rectangle in, numbers and paths out.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Space between the target and the ring: inside the 8 px the testing contract allows. */
export const RING_GAP = 6;
const CARD_GAP = 14;
const MARGIN = 8;

export function ringBox(target: Box, gap = RING_GAP): Box {
  return { left: target.left - gap, top: target.top - gap, width: target.width + 2 * gap, height: target.height + 2 * gap };
}

/**
 * An SVG path covering the viewport with a rounded hole around `hole`
 * (fill-rule evenodd): the dimmed spotlight, drawn without touching the page.
 */
export function spotlightPath(hole: Box, view: Viewport, radius = 8): string {
  const r = Math.max(0, Math.min(radius, hole.width / 2, hole.height / 2));
  const { left: x, top: y, width: w, height: h } = hole;
  const outer = `M0 0H${view.width}V${view.height}H0Z`;
  const inner =
    `M${x + r} ${y}H${x + w - r}A${r} ${r} 0 0 1 ${x + w} ${y + r}V${y + h - r}` +
    `A${r} ${r} 0 0 1 ${x + w - r} ${y + h}H${x + r}A${r} ${r} 0 0 1 ${x} ${y + h - r}` +
    `V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`;
  return `${outer}${inner}`;
}

export type CardPlacement =
  | { side: 'below'; left: number; top: number }
  | { side: 'above'; left: number; bottom: number }
  | { side: 'corner'; corner: 'top' | 'bottom' };

/**
 * Where the card goes: below the target when it fits, else above, never over
 * it; in the corner when there is no target or it is off screen.
 */
export function placeCard(target: Box | null, card: { width: number; height: number }, view: Viewport): CardPlacement {
  if (!target || target.top + target.height < 0 || target.top > view.height) return { side: 'corner', corner: 'bottom' };
  const left = Math.round(Math.min(Math.max(MARGIN, target.left), Math.max(MARGIN, view.width - card.width - MARGIN)));
  const below = target.top + target.height + CARD_GAP;
  if (below + card.height <= view.height - MARGIN) return { side: 'below', left, top: Math.round(below) };
  if (target.top - CARD_GAP - card.height >= MARGIN) {
    return { side: 'above', left, bottom: Math.round(view.height - target.top + CARD_GAP) };
  }
  // No room on either side: the corner away from the target.
  return { side: 'corner', corner: target.top + target.height / 2 > view.height / 2 ? 'top' : 'bottom' };
}
