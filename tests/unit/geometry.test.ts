import { describe, expect, it } from 'vitest';
import { overlapArea, placeCard, ringBox, spotlightPath, type Box, type CardPlacement, type Size, type Viewport } from '../../lib/geometry';

const view = { width: 1000, height: 800 };
const card = { width: 340, height: 150 };

describe('ringBox', () => {
  it('surrounds the target within the 8 px of the testing contract', () => {
    const ring = ringBox({ left: 100, top: 50, width: 80, height: 20 });
    expect(ring).toEqual({ left: 94, top: 44, width: 92, height: 32 });
  });
});

describe('spotlightPath', () => {
  it('covers the viewport and cuts a hole at the ring', () => {
    const d = spotlightPath({ left: 10, top: 20, width: 100, height: 40 }, view);
    expect(d.startsWith('M0 0H1000V800H0Z')).toBe(true);
    expect(d).toContain('M18 20H102');
  });
  it('clamps the radius for tiny targets', () => {
    expect(spotlightPath({ left: 0, top: 0, width: 4, height: 4 }, view)).toContain('A2 2');
  });
});

/** The card's box as placed (its height clamped to the viewport, as the CSS does). */
const cardBox = (p: CardPlacement, c: Size, v: Viewport): Box => ({ left: p.left, top: p.top, width: Math.min(c.width, v.width - 16), height: Math.min(c.height, v.height - 16) });
const inside = (b: Box, v: Viewport) => b.left >= 0 && b.top >= 0 && b.left + b.width <= v.width && b.top + b.height <= v.height;
/** Places the card around `target` (its ring, as the overlay does) and returns the placement with the card's box. */
function place(target: Box | null, avoid: Box[] = [], v: Viewport = view, c: Size = card) {
  const p = placeCard(target && ringBox(target), c, v, avoid);
  const box = cardBox(p, c, v);
  return { p, box, covers: (b: Box) => overlapArea(box, b) > 0, inside: inside(box, v) };
}

