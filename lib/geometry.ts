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

export interface Size {
  width: number;
  height: number;
}

/** Next to the target (below, above, right, left), or in a corner of the viewport. */
export type CardSide = 'below' | 'above' | 'right' | 'left' | 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';

export interface CardPlacement {
  side: CardSide;
  /** The card's box in the viewport: its left and top edges, */
  left: number;
  top: number;
  /** and its bottom edge's distance from the viewport's bottom. */
  bottom: number;
  /**
   * The edge the card is held by: 'bottom' above the target and in the bottom
   * corners, so that a card taller than measured grows away from the target.
   */
  anchor: 'top' | 'bottom';
}

const CORNER_INSET = 16;

/** The area two boxes share (0 when they only touch). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the card goes. `ring` is the ring around the target (ringBox), or null
 * without a target; `avoid` are the boxes of the target's other forms on the
 * page (the same link in a menu and as a tile), which the user may click too.
 *
 * In this order: below, above, right and left of the ring, then the corners
 * (bottom-right, top-right, bottom-left, top-left); the first that fits in the
 * viewport and covers neither the ring nor an avoided box. When each covers
 * something, the first that covers only the ring's margin (not the target, nor
 * an avoided box), else the one that covers the least of them.
 */
export function placeCard(ring: Box | null, card: Size, view: Viewport, avoid: readonly Box[] = []): CardPlacement {
  const width = Math.max(0, Math.min(card.width, view.width - 2 * MARGIN));
  const height = Math.max(0, Math.min(card.height, view.height - 2 * MARGIN));
  const clamp = (n: number, max: number) => Math.round(Math.min(Math.max(MARGIN, n), Math.max(MARGIN, max)));
  const x = (n: number) => clamp(n, view.width - width - MARGIN);
  const y = (n: number) => clamp(n, view.height - height - MARGIN);
  const at = (side: CardSide, left: number, top: number, anchor: 'top' | 'bottom' = 'top'): CardPlacement => ({
    side,
    left: Math.round(left),
    top: Math.round(top),
    bottom: Math.round(view.height - top - height),
    anchor,
  });

  const candidates: CardPlacement[] = [];
  const onScreen = ring && overlapArea(ring, { left: 0, top: 0, ...view }) > 0;
  if (ring && onScreen) {
    const right = ring.left + ring.width;
    const bottom = ring.top + ring.height;
    if (bottom + CARD_GAP + height <= view.height - MARGIN) candidates.push(at('below', x(ring.left), bottom + CARD_GAP));
    if (ring.top - CARD_GAP - height >= MARGIN) candidates.push(at('above', x(ring.left), ring.top - CARD_GAP - height, 'bottom'));
    if (right + CARD_GAP + width <= view.width - MARGIN) candidates.push(at('right', right + CARD_GAP, y(ring.top)));
    if (ring.left - CARD_GAP - width >= MARGIN) candidates.push(at('left', ring.left - CARD_GAP - width, y(ring.top)));
  }
  const insetX = Math.min(CORNER_INSET, Math.max(0, (view.width - width) / 2));
  const insetY = Math.min(CORNER_INSET, Math.max(0, (view.height - height) / 2));
  const farLeft = view.width - width - insetX;
  const farTop = view.height - height - insetY;
  candidates.push(
    at('bottom-right', farLeft, farTop, 'bottom'),
    at('top-right', farLeft, insetY),
    at('bottom-left', insetX, farTop, 'bottom'),
    at('top-left', insetX, insetY),
  );

  // What the user may have to click: the target itself (inside its ring) and its other forms.
  const target = ring ? { left: ring.left + RING_GAP, top: ring.top + RING_GAP, width: Math.max(0, ring.width - 2 * RING_GAP), height: Math.max(0, ring.height - 2 * RING_GAP) } : null;
  const clickable = target ? [target, ...avoid] : [...avoid];
  const scored = candidates.map((p) => {
    const box = { left: p.left, top: p.top, width, height };
    const covered = clickable.reduce((sum, b) => sum + overlapArea(box, b), 0);
    return { p, covered, clear: covered === 0 && (!ring || overlapArea(box, ring) === 0) };
  });
  const best =
    scored.find((s) => s.clear) ??
    scored.find((s) => s.covered === 0) ??
    scored.reduce((a, b) => (b.covered < a.covered ? b : a));
  return best.p;
}
