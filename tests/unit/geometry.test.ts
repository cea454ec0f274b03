import { describe, expect, it } from 'vitest';
import { placeCard, ringBox, spotlightPath } from '../../lib/geometry';

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

describe('placeCard', () => {
  it('goes below the target when there is room', () => {
    expect(placeCard({ left: 100, top: 100, width: 50, height: 20 }, card, view)).toEqual({ side: 'below', left: 100, top: 134 });
  });
  it('goes above when the target is low, never over it', () => {
    const p = placeCard({ left: 100, top: 700, width: 50, height: 20 }, card, view);
    expect(p).toEqual({ side: 'above', left: 100, bottom: 114 });
  });
  it('stays inside the viewport horizontally', () => {
    const p = placeCard({ left: 900, top: 100, width: 50, height: 20 }, card, view);
    expect(p.side === 'below' && p.left).toBe(652);
  });
  it('takes the corner away from the target when neither side fits', () => {
    expect(placeCard({ left: 0, top: 600, width: 50, height: 150 }, { width: 340, height: 700 }, view)).toEqual({ side: 'corner', corner: 'top' });
    expect(placeCard(null, card, view)).toEqual({ side: 'corner', corner: 'bottom' });
  });
});