describe('placeCard', () => {
  it('goes below the target when there is room', () => {
    expect(placeCard({ left: 100, top: 100, width: 50, height: 20 }, card, view)).toMatchObject({ side: 'below', left: 100, top: 134, anchor: 'top' });
  });
  it('goes above when the target is low, held by its bottom edge, never over it', () => {
    const p = placeCard({ left: 100, top: 700, width: 50, height: 20 }, card, view);
    expect(p).toMatchObject({ side: 'above', left: 100, bottom: 114, anchor: 'bottom' });
  });
  it('stays inside the viewport horizontally', () => {
    const p = placeCard({ left: 900, top: 100, width: 50, height: 20 }, card, view);
    expect(p).toMatchObject({ side: 'below', left: 652 });
  });
  it('takes a corner away from the target when no side fits', () => {
    // A wide target in the lower half, a card too tall for above or below it: the bottom corners would cover it.
    const p = placeCard(ringBox({ left: 0, top: 500, width: 700, height: 250 }), { width: 340, height: 475 }, view);
    expect(p).toMatchObject({ side: 'top-right', left: 644, top: 16 });
    expect(placeCard(null, card, view)).toMatchObject({ side: 'bottom-right', left: 644, bottom: 16, anchor: 'bottom' });
  });
  it('goes to a corner when the target is off screen', () => {
    expect(place({ left: 100, top: -400, width: 80, height: 30 }).p.side).toBe('bottom-right');
    expect(place({ left: 100, top: 1200, width: 80, height: 30 }).p.side).toBe('bottom-right');
  });

  describe('the target and its other forms (a tile whose link is also in the menu)', () => {
    const menuLink = { left: 300, top: 60, width: 180, height: 36 };
    const tile = { left: 200, top: 180, width: 260, height: 220 };

    it('the menu link is the target: not below it, over the tile; to its right', () => {
      const naive = place(menuLink);
      expect(naive.p.side).toBe('below');
      expect(naive.covers(tile)).toBe(true);
      const r = place(menuLink, [tile]);
      expect(r.p.side).toBe('right');
      expect(r.covers(tile) || r.covers(ringBox(menuLink))).toBe(false);
      expect(r.inside).toBe(true);
    });
    it('a wide tile under the link and its right: a corner clear of both', () => {
      const wide = { ...tile, width: 560 };
      const r = place(menuLink, [wide]);
      expect(r.p.side).toBe('bottom-right');
      expect(r.covers(wide) || r.covers(ringBox(menuLink))).toBe(false);
    });
    it('the tile is the target: below it, clear of the menu link above', () => {
      const r = place(tile, [menuLink]);
      expect(r.p.side).toBe('below');
      expect(r.covers(menuLink) || r.covers(ringBox(tile))).toBe(false);
    });
    it('a twin where the card would go next: the next side, then a corner', () => {
      const target = { left: 100, top: 300, width: 200, height: 40 };
      const below = { left: 100, top: 360, width: 200, height: 150 };
      const above = { left: 100, top: 100, width: 200, height: 150 };
      expect(place(target, [below]).p.side).toBe('above');
      expect(place(target, [below, above]).p.side).toBe('right');
      const right = { left: 320, top: 250, width: 400, height: 200 };
      const r = place(target, [below, above, right]);
      expect(r.p.side).toBe('bottom-right');
      for (const b of [target, below, above, right]) expect(r.covers(b)).toBe(false);
    });
    it('ignores forms off screen', () => {
      expect(place(menuLink, [{ ...tile, top: 2000 }]).p.side).toBe('below');
    });
  });

  describe('a target near each edge: on screen, clear of the target', () => {
    it.each([
      ['top', { left: 400, top: 4, width: 120, height: 30 }, 'below'],
      ['bottom', { left: 400, top: 760, width: 120, height: 30 }, 'above'],
      ['left', { left: 2, top: 380, width: 120, height: 30 }, 'below'],
      ['right', { left: 880, top: 380, width: 118, height: 30 }, 'below'],
      ['top-left corner', { left: 0, top: 0, width: 60, height: 24 }, 'below'],
      ['bottom-right corner', { left: 930, top: 770, width: 70, height: 30 }, 'above'],
    ] as const)('%s', (_edge, target, side) => {
      const r = place(target);
      expect(r.p.side).toBe(side);
      expect(r.inside).toBe(true);
      expect(r.covers(ringBox(target))).toBe(false);
    });
    it('a tall target at the right edge with no room above or below: on its left', () => {
      const target = { left: 800, top: 100, width: 190, height: 600 };
      const r = place(target);
      expect(r.p.side).toBe('left');
      expect(r.inside && !r.covers(ringBox(target))).toBe(true);
    });
  });

  describe('a small viewport, 360 × 640', () => {
    const small = { width: 360, height: 640 };
    it('below or above the target, inside the viewport', () => {
      for (const top of [20, 200, 300, 450, 600]) {
        const target = { left: 24, top, width: 300, height: 32 };
        const r = place(target, [], small);
        expect(['below', 'above']).toContain(r.p.side);
        expect(r.inside).toBe(true);
        expect(r.covers(target)).toBe(false);
      }
    });
    it('with the target and its twin in the way of both sides: a corner that covers neither', () => {
      const target = { left: 24, top: 250, width: 300, height: 32 };
      const twin = { left: 24, top: 420, width: 300, height: 60 };
      const r = place(target, [twin], small);
      expect(r.p.side).toBe('above');
      expect(r.covers(twin) || r.covers(target)).toBe(false);
      const crowded = place(target, [twin, { left: 24, top: 20, width: 300, height: 60 }], small);
      expect(crowded.covers(target)).toBe(false);
      expect(crowded.inside).toBe(true);
    });
    it('a card taller than the viewport is held inside it', () => {
      const r = place({ left: 24, top: 250, width: 300, height: 32 }, [], small, { width: 340, height: 900 });
      expect(r.inside).toBe(true);
    });
  });

  describe('when every place covers something', () => {
    it("prefers covering only the ring's margin to covering the target or a twin", () => {
      // The target fills the lower part; above it, a band as tall as the card, less the ring's margin.
      const target = { left: 6, top: 166, width: 988, height: 628 };
      const r = place(target);
      expect(r.p.side).toBe('top-right');
      expect(r.covers(ringBox(target))).toBe(true);
      expect(r.covers(target)).toBe(false);
    });
    it('a target larger than the viewport: a corner, over as little of the twin as it can', () => {
      const huge = { left: -200, top: -300, width: 1600, height: 1600 };
      const twin = { left: 0, top: 0, width: 500, height: 800 };
      const r = place(huge, [twin]);
      expect(r.inside).toBe(true);
      expect(r.p.side).toMatch(/right$/);
      expect(r.covers(twin)).toBe(false);
      expect(place(huge).p.side).toBe('bottom-right');
    });
    it('the least covered area wins', () => {
      const huge = { left: -10, top: -10, width: 1020, height: 820 };
      // Twins under every corner; the top-left one is the smallest.
      const twins = [
        { left: 900, top: 700, width: 100, height: 100 },
        { left: 900, top: 0, width: 100, height: 100 },
        { left: 0, top: 700, width: 100, height: 100 },
        { left: 0, top: 0, width: 20, height: 20 },
      ];
      expect(place(huge, twins).p.side).toBe('top-left');
    });
  });
});
